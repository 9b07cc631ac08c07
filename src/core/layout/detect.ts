import type { Finding } from "../findings";
import type { DetectedIndicator, DetectedSheet, DetectedTable, ScorecardInput } from "./detected";
import type { Grid } from "./grid";
import type { CellInput } from "../values/cell-value";
import { findColumnTables } from "./column-table";
import { findMultiYearBlocks } from "./multi-year";
import { findLabelledSeries } from "./labelled-series";
import { findRecordBlocks } from "./record-blocks";
import { findScoreSheets } from "./score-sheet";
import { SheetView } from "./sheet-view";
import { findTileRows } from "./tile-rows";
import { suggestTable } from "./suggest";
import { sideBySide } from "./side-by-side";

/**
 * Finds every indicator table on a sheet. The most specific layouts go first and claim their rows,
 * so that a multi-year block's period header is not read again as a period comparison.
 */
export function detectSheet(grid: Grid): DetectedSheet {
  const tables: DetectedTable[] = [];
  const indicators: DetectedIndicator[] = [];
  const scorecards: ScorecardInput[] = [];
  for (const part of islandsOf(grid).flatMap((island) => sideBySide(island) ?? [island])) {
    const view = new SheetView(part);
    const taken = new Set<number>();
    const blocks = findMultiYearBlocks(view, taken, tables.length);
    for (const b of blocks) tables.push(b.table);
    const scores = findScoreSheets(view, taken, tables.length);
    for (const s of scores) tables.push(s.table);
    const series = findLabelledSeries(view, taken, tables.length);
    for (const s of series) tables.push(s.table);
    const columnTables = findColumnTables(view, taken, tables.length);
    for (const l of columnTables) tables.push(l.table);
    // Records one line each (Indicator: | Target: | Year-end result:) where no table took the rows.
    const records = findRecordBlocks(view, taken, tables.length);
    for (const l of records) tables.push(l.table);
    // A dashboard's tiles a row each (result | measure | Target …).
    const tiles = findTileRows(view, taken, tables.length);
    for (const l of tiles) tables.push(l.table);
    for (const b of blocks) indicators.push(b.indicator);
    for (const s of series) indicators.push(s.indicator);
    for (const l of columnTables) for (const i of l.indicators) indicators.push(i);
    for (const l of records) for (const i of l.indicators) indicators.push(i);
    for (const l of tiles) for (const i of l.indicators) indicators.push(i);
    for (const s of scores) scorecards.push(s.scorecard);
  }
  return { sheet: grid.sheet, tables, indicators, scorecards };
}

/**
 * A sheet whose used range spans more cells than this, and many times the cells it holds, is read
 * as the islands of cells it holds.
 */
const ISLAND_AREA = 1_000_000;
const ISLAND_SPARSENESS = 8;
/** Empty rows or columns that part two islands. */
const ISLAND_GAP = 64;
/** An island still larger than this (cells scattered over a sheet) is not read: no table is that sparse. */
const MAX_ISLAND_AREA = 40_000_000;

function filled(cell: CellInput | undefined): boolean {
  return cell !== undefined && cell.value !== null && cell.value !== "";
}

/** Runs of occupied positions, split where at least ISLAND_GAP positions in a row are empty. */
function runsOf(positions: readonly number[]): Array<{ from: number; to: number }> {
  const sorted = [...positions].sort((a, b) => a - b);
  const runs: Array<{ from: number; to: number }> = [];
  for (const p of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && p - last.to <= ISLAND_GAP) last.to = p;
    else runs.push({ from: p, to: p });
  }
  return runs;
}

/**
 * The grid itself, unless its used range is huge (one value at XFD1048576 beside a table at A1):
 * then the parts of it that hold cells, each a grid of its own in sheet coordinates, so that
 * detection's work grows with the cells present, not with the area between them.
 */
export function islandsOf(grid: Grid): Grid[] {
  const rows = grid.cells.length;
  let width = 0;
  for (let r = 0; r < rows; r++) width = Math.max(width, grid.cells[r]?.length ?? 0);
  if (rows * width <= ISLAND_AREA) return [grid];
  // Index loops: a sheet of a million rows, most of them empty, allocates nothing per row here.
  const occupiedRows: number[] = [];
  let present = 0;
  for (let r = 0; r < rows; r++) {
    const row = grid.cells[r];
    if (row === undefined) continue;
    let any = false;
    for (let c = 0; c < row.length; c++)
      if (filled(row[c])) {
        present++;
        any = true;
      }
    if (any) occupiedRows.push(r);
  }
  if (rows * width <= ISLAND_SPARSENESS * present) return [grid];
  const islands: Grid[] = [];
  for (const band of runsOf(occupiedRows)) {
    const columns = new Set<number>();
    for (let r = band.from; r <= band.to; r++) {
      const row = grid.cells[r] ?? [];
      for (let c = 0; c < row.length; c++) if (filled(row[c])) columns.add(c);
    }
    for (const run of runsOf([...columns])) {
      if ((band.to - band.from + 1) * (run.to - run.from + 1) > MAX_ISLAND_AREA) continue;
      const cells: CellInput[][] = [];
      for (let r = band.from; r <= band.to; r++) cells.push((grid.cells[r] ?? []).slice(run.from, run.to + 1));
      islands.push({
        sheet: grid.sheet,
        originRow: grid.originRow + band.from,
        originCol: grid.originCol + run.from,
        cells,
        merges: grid.merges,
        ...(grid.hiddenRows === undefined ? {} : { hiddenRows: grid.hiddenRows }),
      });
    }
  }
  return islands;
}

/** No table read: what was looked for, and the likeliest table with a line that would declare it. */
export function nothingRecognised(grid: Grid): Finding {
  const suggestion = suggestTable(new SheetView(grid));
  return {
    code: "NO_INDICATOR_TABLE",
    severity: "info",
    sheet: grid.sheet,
    cell: suggestion ? (String(suggestion.range).split(":")[0] ?? null) : null,
    params: suggestion
      ? { sheet: grid.sheet, suggested: "yes", ...suggestion }
      : { sheet: grid.sheet, suggested: "no" },
  };
}
