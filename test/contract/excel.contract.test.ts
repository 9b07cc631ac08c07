import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { describeTextContract } from "./text-contract";
import { mockExcel } from "../support/office-mock";
import { describeReaderContract } from "./reader-contract";

describeReaderContract("office.js (office-addin-mock)", (spec) =>
  Promise.resolve(new ExcelWorkbook(mockExcel(spec).host)),
);

describeTextContract("office.js (stricter double)", async (plan) => {
  const excel = mockExcel([{ name: "資料", cells: { A1: 1 } }]);
  await new ExcelWorkbook(excel.host).applyPlan(plan);
  return (sheet, address) => Promise.resolve(excel.cell(sheet, address)?.value ?? null);
});
