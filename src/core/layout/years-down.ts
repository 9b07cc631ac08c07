import type { PeriodInput } from "../analysis/indicator-input";
import { parsePeriod, type Period } from "../values/period";
import { maxOf, minOf } from "../values/arrays";
import { parseValue } from "../values/parse-value";
import { rangeOf, sourceCell } from "./cells";
import { namedIndicator, type DetectedIndicator, type DetectedTable } from "./detected";
import type { HeaderBand } from "./header-band";
import { isAggregateLabel } from "./header-words";
import type { SheetView } from "./sheet-view";
import { titleAbove } from "./title";

/**
 * Years down the rows and a measure in each column (年別 | 出勤次數 | 救護人數 …, as statistics
 * tables lay them out): each column is one indicator over the years, named by its header. No
 * target, so no achievement; growth from year to year.
 */

/** The years down a column under the header, in order, until the first row that is not a year. */
function yearRows(view: SheetView, band: HeaderBand, col: number): Array<{ row: number; period: Period }> {
  const rows: Array<{ row: number; period: Period }> = [];
  for (let r = band.bottom + 1; r <= view.bottom; r++) {
    if (view.isBlankRow(r)) break;
    const period = parsePeriod(view.cell(r, col).value);
    if (period === null) break;
    rows.push({ row: r, period });
  }
  return rows;
}

function rising(rows: ReadonlyArray<{ period: Period }>): boolean {
  return rows.every((r, i) => i === 0 || r.period.year > (rows[i - 1]?.period.year ?? Infinity));
}

export function readYearsDown(
  view: SheetView,
  band: HeaderBand,
  taken: Set<number>,
  tableIndex: number,
): { table: DetectedTable; indicators: DetectedIndicator[]; last: number } | null {
  const yearCol = view.left;
  const rows = yearRows(view, band, yearCol);
  if (rows.length < 3 || !rising(rows) || rows.some((r) => taken.has(r.row))) return null;
  const measures = band.columns.filter((c) => {
    if (c.col === yearCol || isAggregateLabel(c.text)) return false;
    const figures = rows.filter((r) => parseValue(view.cell(r.row, c.col)).kind === "number").length;
    return figures * 2 >= rows.length;
  });
  if (measures.length === 0) return null;
  const indicators = measures.map((c) => {
    const periods: PeriodInput[] = rows.map((r) => ({
      period: r.period,
      target: null,
      actual: sourceCell(view, r.row, c.col),
      reported: null,
      ratings: [],
    }));
    return namedIndicator(c.text, view.address(band.top, c.col), periods, tableIndex);
  });
  const last = rows[rows.length - 1]?.row ?? band.bottom;
  for (let r = band.top; r <= last; r++) taken.add(r);
  const cols = band.columns.map((c) => c.col);
  return {
    table: {
      kind: "periodComparison",
      range: rangeOf(view, band.top, Math.min(yearCol, minOf(cols)), last, maxOf(cols)),
      title: titleAbove(view, band.top),
      period: null,
    },
    indicators,
    last,
  };
}
