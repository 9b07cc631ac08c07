import type { PeriodInput } from "../analysis/indicator-input";
import { parsePeriod, periodWithinYear, yearInYearRow, type Period } from "../values/period";
import { maxOf, minOf } from "../values/arrays";
import { parseValue } from "../values/parse-value";
import { asPoints, rangeOf, sourceCell } from "./cells";
import { namedIndicator, type DetectedIndicator, type DetectedTable } from "./detected";
import type { HeaderBand } from "./header-band";
import { headerRole, isAggregateLabel } from "./header-words";
import type { SheetView } from "./sheet-view";
import { titleAbove } from "./title";

/**
 * Years down the rows and a measure in each column (年別 | 出勤次數 | 救護人數 …, as statistics
 * tables lay them out): each column is one indicator over the years, named by its header. No
 * target, so no achievement; growth from year to year.
 */

/** A header saying its column is in percent: 百分比, 百分率, per cent. */
const PERCENT_HEADER = /百分比|百分率|percent|per\s*cent|%|％/i;

/** A row's label is short: a long text is no Target or caption label (and is not folded to look). */
const LABEL_LENGTH = 80;

/** Rows between the header and the years that may say something of every year: a Target row, a caption. */
const LEAD_ROWS = 3;

/**
 * "Target" under the measures' names, then a caption ("Performance") over the years: the target row
 * holds each measure's target for every year. The row the years start on, and the target row or null.
 */
function leadRows(view: SheetView, band: HeaderBand, col: number): { first: number; target: number | null } {
  let target: number | null = null;
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + LEAD_ROWS); r++) {
    if (parsePeriod(view.cell(r, col).value) !== null) return { first: r, target };
    const label = view.text(r, col);
    const role = label.length > LABEL_LENGTH ? undefined : headerRole(label)?.role;
    if (role === "target" && target === null) target = r;
    else if (role !== "actual" && !captionOnly(view, r, col) && !unitsRow(view, r, col)) break;
  }
  return { first: band.bottom + 1, target: null };
}

/** A unit is short: "百萬件 Million Pieces", "億 元 N.T.$ 100 Millions". */
const UNIT_LENGTH = 40;

/**
 * Units under the measures' names (百萬件 | 萬 件 | 件/人), nothing under the year column: a row of
 * the header, saying what each column counts in.
 */
function unitsRow(view: SheetView, r: number, col: number): boolean {
  if (view.text(r, col) !== "" && !view.isMergedTail(r, col)) return false;
  let units = 0;
  for (let c = view.left; c <= view.right; c++) {
    if (c === col) continue;
    const text = view.text(r, c);
    if (text === "") continue;
    if (text.length > UNIT_LENGTH || parseValue(view.cell(r, c)).kind !== "text") return false;
    units++;
  }
  return units >= 2;
}

/** A row with a word at its left and nothing else: a caption over the rows under it. */
function captionOnly(view: SheetView, r: number, col: number): boolean {
  if (view.text(r, col) === "") return false;
  for (let c = view.left; c <= view.right; c++) if (c !== col && view.text(r, c) !== "") return false;
  return true;
}

/** The years down a column from row `first`, in order, until the first row that is not a year. */
function yearRows(
  view: SheetView,
  first: number,
  col: number,
  underYear: boolean,
): Array<{ row: number; period: Period }> {
  const rows: Array<{ row: number; period: Period }> = [];
  for (let r = first; r <= view.bottom; r++) {
    if (view.isBlankRow(r)) break;
    // Under 年度 a two-digit "97" typed as text is the ROC year, as a year row across reads it.
    // April | May | … | March (a year's months under "Period", the year in the title): the table's year's.
    const period =
      parsePeriod(view.cell(r, col).value) ??
      (underYear ? (yearInYearRow(view.text(r, col)) ?? periodWithinYear(view.text(r, col))) : null);
    if (period === null) break;
    rows.push({ row: r, period });
  }
  return rows;
}

function rising(rows: ReadonlyArray<{ period: Period }>): boolean {
  if (rows.every((r) => r.period.relative === 0 && r.period.month !== undefined))
    return rows.every((r, i) => i === 0 || r.period.month === ((rows[i - 1]?.period.month ?? 0) % 12) + 1);
  return rows.every((r, i) => i === 0 || r.period.year > (rows[i - 1]?.period.year ?? Infinity));
}

export function readYearsDown(
  view: SheetView,
  band: HeaderBand,
  taken: Set<number>,
  tableIndex: number,
): { table: DetectedTable; indicators: DetectedIndicator[]; last: number } | null {
  const yearCol = view.left;
  const lead = leadRows(view, band, yearCol);
  const underYear = band.columns.some((c) => c.col === yearCol && c.role === "period");
  const down = yearRows(view, lead.first, yearCol, underYear);
  // Newest first (2017/18 | 2016/17 | …, a transport body's FOI figures): the same years in time order.
  const rows = rising(down) ? down : [...down].reverse();
  if (rows.length < 3 || !rising(rows) || rows.some((r) => taken.has(r.row))) return null;
  const targetOf = (col: number) => (lead.target === null ? null : sourceCell(view, lead.target, col));
  const measures = band.columns.filter((c) => {
    if (c.col === yearCol || isAggregateLabel(c.text)) return false;
    const figures = rows.filter((r) => parseValue(view.cell(r.row, c.col)).kind === "number").length;
    // A measure begun or ended within the years (its other years one merged note) has its target.
    return figures * 2 >= rows.length || (figures >= 2 && targetOf(c.col)?.value.kind === "number");
  });
  if (measures.length === 0) return null;
  const lastRowCount = (text: string) => measures.filter((m) => view.text(band.bottom, m.col) === text).length;
  const indicators = measures.map((c) => {
    const target = targetOf(c.col);
    // A year the measure was not taken in holds words ("These measures commenced in 2015-16"): no period.
    // Under 百分比 / "per cent" a bare 42.86 is 42.86%.
    const points = PERCENT_HEADER.test(c.text);
    const at = (row: number) => (points ? asPoints(sourceCell(view, row, c.col)) : sourceCell(view, row, c.col));
    const periods: PeriodInput[] = rows
      .map((r) => ({ period: r.period, target, actual: at(r.row), reported: null, ratings: [] }))
      .filter((p) => p.actual.value.kind !== "text");
    // Headings over the names (Quality | Timeliness, a sentence under each) group them: the name is
    // the header's last row, where it has one.
    // A last row repeated under each heading (案件數 | 百分比 under 績效良好, 績效尚可 …) names the
    // kind of figure, not the measure: the heading and it, read together.
    const own = view.text(band.bottom, c.col);
    const name = own !== "" && lastRowCount(own) === 1 ? own : c.text;
    return namedIndicator(name, view.address(band.top, c.col), periods, tableIndex);
  });
  const last = maxOf(rows.map((r) => r.row));
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
