/**
 * A workbook described as data (workbook-spec.ts builds files from it), without exceljs or the
 * file system: the office.js double reads it in Node and in the page (office-double.entry.ts).
 */
import { parseAddress, type RawValue } from "../../src/core";

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
