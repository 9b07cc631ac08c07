import { maxOf, minOf } from "../values/arrays";
import { parsePeriod } from "../values/period";
import { namesAndFigures, type ColumnShape, type PeriodColumns } from "./column-shape";
import { ALLOTMENT, inPercentPoints } from "./header-words";
import type { SheetView } from "./sheet-view";
import { agreementWith, otherPartOf, statedRates, type StatedRate } from "./table-arithmetic";

/** How sure the reading of a table's figures is, and what says so. */
export type Certainty = "certain" | "probable" | "doubtful";

export interface Confirmed {
  readonly shape: ColumnShape;
  readonly certainty: Certainty;
  /** The relations the table's own rates state, that the reading rests on. */
  readonly evidence: readonly StatedRate[];
  /** The rate column whose figures no reading explains: nothing is computed from this table. */
  readonly doubtful: number | null;
}

/** A column of differences: 比較增減, 增減數, 差異, variance, difference, change. */
const DIFFERENCE = /比較增減|增減|差異|差額|variance|difference|\bchange\b/i;

function headerText(shape: ColumnShape, col: number): string {
  return shape.band.columns.find((c) => c.col === col)?.text ?? "";
}

/** The period a column's header names, if any. */
function periodOf(shape: ColumnShape, col: number): PeriodColumns["period"] {
  return shape.band.columns.find((c) => c.col === col)?.period ?? null;
}

/** The period as the relation reads it: of ÷ over is actual ÷ target. */
function asRatio(shape: ColumnShape, p: PeriodColumns, s: StatedRate): PeriodColumns {
  // A stated sum ((B+C) ÷ A) is replaced by the one column the rate is computed from.
  return {
    ...p,
    actualSum: undefined,
    target: s.over,
    actual: s.of,
    reported: s.rate,
    reportedInPoints: s.points,
  };
}

/** A rate that is the change between two columns (增加率): a comparison, no target to achieve. */
function asChange(p: PeriodColumns, s: StatedRate): PeriodColumns {
  return { period: p.period, actual: s.of, baseline: s.over, reported: s.rate };
}

interface Decision {
  readonly period: PeriodColumns;
  readonly evidence: StatedRate | null;
  readonly doubtful: number | null;
  readonly comparison?: boolean;
}

/** A period that prints its rate: the reading stands if the rate follows from it, else the rate's relation decides. */
function withReported(
  view: SheetView,
  shape: ColumnShape,
  rows: readonly number[],
  p: PeriodColumns,
  stated: readonly StatedRate[],
): Decision {
  const rate = p.reported;
  const own = stated.find((s) => s.rate === rate);
  // BUDGET | JULY | AUG | SEPT | QUARTER 2 | % SPENT: no column says "spent", the rate says which one is.
  if (
    rate !== undefined &&
    p.actual === undefined &&
    !p.actualSum &&
    own?.relation === "ratio" &&
    own.over === p.target
  )
    return {
      period: { ...asRatio(shape, p, own), period: p.period ?? periodOf(shape, own.of) },
      evidence: own,
      doubtful: null,
    };
  if (rate === undefined || p.actualSum || p.target === undefined || p.actual === undefined)
    return { period: p, evidence: null, doubtful: null };
  const current = agreementWith(view, shape.band, rows, rate, p.actual, p.target);
  // Too few rows to judge, or the rate follows from the reading on most rows (the others are findings).
  if (current.rows < 3 || current.agree * 2 >= current.rows) {
    const held = current.agree >= 2 && current.agree * 2 >= current.rows;
    const evidence: StatedRate = {
      rate,
      relation: "ratio",
      of: p.actual,
      over: p.target,
      ...current,
      decimals: own?.decimals ?? 0,
      points: own?.points ?? inPercentPoints(headerText(shape, rate)),
    };
    return { period: p, evidence: held ? evidence : null, doubtful: null };
  }
  // The rate printed first may be another share (累計分配數/占預算數 = allotted ÷ budget): the
  // spending's own rate, where one holds, is the measure.
  const ofActual = stated.find((s) => s.relation === "ratio" && s.of === p.actual);
  if (ofActual) return { period: asRatio(shape, p, ofActual), evidence: ofActual, doubtful: null };
  if (own?.relation === "ratio") return { period: asRatio(shape, p, own), evidence: own, doubtful: null };
  if (own?.relation === "change") return { period: asChange(p, own), evidence: own, doubtful: null, comparison: true };
  return { period: p, evidence: null, doubtful: rate };
}

