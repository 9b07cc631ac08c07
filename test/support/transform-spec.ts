import { addressOf, parseAddress } from "../../src/core";
import { cellSpec, type CellSpec, type SheetSpec } from "./workbook-spec";

/** Moves every cell and merge by (rows, cols), inserting blank rows after the given 0-based rows. */
export function shiftSheet(
  sheet: SheetSpec,
  rows: number,
  cols: number,
  blankAfter: readonly number[] = [],
): SheetSpec {
  const move = (address: string): string => {
    const at = parseAddress(address)!;
    const extra = blankAfter.filter((r) => at.row > r).length;
    return addressOf(at.row + rows + extra, at.col + cols);
  };
  const cells: Record<string, CellSpec> = {};
  for (const [address, entry] of Object.entries(sheet.cells)) cells[move(address)] = cellSpec(entry);
  const merges = (sheet.merges ?? []).map((m) => m.split(":").map(move).join(":"));
  return { name: sheet.name, cells, merges };
}

/** Replaces whole-cell texts (header labels) by a dictionary. */
export function relabel(sheet: SheetSpec, words: Readonly<Record<string, string>>): SheetSpec {
  const cells: Record<string, CellSpec> = {};
  for (const [address, entry] of Object.entries(sheet.cells)) {
    const cell = cellSpec(entry);
    const text = typeof cell.value === "string" ? words[cell.value] : undefined;
    cells[address] = text === undefined ? cell : { ...cell, value: text };
  }
  return { ...sheet, cells };
}
