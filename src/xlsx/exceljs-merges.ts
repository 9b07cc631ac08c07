import type ExcelJS from "exceljs";
import { areaOf } from "./fast/sheet-grid";

/**
 * exceljs, loading a sheet, makes every cell of every merged area a merged cell object, and checks
 * each merge against every other: H1:XFD1048576 is 17 billion cells, and 50,000 merges 1.25 billion
 * checks. Past these bounds the load stops at once with MergeTooLarge, which the reader says in
 * words, instead of taking the process's memory or the tab (the pane's preview loads with exceljs).
 * The fast reader, which keeps merges as ranges, reads such files; this guards exceljs only.
 */
export const MAX_EXCELJS_MERGED_CELLS = 2_000_000;
export const MAX_EXCELJS_MERGES = 20_000;

export class MergeTooLarge extends Error {
  constructor(
    readonly sheet: string,
    readonly range: string,
    readonly cells: number,
  ) {
    super(`merged area ${range} on ${sheet}: ${cells} cells`);
  }
}

interface SheetLoader {
  name: string;
  _parseMergeCells: (this: SheetLoader, model: { mergeCells?: string[] }) => void;
}

let guarded = false;

/** Patches the Worksheet class of this exceljs (the Node library or the browser bundle) once. */
export function guardMerges(excel: typeof ExcelJS): void {
  if (guarded) return;
  const proto = Object.getPrototypeOf(new excel.Workbook().addWorksheet("guard")) as SheetLoader;
  const parse = proto._parseMergeCells;
  if (typeof parse !== "function") return;
  proto._parseMergeCells = function parseBoundedMerges(this: SheetLoader, model): void {
    const merges = model.mergeCells ?? [];
    let total = 0;
    for (const ref of merges) {
      const area = areaOf(ref);
      if (area === null || area.top > area.bottom || area.left > area.right) continue;
      total += (area.bottom - area.top + 1) * (area.right - area.left + 1);
      if (total > MAX_EXCELJS_MERGED_CELLS) throw new MergeTooLarge(this.name, ref, total);
    }
    if (merges.length > MAX_EXCELJS_MERGES)
      throw new MergeTooLarge(this.name, `${merges[0] ?? ""}…${merges[merges.length - 1] ?? ""}`, total);
    parse.call(this, model);
  };
  guarded = true;
}