/** A period with no rate of its own: a rate column that is actual ÷ something names the target. */
function withoutReported(
  shape: ColumnShape,
  p: PeriodColumns,
  stated: readonly StatedRate[],
  shareOfWhole: (s: StatedRate) => boolean,
): Decision {
  if (p.reported !== undefined || p.actualSum || (p.actual === undefined && p.target !== undefined))
    return { period: p, evidence: null, doubtful: null };
  // The share that met, read as the result (Met ÷ Total, Total = Met + Not met, or the words say it
  // is the share met): no target in it.
  if (p.target === undefined && (shape.sharesMet || stated.some((s) => s.rate === p.actual && shareOfWhole(s))))
    return { period: p, evidence: null, doubtful: null };
  const ratios = stated.filter((s) => s.relation === "ratio");
  const ofActual = ratios.filter((s) => s.of === p.actual);
  // Where the words give no target (nothing could be computed), a rate that holds on every row
  // names both columns, whatever they are headed.
  const everyRow = p.target === undefined ? ratios.find((s) => s.agree === s.rows) : undefined;
  const chosen =
    ofActual.find((s) => ALLOTMENT.test(headerText(shape, s.over))) ??
    ofActual.find((s) => s.over === p.target) ??
    (p.target === undefined ? (ofActual[0] ?? everyRow) : otherSpending(shape, p, ratios));
  return chosen
    ? { period: asRatio(shape, p, chosen), evidence: chosen, doubtful: null }
    : { period: p, evidence: null, doubtful: null };
}

/** Roles of a column of spending: the words say it is spent, not which spending the rate is of. */
const SPENT = new Set(["executed", "actual"]);

/**
 * "Expenditure to date | Projections | Total Expenditure | Actual spent to date as percentage of
 * budget": two columns of spending, and the table's rate is of the one the words did not choose,
 * over the budget. The rate names the spending measured.
 */
function otherSpending(shape: ColumnShape, p: PeriodColumns, ratios: readonly StatedRate[]): StatedRate | undefined {
  if (p.target === undefined || ratios.some((s) => s.of === p.actual && s.over === p.target)) return undefined;
  const roleAt = (col: number) => shape.band.columns.find((c) => c.col === col)?.role ?? "";
  return ratios.find((s) => s.over === p.target && s.of !== p.actual && SPENT.has(roleAt(s.of)));
}

/**
 * Budget control measures spending against the allotment to date (分配數), where the table states
 * that rate (累計執行數 ÷ 累計分配數), whatever budget the words chose and whatever rate they read.
 */
function toAllotment(shape: ColumnShape, p: PeriodColumns, stated: readonly StatedRate[]): Decision | null {
  if (p.actual === undefined || p.actualSum) return null;
  const allot = stated.find(
    (s) => s.relation === "ratio" && s.of === p.actual && ALLOTMENT.test(headerText(shape, s.over)),
  );
  if (!allot || (allot.over === p.target && allot.rate === p.reported)) return null;
  return { period: asRatio(shape, p, allot), evidence: allot, doubtful: null };
}

/**
 * Lets the table's own arithmetic confirm, correct or doubt the reading its header words gave.
 * Only long, execution and single-period tables are judged: a wide table's rates belong to its years.
 */
export function confirmShape(view: SheetView, shape: ColumnShape, rows: readonly number[]): Confirmed {
  if (shape.kind === "comparison" && rows.length >= 2) return comparisonRates(view, shape, rows);
  if (shape.kind === "comparison" || shape.kind === "plan" || shape.periods.length !== 1 || rows.length < 2)
    return { shape, certainty: "probable", evidence: [], doubtful: null };
  // 比較增減 % = 比較增減金額 ÷ 預算數: a difference over the budget is a variance, and the difference
  // no result to achieve; such a rate names no actual.
  const stated = statedRates(view, shape.band, rows).filter(
    (s) => !(s.relation === "ratio" && DIFFERENCE.test(headerText(shape, s.of))),
  );
  const [only] = shape.periods;
  if (only === undefined) return { shape, certainty: "probable", evidence: [], doubtful: null };
  const decision =
    toAllotment(shape, only, stated) ??
    (only.reported !== undefined
      ? withReported(view, shape, rows, only, stated)
      : withoutReported(shape, only, stated, (s) => shareOfWhole(view, shape.band, rows, stated, s)));
  const kind = decision.comparison ? "comparison" : shape.kind;
  const beside = decision.evidence && !decision.comparison ? groupBeside(decision.evidence, stated) : null;
  const same = decision.period === only && kind === shape.kind && beside === null;
  const periods = beside
    ? [decision.period, asRatio(shape, { period: decision.period.period }, beside)]
    : [decision.period];
  return {
    shape: same ? shape : { ...shape, kind, periods, ...(beside ? { eitherGroup: true } : {}) },
    certainty: decision.doubtful !== null ? "doubtful" : decision.evidence ? "certain" : "probable",
    evidence: decision.evidence ? (beside ? [decision.evidence, beside] : [decision.evidence]) : [],
    doubtful: decision.doubtful,
  };
}

