/**
 * A workbook described as data, from which the tests build both a real .xlsx (for the exceljs
 * adapter) and an office-addin-mock object model (for the office.js adapter), so that one
 * contract suite can hold both adapters to the same reading.
 */
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { parseAddress, type RawValue } from "../../src/core";
import { rawOf } from "../../src/xlsx/cell-of-exceljs";

export interface CellSpec {
  readonly value: RawValue;
  readonly format?: string;
  readonly indent?: number;
}

export interface SheetSpec {
  readonly name: string;
  readonly cells: Readonly<Record<string, CellSpec | RawValue>>;
  readonly merges?: readonly string[];
}

export type WorkbookSpec = readonly SheetSpec[];

export function cellSpec(entry: CellSpec | RawValue): CellSpec {
  return entry !== null && typeof entry === "object" ? entry : { value: entry };
}

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
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
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

export function boundsOf(sheet: SheetSpec): { top: number; left: number; bottom: number; right: number } | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [address, entry] of Object.entries(sheet.cells)) {
    if (cellSpec(entry).value === null) continue;
    const at = parseAddress(address);
    if (!at) continue;
    top = Math.min(top, at.row);
    left = Math.min(left, at.col);
    bottom = Math.max(bottom, at.row);
    right = Math.max(right, at.col);
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}
