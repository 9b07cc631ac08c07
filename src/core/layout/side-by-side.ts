import type { CellInput } from "../values/cell-value";
import type { Grid } from "./grid";
import { headerRole } from "./header-words";

/**
 * Two tables printed side by side under one title, each with the same header (資金來源 | 資金用途
 * in a fund's 資金運用預算表: 科目 | 本年度預算數 | % | 科目 | 本年度預算數 | %; 收入 | 支出 statements
 * laid out the same way): each half is a table of its own, its names in its own first column.
 * Read together, the right half's names would be taken for figures of the left's lines.
 */

/** Rows searched from the top for the repeated header. */
const HEADER_ROWS = 12;

function textOf(cell: CellInput | undefined): string {
  const value = cell?.value;
  return value === null || value === undefined ? "" : String(value).replace(/\s/g, "");
}

/** A half is a table of a few columns: wider rows are not tried (a sheet may be 16,384 columns wide). */
const MAX_HALF = 40;

/** The width of each half where a row's cells repeat from that column on, its first a name's header. */
function repeatAt(row: ReadonlyArray<CellInput>): number | null {
  const first = textOf(row[0]);
  if (first === "" || headerRole(first)?.role !== "indicator") return null;
  const widest = Math.min(Math.floor(row.length / 2), MAX_HALF);
  for (let half = 2; half <= widest; half++) {
    // A name's header and a figure's at least: 科目 | 科目 | 科目 over 款 | 項 | 目 is one header, merged.
    let same = true;
    const words = new Set<string>();
    for (let c = 0; c < half && same; c++) {
      const a = textOf(row[c]);
      if (a !== textOf(row[c + half])) same = false;
      else if (a !== "") words.add(a);
    }
    if (same && words.size >= 2) return half;
  }
  return null;
}

/** The grid's columns from..to (inclusive), as a grid in sheet coordinates. */
function columns(grid: Grid, from: number, to: number): Grid {
  return {
    ...grid,
    originCol: grid.originCol + from,
    cells: grid.cells.map((row) => row.slice(from, to + 1)),
  };
}

/** The two halves of a grid whose tables stand side by side, or null where they do not. */
export function sideBySide(grid: Grid): Grid[] | null {
  const rows = Math.min(grid.cells.length, HEADER_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = grid.cells[r] ?? [];
    const half = repeatAt(row);
    if (half === null) continue;
    // A loop, not Math.max(...): a grid may have a million rows.
    let width = 0;
    for (const cells of grid.cells) width = Math.max(width, cells.length);
    return [columns(grid, 0, half - 1), columns(grid, half, width - 1)];
  }
  return null;
}
