import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { describeTextContract } from "./text-contract";
import { xlsxBufferOf } from "../support/workbook-spec";
import { describeReaderContract } from "./reader-contract";
import { describeSettingsContract } from "./settings-contract";

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

describeSettingsContract("exceljs (.xlsx)", async (plan) => {
  const workbook = await XlsxWorkbook.fromBuffer(await xlsxBufferOf([{ name: "資料", cells: { A1: 1 } }]));
  const applied = await workbook.applyPlan(plan);
  // Through a file and back, as the command writes it.
  // exceljs as the oracle: the file read back by another reader.
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(await workbook.toBuffer());
  const sheet = excel.getWorksheet([...applied.sheets.values()][0] ?? "")!;
  return {
    value: (address) => {
      const v = sheet.getCell(address).value;
      return v === undefined || (typeof v === "object" && v !== null) ? null : v;
    },
    list: (address) => {
      const rule = sheet.getCell(address).dataValidation as { type?: string; formulae?: string[] } | undefined;
      const source = rule?.type === "list" ? rule.formulae?.[0] : undefined;
      return source === undefined ? null : source.replace(/^"|"$/g, "").split(",");
    },
  };
});
