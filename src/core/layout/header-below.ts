import type { PeriodInput } from "../analysis/indicator-input";
import { maxOf } from "../values/arrays";
import { parseValue } from "../values/parse-value";
import { rangeOf, sourceCell } from "./cells";
import type { ColumnShape } from "./column-shape";
import { namedIndicator, type DetectedIndicator, type DetectedTable } from "./detected";
import type { SheetView } from "./sheet-view";
import { titleAbove } from "./title";

/**
 * "Debt as a percentage of revenue raised (%) | 0.92 | 0.99 | 1.03 | 1.11" over "Actual | Actual |
 * Target | Actual" and "2016-17 | 2017-18 | 2018-19 | 2018-19": a header printed under the one row of
 * figures it describes, as some annual reports lay out each indicator. Where a header reads as a
 * table and no row under it holds figures, the row right above it, a name and figures in the
 * header's columns, is its one indicator.
 */
export function readRowAbove(
  view: SheetView,
  shape: ColumnShape,
  taken: ReadonlySet<number>,
  tableIndex: number,
): { table: DetectedTable; indicator: DetectedIndicator; row: number } | null {
  const band = shape.band;
  const cols = shape.periods.flatMap((p) => [p.target, p.actual].filter((c): c is number => c !== undefined));
  if (cols.length < 2) return null;
  const figured = (r: number) =>
    r >= view.top &&
    (r >= band.top || !taken.has(r)) &&
    view.text(r, shape.nameCol) !== "" &&
    cols.filter((c) => parseValue(view.cell(r, c)).kind === "number").length * 2 >= cols.length;
  // The header's first row may be the figures themselves, read with the words under them.
  const row = figured(band.top) ? band.top : band.top - 1;
  if (!figured(row)) return null;
  const name = view.text(row, shape.nameCol);
  const cell = (col: number | undefined) => (col === undefined ? null : sourceCell(view, row, col));
  const periods: PeriodInput[] = shape.periods.map((p) => ({
    period: p.period,
    target: cell(p.target),
    actual: cell(p.actual),
    reported: null,
    ratings: [],
  }));
  const indicator = namedIndicator(name, view.address(row, shape.nameCol), periods, tableIndex);
  const table: DetectedTable = {
    kind: "wide",
    range: rangeOf(view, row, shape.nameCol, band.bottom, maxOf(cols)),
    title: titleAbove(view, row),
    period: null,
  };
  return { table, indicator, row };
}