/**
 * Budgeted Expenses | YTD Expenses | YTD % Spent | Budgeted Revenue | YTD Revenue | YTD % Received: a
 * second rate that is X ÷ Y on its own columns, all three beside the first group's, is a second
 * measure of the same period, each row filling one of the two.
 */
function groupBeside(first: StatedRate, stated: readonly StatedRate[]): StatedRate | null {
  const cols = (s: StatedRate) => [s.rate, s.of, s.over];
  const lo = minOf(cols(first));
  const hi = maxOf(cols(first));
  return (
    stated.find((s) => s.relation === "ratio" && (cols(s).every((c) => c > hi) || cols(s).every((c) => c < lo))) ?? null
  );
}

/**
 * A comparison's rate column (增加率, % change) is checked against the two periods it states: the
 * period whose figure it is computed from gets it as its printed ratio, wherever the column stands.
 */
function comparisonRates(view: SheetView, shape: ColumnShape, rows: readonly number[]): Confirmed {
  const stated = statedRates(view, shape.band, rows);
  const evidence: StatedRate[] = [];
  const periods = shape.periods.map((p) => {
    const s = stated.find((r) => r.of === p.actual && r.over === p.baseline);
    if (!s || (p.reported !== undefined && p.reported !== s.rate)) return p;
    evidence.push(s);
    return { ...p, reported: s.rate, reportedInPoints: s.points };
  });
  const certainty = evidence.length > 0 ? "certain" : "probable";
  return { shape: evidence.length > 0 ? { ...shape, periods } : shape, certainty, evidence, doubtful: null };
}

/** The rows under a header up to the first two blank rows: those a hypothesis is tested on. */
export function rowsBelow(view: SheetView, band: ColumnShape["band"], taken: ReadonlySet<number>): number[] {
  const rows: number[] = [];
  let blank = 0;
  for (let r = band.bottom + 1; r <= view.bottom && blank < 2 && rows.length < 200 && !taken.has(r); r++) {
    if (view.isBlankRow(r)) blank++;
    else {
      blank = 0;
      rows.push(r);
    }
  }
  return rows;
}

/** Whether a column's cells are words on most of the rows. */
function wordsOnMostRows(view: SheetView, rows: readonly number[], col: number): boolean {
  const texts = rows.filter((r) => {
    const text = view.text(r, col);
    return text !== "" && !/^[\d\s.,%()（）-]+$/.test(text);
  }).length;
  return texts * 2 > rows.length;
}

/** Whether most of a column's words stand merged over several rows: the heading of the rows, no name. */
function mergedOverRows(view: SheetView, rows: readonly number[], col: number): boolean {
  const tails = rows.filter((r) => view.isMergedTail(r, col)).length;
  return tails * 3 >= rows.length;
}

/**
 * The columns left of the figures that name the rows: the first whose cells are words on most rows;
 * where that one stands merged down over its rows (章 "第4章 環境" over 一般 | 企業 | 計, a plan's
 * chapters over its accounts) and the next column holds words of each row, the merged one is their
 * heading and the next names them: both, heading first.
 */
function nameColumnsOf(
  view: SheetView,
  band: ColumnShape["band"],
  rows: readonly number[],
  before: number,
): number[] | null {
  const cols = band.columns.map((c) => c.col).filter((c) => c < before);
  const at = cols.findIndex((c) => wordsOnMostRows(view, rows, c));
  const first = cols[at];
  if (first === undefined) return null;
  const next = cols[at + 1];
  const rowNames =
    next !== undefined &&
    mergedOverRows(view, rows, first) &&
    wordsOnMostRows(view, rows, next) &&
    !mergedOverRows(view, rows, next);
  return rowNames ? [first, next] : [first];
}

/**
 * "Year | BE | RE | Expenditure | Expenditure as percentage of RE" (an Indian ministry's answer): no
 * names, the years down a column headed as the period. The table is one series over those years.
 */
function yearsColumnOf(
  view: SheetView,
  band: ColumnShape["band"],
  rows: readonly number[],
  before: number,
  ratios: readonly StatedRate[],
): number[] | null {
  const years = band.columns.find((c) => c.col < before && c.role === "period");
  if (!years) return null;
  // 人員維持 | 百分比 | 作業維持 | 百分比 … | 預算金額 (a ministry's budget by part over the years): each
  // part's share of one whole, printed beside it; parts of a whole, no result against a target.
  const over = ratios[0]?.over;
  if (new Set(ratios.filter((r) => r.over === over).map((r) => r.rate)).size > 1) return null;
  const dated = rows.filter((r) => parsePeriod(view.cell(r, years.col).value) !== null).length;
  return dated * 3 >= rows.length * 2 ? [years.col] : null;
}

