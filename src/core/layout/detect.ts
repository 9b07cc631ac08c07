import type { Finding } from "../findings";
import type { DetectedSheet, DetectedTable } from "./detected";
import type { Grid } from "./grid";
import { findColumnTables } from "./column-table";
import { findMultiYearBlocks } from "./multi-year";
import { findScoreSheets } from "./score-sheet";
import { SheetView } from "./sheet-view";
import { suggestTable } from "./suggest";

/**
 * Finds every indicator table on a sheet. The most specific layouts go first and claim their rows,
 * so that a multi-year block's period header is not read again as a period comparison.
 */
export function detectSheet(grid: Grid): DetectedSheet {
  const view = new SheetView(grid);
  const taken = new Set<number>();
  const tables: DetectedTable[] = [];
  const blocks = findMultiYearBlocks(view, taken, tables.length);
  tables.push(...blocks.map((b) => b.table));
  const scores = findScoreSheets(view, taken, tables.length);
  tables.push(...scores.map((s) => s.table));
  const columnTables = findColumnTables(view, taken, tables.length);
  tables.push(...columnTables.map((l) => l.table));
  return {
    sheet: grid.sheet,
    tables,
    indicators: [...blocks.map((b) => b.indicator), ...columnTables.flatMap((l) => l.indicators)],
    scorecards: scores.map((s) => s.scorecard),
  };
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
