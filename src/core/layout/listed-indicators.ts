import type { SourceCell } from "../analysis/indicator-input";
import { periodInText, type Period } from "../values/period";
import { rangeOf } from "./cells";
import { namedIndicator, type DetectedIndicator, type DetectedTable } from "./detected";
import type { SheetView } from "./sheet-view";

/**
 * What the readers of lists without a header (records a line each, a dashboard's tiles a row each)
 * share: an indicator a record or a tile, the period the list reports from a line above it, and the
 * list's table claiming its rows.
 */

export interface Listed {
  readonly name: string;
  readonly nameAddress: string;
  readonly target: SourceCell | null;
  readonly actual: SourceCell | null;
}

export interface ListFound {
  readonly table: DetectedTable;
  readonly indicators: readonly DetectedIndicator[];
}

/** A line longer than this is prose, not a heading that names the period ("October 2024 performance"). */
const HEADING_LENGTH = 80;

/** The period a list reports: the nearest short text above it, within `rows`, that names one. */
function periodAbove(view: SheetView, top: number, rows: number): Period | null {
  for (let r = top - 1; r >= Math.max(view.top, top - rows); r--)
    for (let c = view.left; c <= view.right; c++) {
      const text = view.text(r, c);
      const period = text === "" || text.length > HEADING_LENGTH ? null : periodInText(text);
      if (period) return period;
    }
  return null;
}

/** The list from row top to row last as one table, its rows taken; each item one indicator. */
export function listFound(
  view: SheetView,
  rows: { top: number; last: number; lookUp: number },
  items: readonly Listed[],
  tableIndex: number,
  taken: Set<number>,
): ListFound {
  const period = periodAbove(view, rows.top, rows.lookUp);
  const indicators = items.map((item) =>
    namedIndicator(
      item.name,
      item.nameAddress,
      [{ period, target: item.target, actual: item.actual, reported: null, ratings: [] }],
      tableIndex,
    ),
  );
  for (let k = rows.top; k <= rows.last; k++) taken.add(k);
  const range = rangeOf(view, rows.top, view.left, rows.last, view.right);
  return { table: { kind: "longTable", range, title: null }, indicators };
}