/** Whether the words of a column repeat down its rows (一般 under each chapter): no name on their own. */
function repeatsDown(view: SheetView, rows: readonly number[], col: number): boolean {
  const texts = rows.map((r) => view.text(r, col)).filter((t) => t !== "");
  return new Set(texts).size < texts.length;
}

/**
 * The figures read with names from the columns above: the last names each row, those before head
 * it. Where the row's words repeat under each heading (一般 | 企業 under every chapter) a row is
 * known only by both, so its name is both ("第4章 環境 企業"), not a word a report shows alone.
 */
function namedBy(view: SheetView, rows: readonly number[], nameCols: readonly number[], shape: ColumnShape) {
  if (nameCols.length < 2) return shape;
  return { ...shape, nameCols, ...(repeatsDown(view, rows, shape.nameCol) ? { joinNames: true } : {}) };
}

/**
 * Shares of one whole, each part's printed (Met ÷ Total and Not met ÷ Total, Total = Met + Not met),
 * where no word calls the whole a target or a budget: the share is a result (a charter's share met),
 * the whole no target. A budget with its balance beside it prints no share of the balance.
 */
function shareOfWhole(
  view: SheetView,
  band: ColumnShape["band"],
  rows: readonly number[],
  stated: readonly StatedRate[],
  s: StatedRate,
): boolean {
  if (s.relation !== "ratio") return false;
  const role = band.columns.find((c) => c.col === s.over)?.role ?? null;
  if (role === "target" || role === "budget") return false;
  const other = otherPartOf(view, band, rows, s.over, s.of);
  return other !== null && stated.some((t) => t.relation === "ratio" && t.of === other && t.over === s.over);
}

/**
 * A table whose header words name no figure (項目 | A欄 | B欄 | 比率), read from its arithmetic
 * alone: a rate column that is X ÷ Y on most rows makes X the actual and Y the target, whatever the
 * headers say. Null where no rate follows from two columns, or no column holds names.
 */
export function shapeFromArithmetic(
  view: SheetView,
  band: ColumnShape["band"],
  taken: ReadonlySet<number>,
): Confirmed | null {
  const rows = rowsBelow(view, band, taken);
  if (rows.length < 2) return null;
  const stated = statedRates(view, band, rows);
  const ratios = stated.filter((s) => s.relation === "ratio");
  const best = ratios.sort((a, b) => b.agree - a.agree)[0];
  if (!best) return changeAsResult(view, band, rows, stated);
  const before = Math.min(best.of, best.over, best.rate);
  const nameCols = nameColumnsOf(view, band, rows, before) ?? yearsColumnOf(view, band, rows, before, ratios);
  const nameCol = nameCols?.[nameCols.length - 1];
  if (nameCols === null || nameCol === undefined) return null;
  // Met ÷ Total, where Total = Met + Not met: the share that met is the result; the total no target.
  if (shareOfWhole(view, band, rows, stated, best)) {
    const share = namedBy(
      view,
      rows,
      nameCols,
      namesAndFigures("long", nameCol, band, [{ period: null, actual: best.rate }]),
    );
    return { shape: share, certainty: "certain", evidence: [best], doubtful: null };
  }
  const shape = namedBy(
    view,
    rows,
    nameCols,
    namesAndFigures("long", nameCol, band, [
      {
        period: null,
        target: best.over,
        actual: best.of,
        reported: best.rate,
        reportedInPoints: best.points,
      },
    ]),
  );
  return { shape, certainty: "certain", evidence: [best], doubtful: null };
}

/**
 * "委託投資金額 | 目前資產淨值 | 投資報酬率", the rate (C − B) ÷ B on most rows and no target anywhere:
 * the change is each line's result (a return, a growth), the amounts it is made of its parts. Only
 * where neither amount names a period: 本年度 | 上年度 | 增加率 compares two years, read as such.
 */
function changeAsResult(
  view: SheetView,
  band: ColumnShape["band"],
  rows: readonly number[],
  stated: ReturnType<typeof statedRates>,
): Confirmed | null {
  const change = stated.filter((s) => s.relation === "change").sort((a, b) => b.agree - a.agree)[0];
  if (!change) return null;
  const dated = (col: number) => band.columns.some((c) => c.col === col && c.period !== null);
  if (dated(change.of) || dated(change.over) || band.columns.some((c) => c.role === "target")) return null;
  const nameCols = nameColumnsOf(view, band, rows, Math.min(change.of, change.over, change.rate));
  const nameCol = nameCols?.[nameCols.length - 1];
  if (nameCols === null || nameCol === undefined) return null;
  const shape = namedBy(
    view,
    rows,
    nameCols,
    namesAndFigures("long", nameCol, band, [{ period: null, actual: change.rate }]),
  );
  return { shape, certainty: "certain", evidence: [change], doubtful: null };
}
