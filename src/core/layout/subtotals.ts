import type { PeriodInput, SourceCell } from "../analysis/indicator-input";
import type { AggregateRow, DetectedIndicator } from "./detected";

/**
 * Rows whose every figure is the sum of the rows right under them ("(1.一般政務支出)" over 政權行使支出,
 * 國務支出 …): a subtotal the table states by its arithmetic, whatever its label. They are checked,
 * never indicators; a subtotal's own line is kept with it, to be read as a subtotal. Only a run of two or more rows counts, and only non-negative figures are summed.
 */

/** Rows a subtotal may sum at the most: enough for any group a person prints, cheap on 20,000 rows. */
const MAX_RUN = 60;

function numberOf(cell: SourceCell | null | undefined): number | null {
  return cell?.value.kind === "number" ? cell.value.value : null;
}

function stepOf(cell: SourceCell | null | undefined): number {
  return cell?.value.kind === "number" ? cell.value.step : 0;
}

type Figure = "target" | "actual";

/** The rows (indices, the end exclusive) a subtotal adds up: under it, or above it for a total line. */
interface Covered {
  readonly from: number;
  readonly to: number;
}

/**
 * A period's target or actual cell. Asked of every row: two named reads, not one keyed by a
 * variable name, which V8 looks up generically on each call.
 */
function cellOf(period: PeriodInput | undefined, figure: Figure): SourceCell | null | undefined {
  return period === undefined ? undefined : figure === "target" ? period.target : period.actual;
}

/** Every figure cell of a row, as (period index, figure) pairs with its number. */
function figuresOf(
  periods: readonly PeriodInput[],
): Array<{ p: number; figure: Figure; value: number; step: number; percent: boolean }> {
  const out: Array<{ p: number; figure: Figure; value: number; step: number; percent: boolean }> = [];
  periods.forEach((period, p) => {
    for (const figure of ["target", "actual"] as const) {
      const cell = period[figure];
      const value = numberOf(cell);
      const percent = cell?.value.kind === "number" && cell.value.percent;
      if (value !== null) out.push({ p, figure, value, step: stepOf(cell), percent });
    }
  });
  return out;
}

/**
 * The end (exclusive) of the run under row i that its figures sum, or null. Rows already found to be
 * subtotals are stepped over: 款 over its 項 sums the 項's items, not the 項 and its items twice.
 */
function runSummed(indicators: readonly DetectedIndicator[], i: number, inner: ReadonlySet<number>): number | null {
  const row = indicators[i];
  if (!row) return null;
  const lead = leadFigure(row.periods);
  if (lead === null) return null;
  let sum = 0;
  let parts = 0;
  for (let j = i + 1; j < indicators.length && j <= i + MAX_RUN; j++) {
    if (inner.has(j)) continue;
    // Every row of the run holds the figure: a heading without figures ends the search.
    const value = numberOf(cellOf(indicators[j]?.periods[lead.p], lead.figure));
    if (value === null || value < 0) return null;
    sum += value;
    parts++;
    const slack = slackOf(lead.value, lead.step, parts);
    if (sum > lead.value + slack) return null;
    if (parts >= 2 && Math.abs(sum - lead.value) <= slack) {
      const own = figuresOf(row.periods);
      if (own.length >= 2 && sumsAll(indicators, i, j + 1, own, inner)) return j + 1;
    }
  }
  return null;
}

/**
 * The first figure of a row that may head a run, or null: rates and shares are never summed, nor a
 * negative figure, nor a row of zeros; amounts and counts are. Asked of every row: no allocation
 * past the answer.
 */
function leadFigure(
  periods: readonly PeriodInput[],
): { p: number; figure: Figure; value: number; step: number } | null {
  let lead: { p: number; figure: Figure; value: number; step: number } | null = null;
  let nonZero = false;
  for (let p = 0; p < periods.length; p++) {
    for (let k = 0; k < 2; k++) {
      const figure: Figure = k === 0 ? "target" : "actual";
      const cell = cellOf(periods[p], figure);
      if (cell?.value.kind !== "number") continue;
      const { value, step, percent } = cell.value;
      if (value < 0 || percent) return null;
      if (value !== 0) nonZero = true;
      lead ??= { p, figure, value, step };
    }
  }
  return nonZero ? lead : null;
}

/** Whether every figure of row i is the sum of rows i+1 … end−1, the inner subtotals stepped over. */
function sumsAll(
  indicators: readonly DetectedIndicator[],
  i: number,
  end: number,
  own: ReturnType<typeof figuresOf>,
  inner: ReadonlySet<number>,
): boolean {
  const rows: number[] = [];
  for (let j = i + 1; j < end; j++) if (!inner.has(j)) rows.push(j);
  return sumsRows(indicators, rows, own);
}

/** Whether every figure of a row is the sum of the same figure over `rows`, within rounding. */
function sumsRows(
  indicators: readonly DetectedIndicator[],
  rows: readonly number[],
  own: ReturnType<typeof figuresOf>,
): boolean {
  return own.every((f) => {
    let sum = 0;
    for (const j of rows) sum += numberOf(cellOf(indicators[j]?.periods[f.p], f.figure)) ?? 0;
    return Math.abs(sum - f.value) <= slackOf(f.value, f.step, rows.length);
  });
}

