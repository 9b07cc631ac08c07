/**
 * The exceljs reader as a test oracle: the grids exceljs's model of a workbook gives, read the way
 * the product's reader did before it had its own (src/xlsx/fast, compared against this).
 */
import ExcelJS from "exceljs";
import { MergeIndex, type Area, type CellInput, type Grid } from "../../src/core";
import { areaOf, clippedMerges, denseFits } from "../../src/xlsx/fast/sheet-grid";
import { rawOf } from "./cell-of-exceljs";

/** A package read by exceljs: its sheets' names and grids. */
export async function exceljsGrids(bytes: Uint8Array): Promise<{ names: string[]; grids: Grid[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return { names: workbook.worksheets.map((w) => w.name), grids: workbook.worksheets.map(gridOf) };
}

function gridOf(sheet: ExcelJS.Worksheet): Grid {
  const fileMerges = (sheet.model.merges ?? []).map(areaOf).filter((a): a is Area => a !== null);
  // Merges as ranges, never their cells (a merge may claim the whole sheet).
  const mergeIndex = new MergeIndex(fileMerges);
  const tail = (r: number, c: number): boolean => mergeIndex.size > 0 && mergeIndex.isTail(r, c);
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  let stored = 0;
  const lastOfRow = new Map<number, number>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      stored++;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      lastOfRow.set(r, Math.max(lastOfRow.get(r) ?? -1, c));
      // exceljs repeats a merged value in every cell of the area; Excel keeps it in the top-left only.
      if (rawOf(cell.value) === null || tail(r, c)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (bottom < 0) return { sheet: sheet.name, originRow: 0, originCol: 0, cells: [], merges: [] };
  const used = { top, left, bottom, right };
  const merges = clippedMerges(fileMerges, used);
  const sparse = !denseFits(used, stored);
  const cells: CellInput[][] = [];
  const hiddenRows: number[] = [];
  for (let r = top; r <= bottom; r++) {
    // A used range far larger than its cells: each row as far as its last cell (the fast reader's rule).
    const end = sparse ? Math.min(right, lastOfRow.get(r) ?? -1) : right;
    const row = end < left ? sheet.findRow(r + 1) : sheet.getRow(r + 1);
    if (row?.hidden) hiddenRows.push(r);
    if (row === undefined || end < left) {
      cells.push([]);
      continue;
    }
    const out: CellInput[] = [];
    for (let c = left; c <= end; c++) {
      const cell = row.getCell(c + 1);
      const value = tail(r, c) ? null : rawOf(cell.value);
      const format = cell.numFmt;
      const indent = cell.alignment?.indent;
      out.push({ value, ...(format ? { format } : {}), ...(indent ? { indent } : {}) });
    }
    cells.push(out);
  }
  return { sheet: sheet.name, originRow: top, originCol: left, cells, merges, hiddenRows };
}
