import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { describeTextContract } from "./text-contract";
import { xlsxBufferOf } from "../support/workbook-spec";
import { describeReaderContract } from "./reader-contract";

describeReaderContract("exceljs (.xlsx)", async (spec) => XlsxWorkbook.fromBuffer(await xlsxBufferOf(spec)));

describeTextContract("exceljs (.xlsx)", async (plan) => {
  const workbook = await XlsxWorkbook.fromBuffer(await xlsxBufferOf([{ name: "資料", cells: { A1: 1 } }]));
  await workbook.applyPlan(plan);
  return async (sheet, address) => {
    const grid = await workbook.readSheet(sheet);
    const row = Number(address.slice(1)) - 1 - grid.originRow;
    return grid.cells[row]?.[0 - grid.originCol]?.value ?? null;
  };
});