/**
 * A row of an outline (款 over 項 over 目 over 節) with deeper rows under it heads them: a subtotal
 * where its every figure is the sum of the rows it heads that head nothing, one row or many. The
 * end (exclusive) of the rows it heads, or null.
 */
function outlineParent(indicators: readonly DetectedIndicator[], i: number, inner: ReadonlySet<number>): number | null {
  const depth = indicators[i]?.outline;
  if (depth === undefined || depth === null) return null;
  let end = i + 1;
  while (end < indicators.length) {
    const d = indicators[end]?.outline;
    if (d === undefined || d === null || d <= depth) break;
    end++;
  }
  if (end === i + 1) return null;
  const row = indicators[i];
  const own = row ? figuresOf(row.periods) : [];
  if (own.length === 0) return null;
  return sumsAll(indicators, i, end, own, inner) ? end : null;
}

/** Distinct figures a row must share with the row under it to restate it: two could be chance (target 4, actual 4). */
const RESTATED_FIGURES = 3;

/**
 * A heading that restates its only child ((5.其他收入) over 其他收入 over 雜項收入, every amount the
 * same): a subtotal of one row, covering what that row covers. The end (exclusive), or null.
 */
function restated(
  indicators: readonly DetectedIndicator[],
  i: number,
  subtotal: ReadonlyMap<number, Covered>,
): number | null {
  const row = indicators[i];
  const next = indicators[i + 1];
  if (!row || !next || !sameFigures(row, next)) return null;
  const own = figuresOf(row.periods);
  const under = figuresOf(next.periods);
  // Distinct amounts: 100 in every month of two pledges is two pledges met, not a heading and its child.
  // Under its own name too (일반회계 over 일반회계, a county's one general account): two amounts suffice.
  const needed = row.name.replace(/\s/g, "") === next.name.replace(/\s/g, "") ? 2 : RESTATED_FIGURES;
  if (own.length !== under.length || new Set(own.map((f) => f.value)).size < needed) return null;
  const same = own.every((f, k) => {
    const g = under[k];
    return g !== undefined && g.p === f.p && g.figure === f.figure && g.value === f.value && !f.percent;
  });
  return same ? (subtotal.get(i + 1)?.to ?? i + 2) : null;
}

/** Whether two rows hold the same numbers in the same places (asked of every row: no allocation). */
function sameFigures(a: DetectedIndicator, b: DetectedIndicator): boolean {
  if (a.periods.length !== b.periods.length) return false;
  for (let p = 0; p < a.periods.length; p++) {
    const pa = a.periods[p];
    const pb = b.periods[p];
    if (numberOf(pa?.target) !== numberOf(pb?.target) || numberOf(pa?.actual) !== numberOf(pb?.actual)) return false;
  }
  return true;
}

/** Figures under this many steps are counts written in full (2 deaths, 14 fires): they add up exactly. */
const ROUNDED_FROM = 1000;

/**
 * How far a stated total may stand from the sum of `parts` figures printed at `step`: each rounded
 * amount (千元) may be half a step off, the total too; a small count is never rounded.
 */
function slackOf(total: number, step: number, parts: number): number {
  const unit = Math.max(step, 1e-9);
  return Math.abs(total) < ROUNDED_FROM * unit ? 1e-9 : (unit * (parts + 1)) / 2;
}

/**
 * "ORIGINAL PROGRAM" under "A. GAA" and "B. AUTOMATIC APPRO." and their lines: a last row whose every
 * figure is the sum of the rows above that no subtotal covers (the subtotals and the lines outside
 * them), two at least, is the table's grand total, whatever its label; so is the last row of a plain
 * list whose figures are the sums of all the rows above it.
 */
/** The rows above row `end` that no subtotal above it covers: the subtotals and the lines outside them. */
function uncoveredAbove(end: number, subtotal: ReadonlyMap<number, Covered>): number[] {
  const covered = new Set<number>();
  for (const [at, range] of subtotal) if (at < end) for (let j = range.from; j < range.to; j++) covered.add(j);
  const top: number[] = [];
  for (let j = 0; j < end; j++) if (!covered.has(j)) top.push(j);
  return top;
}

function totalOfAbove(indicators: readonly DetectedIndicator[], subtotal: ReadonlyMap<number, Covered>): boolean {
  const last = indicators.length - 1;
  const row = indicators[last];
  if (!row || subtotal.has(last)) return false;
  const top = uncoveredAbove(last, subtotal);
  const own = figuresOf(row.periods);
  if (top.length < 2 || own.length === 0 || own.some((f) => f.value < 0 || f.percent)) return false;
  // With no subtotal above, the last row of a plain list ("General Fund" under its 22 departments)
  // is its total where two figures at least, over three rows at least, add up: one could be chance.
  if (subtotal.size === 0 && (top.length < 3 || own.length < 2)) return false;
  return sumsRows(indicators, top, own);
}

