import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { describeTextContract } from "./text-contract";
import { xlsxBufferOf } from "../support/workbook-spec";
import { describeReaderContract } from "./reader-contract";

/** A file opened by path reads through the fast reader, and writes through exceljs loaded then. */
const dir = mkdtempSync(join(tmpdir(), "contract-file-"));
let count = 0;
async function fileOf(buffer: Buffer): Promise<XlsxWorkbook> {
  const path = join(dir, `w${count++}.xlsx`);
  writeFileSync(path, buffer);
  return XlsxWorkbook.fromFile(path);
}

describeReaderContract("fast reader (.xlsx file)", async (spec) => fileOf(await xlsxBufferOf(spec)));

describeTextContract("fast reader (.xlsx file)", async (plan) => {
  const workbook = await fileOf(await xlsxBufferOf([{ name: "資料", cells: { A1: 1 } }]));
  await workbook.applyPlan(plan);
  return async (sheet, address) => {
    const grid = await workbook.readSheet(sheet);
    const row = Number(address.slice(1)) - 1 - grid.originRow;
    return grid.cells[row]?.[0 - grid.originCol]?.value ?? null;
  };
});
