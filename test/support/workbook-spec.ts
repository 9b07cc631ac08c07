/**
 * A workbook described as data, from which the tests build both a real .xlsx (for the exceljs
 * adapter) and an office-addin-mock object model (for the office.js adapter), so that one
 * contract suite can hold both adapters to the same reading.
 */
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { rawOf } from "./cell-of-exceljs";
import { cellSpec, type CellSpec, type WorkbookSpec } from "./sheet-spec";

export { boundsOf, cellSpec, type CellSpec, type SheetSpec, type WorkbookSpec } from "./sheet-spec";

export async function xlsxBufferOf(spec: WorkbookSpec): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheetSpec of spec) {
    const sheet = workbook.addWorksheet(sheetSpec.name);
    for (const [address, entry] of Object.entries(sheetSpec.cells)) {
      const cell = sheet.getCell(address);
      const { value, format, indent } = cellSpec(entry);
      cell.value = value;
      if (format) cell.numFmt = format;
      if (indent) cell.alignment = { indent };
    }
    for (const range of sheetSpec.merges ?? []) sheet.mergeCells(range);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes the spec as a real .xlsx file at `path`. */
export async function writeXlsx(path: string, spec: WorkbookSpec): Promise<void> {
  writeFileSync(path, await xlsxBufferOf(spec));
}

/** Reads an existing .xlsx as a spec, to replay real fixtures through the office.js mock. */
export async function specOfXlsx(path: string): Promise<WorkbookSpec> {
  return specOfXlsxData(readFileSync(path));
}

/** The same, from the file's bytes (what insertWorksheetsFromBase64 is given, decoded). */
export async function specOfXlsxData(data: Buffer): Promise<WorkbookSpec> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings name an older Buffer than @types/node 20's.
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => {
    const cells: Record<string, CellSpec> = {};
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const value = rawOf(cell.value);
        if (value === null) return;
        cells[cell.address] = { value, ...(cell.numFmt ? { format: cell.numFmt } : {}) };
      });
    });
    return { name: sheet.name, cells, merges: sheet.model.merges ?? [] };
  });
}

/** What Excel reads from insertWorksheetsFromBase64's argument, for the double's readWorkbook. */
export function readXlsxBase64(base64: string): Promise<WorkbookSpec> {
  return specOfXlsxData(Buffer.from(base64, "base64"));
}