/**
 * "Total Expenditures" after a subtotal ("Total Maintenance") and the lines after it, each of
 * its budgets at least the sum of the rows above that no subtotal covers (the lines on the page
 * before are in it too, so it need not be their sum): the statement's total. With no subtotal above,
 * a "Total …" line that adds nothing up may be a line held to a limit of its own ("Total cost of
 * services"), and stays one.
 */
function totalBeyondAbove(
  indicators: readonly DetectedIndicator[],
  i: number,
  subtotal: ReadonlyMap<number, Covered>,
): boolean {
  const row = indicators[i];
  if (!row || subtotal.size === 0 || subtotal.has(i) || !TOTAL_FIRST.test(row.name)) return false;
  // A subtotal above it, and lines after that subtotal: a total of more than one part.
  if (![...subtotal.keys()].some((at) => at < i)) return false;
  const top = uncoveredAbove(i, subtotal);
  if (top.length < 2) return false;
  const budgets = figuresOf(row.periods).filter((f) => f.figure === "target");
  if (budgets.length === 0 || budgets.some((f) => f.value < 0 || f.percent)) return false;
  return budgets.every((f) => {
    let sum = 0;
    for (const j of top) sum += numberOf(cellOf(indicators[j]?.periods[f.p], "target")) ?? 0;
    return sum <= f.value;
  });
}

/**
 * The indicators less the subtotals their figures reveal, and the aggregates with those added (each
 * covering the rows it sums); the other aggregates' positions follow the rows removed.
 */
export function separateSubtotals(
  indicators: readonly DetectedIndicator[],
  aggregates: readonly AggregateRow[],
  rowOf: (indicator: DetectedIndicator) => number,
): { indicators: DetectedIndicator[]; aggregates: AggregateRow[] } {
  const subtotal = new Map<number, Covered>();
  // From the bottom up, so that the inner subtotals are known when an outer one is summed.
  const inner = new Set<number>();
  for (let i = indicators.length - 1; i >= 0; i--) {
    const end =
      outlineParent(indicators, i, inner) ?? runSummed(indicators, i, inner) ?? restated(indicators, i, subtotal);
    if (end === null) continue;
    subtotal.set(i, { from: i + 1, to: end });
    inner.add(i);
  }
  for (let i = 0; i < indicators.length; i++) {
    const from = subtotal.has(i) ? null : totalUnder(indicators, i, subtotal);
    if (from !== null) subtotal.set(i, { from, to: i });
  }
  const last = indicators.length - 1;
  if (totalOfAbove(indicators, subtotal)) subtotal.set(last, { from: 0, to: last });
  for (let i = 0; i < indicators.length; i++)
    if (totalBeyondAbove(indicators, i, subtotal)) subtotal.set(i, { from: 0, to: i });
  if (subtotal.size === 0) return { indicators: [...indicators], aggregates: [...aggregates] };
  const kept: DetectedIndicator[] = [];
  const keptBefore: number[] = [];
  indicators.forEach((indicator, i) => {
    keptBefore.push(kept.length);
    if (!subtotal.has(i)) kept.push(indicator);
  });
  keptBefore.push(kept.length);
  const moved = aggregates.map((a) => ({ ...a, first: keptBefore[a.first] ?? kept.length }));
  const added: AggregateRow[] = [...subtotal].flatMap(([i, range]) => {
    const row = indicators[i];
    if (!row) return [];
    const from = keptBefore[range.from] ?? kept.length;
    const to = keptBefore[range.to] ?? kept.length;
    return [{ row: rowOf(row), label: row.name, periods: row.periods, first: from, covers: { from, to }, line: row }];
  });
  return { indicators: kept, aggregates: [...moved, ...added].sort((a, b) => a.row - b.row) };
}

/** A label that says it is a total before anything else: "Total expenses for Outcome 1", 合計數. */
const TOTAL_FIRST = /^\s*(?:sub-?\s*)?totals?\b|^\s*(?:合\s*計|小\s*計|總\s*計|共\s*計)/i;

/**
 * "Total expenses for Outcome 1" under the four lines it adds up: a row whose label starts with a
 * total word and whose every figure is the sum of the run of rows right above it (back to the last
 * total or heading), two rows at least. The start of the run (index), or null.
 */
function totalUnder(
  indicators: readonly DetectedIndicator[],
  i: number,
  subtotal: ReadonlyMap<number, Covered>,
): number | null {
  const row = indicators[i];
  if (!row || !TOTAL_FIRST.test(row.name)) return null;
  const own = figuresOf(row.periods);
  if (own.length === 0 || own.some((f) => f.value < 0 || f.percent)) return null;
  const rows: number[] = [];
  for (let j = i - 1; j >= 0 && i - j <= MAX_RUN && !subtotal.has(j); j--) {
    rows.unshift(j);
    if (rows.length >= 2 && sumsRows(indicators, rows, own)) return j;
  }
  return null;
}
