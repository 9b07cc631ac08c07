/**
 * A sheet written row by row, as the layout tests state their tables: a value per cell, or a value
 * with its number format; merges where the table has them.
 */
import type { Grid } from "../../src/core";

export type RowCell = string | number | { value: number; format: string } | null;
export type Row = RowCell[];

export function rowGrid(rows: readonly Row[], merges: Grid["merges"] = [], sheet = "S"): Grid {
  return {
    sheet,
    originRow: 0,
    originCol: 0,
    cells: rows.map((r) => r.map((v) => (v !== null && typeof v === "object" ? v : { value: v }))),
    merges,
  };
}
