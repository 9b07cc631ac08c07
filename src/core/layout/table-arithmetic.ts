import { agreesAtPrecision, type ReportedFigure } from "../measures/agreement";
import { parseValue } from "../values/parse-value";
import type { ParsedValue } from "../values/cell-value";
import type { HeaderBand, HeaderColumn } from "./header-band";
import { inPercentPoints } from "./header-words";
import type { SheetView } from "./sheet-view";

/**
 * The arithmetic a table states about itself. A column of rates (達成度, 執行率, 占分配數%, 增加率,
 * % Change) that equals X ÷ Y, or (X − Y) ÷ Y, on most rows at its printed precision names the roles
 * of X and Y whatever their headers say: this is the one kind of evidence every table carries, and
 * the one that cannot be fitted to a table's words.
 */
export type Relation = "ratio" | "change";

export interface StatedRate {
  /** The rate column, and the two columns it is computed from: of ÷ over, or (of − over) ÷ over. */
  readonly rate: number;
  readonly relation: Relation;
  readonly of: number;
  readonly over: number;
  /** Rows on which the relation holds, of the rows where all three hold figures. */
  readonly agree: number;
  readonly rows: number;
  /** The rate's printed decimals (in percent), for the explanation. */
  readonly decimals: number;
  /** Its figures are percentage points (96.92 is 96.92%), as the arithmetic read them. */
  readonly points: boolean;
}

/** Rows read for the hypothesis: enough to be sure, few enough to cost nothing on 20,000 rows. */
const SAMPLE_ROWS = 200;
/** A relation is the table's own when it holds on this share of its rows, and on two at least. */
const CONFIRMED_SHARE = 2 / 3;

const RATE_HEADER = /率|%|％|百分比|比例|占比|percent|ratio|change|achievement|達成度/i;
const RATE_ROLES = new Set(["reported", "rate"]);

type Column = Array<number | null>;

function figureAt(view: SheetView, row: number, col: number): ReportedFigure | null {
  const value = parseValue(view.cell(row, col));
  return value.kind === "number" ? { value: value.value, step: value.step } : null;
}

/** Bare figures past 2 on most of a column's numbers (90, 75, 95): percentage points, as most sheets print them. */
export function mostlyPoints(values: readonly ParsedValue[]): boolean {
  let big = 0;
  let any = 0;
  for (const value of values) {
    if (value.kind !== "number") continue;
    any++;
    if (!value.percent && Math.abs(value.value) > 2) big++;
  }
  return any > 0 && big * 2 > any;
}

/**
 * A rate column's figures as fractions: "90" under "占分配數%" is 90%, "90%" is already 0.9. `points`
 * says whether the bare figures were read as percentage points, for the reading that follows.
 */
function rateColumn(
  view: SheetView,
  rows: readonly number[],
  header: HeaderColumn,
): { figures: ReportedFigure[]; points: boolean } | null {
  const figures: ReportedFigure[] = [];
  const values = rows.map((r) => parseValue(view.cell(r, header.col)));
  if (values.filter((v) => v.kind === "number").length < 2) return null;
  // A header without "%" over 90, 75, 95: percentage points all the same.
  const points = inPercentPoints(header.text) || mostlyPoints(values);
  for (const value of values) {
    if (value.kind !== "number") figures.push({ value: Number.NaN, step: 0 });
    else if (value.percent || !points) figures.push({ value: value.value, step: value.step });
    else figures.push({ value: value.value / 100, step: value.step / 100 });
  }
  return { figures, points };
}

function figureColumn(view: SheetView, rows: readonly number[], col: number): Column {
  return rows.map((r) => figureAt(view, r, col)?.value ?? null);
}

function decimalsOf(rates: readonly ReportedFigure[]): number {
  const step = rates.find((r) => Number.isFinite(r.value) && r.step > 0)?.step ?? 0;
  return step > 0 ? Math.max(0, Math.round(-Math.log10(step * 100))) : 0;
}

function tally(rates: readonly ReportedFigure[], x: Column, y: Column, relation: Relation) {
  let rows = 0;
  let agree = 0;
  for (let i = 0; i < rates.length; i++) {
    const rate = rates[i];
    const of = x[i];
    const over = y[i];
    if (rate === undefined || !Number.isFinite(rate.value) || of == null || over == null || over === 0) continue;
    rows++;
    const computed = relation === "ratio" ? of / over : (of - over) / over;
    if (agreesAtPrecision(rate, computed)) agree++;
  }
  return { rows, agree };
}

/**
 * Every relation of a rate column to two other columns of the table that holds on most rows, the
 * best held first (a rate may follow from two pairs: 增加率 is the change on last year, and the
 * difference column over last year). `rows` are the table's data rows; only the first few hundred
 * are read.
 */
export function statedRates(view: SheetView, band: HeaderBand, rows: readonly number[]): StatedRate[] {
  const sample = rows.slice(0, SAMPLE_ROWS);
  const rateHeaders = band.columns.filter(
    (c) => (c.role !== null && RATE_ROLES.has(c.role)) || RATE_HEADER.test(c.text),
  );
  const rates = new Map<number, ReportedFigure[]>();
  const points = new Set<number>();
  for (const header of rateHeaders) {
    const column = rateColumn(view, sample, header);
    if (column) rates.set(header.col, column.figures);
    if (column?.points) points.add(header.col);
  }
  if (rates.size === 0) return [];
  const figures = new Map<number, Column>();
  for (const c of band.columns) {
    if (rates.has(c.col)) continue;
    const column = figureColumn(view, sample, c.col);
    if (column.filter((v) => v !== null).length >= 2) figures.set(c.col, column);
  }
  const found: StatedRate[] = [];
  for (const [rate, values] of rates)
    for (const relation of ["ratio", "change"] as const)
      for (const [of, x] of figures)
        for (const [over, y] of figures) {
          if (of === over) continue;
          const { rows: n, agree } = tally(values, x, y, relation);
          if (n < 2 || agree < 2 || agree < CONFIRMED_SHARE * n - 1e-9) continue;
          found.push({
            rate,
            relation,
            of,
            over,
            agree,
            rows: n,
            decimals: decimalsOf(values),
            points: points.has(rate),
          });
        }
  // Stable: of two relations held as often, the ratio and the leftmost columns first.
  return found.sort((a, b) => b.agree - a.agree);
}

/** How often a rate agrees with of ÷ over, or with over ÷ of (a lower-is-better row), on the sample. */
export function agreementWith(
  view: SheetView,
  band: HeaderBand,
  rows: readonly number[],
  rate: number,
  of: number,
  over: number,
): { agree: number; rows: number } {
  const header = band.columns.find((c) => c.col === rate);
  if (!header) return { agree: 0, rows: 0 };
  const sample = rows.slice(0, SAMPLE_ROWS);
  const values = rateColumn(view, sample, header)?.figures;
  if (!values) return { agree: 0, rows: 0 };
  const x = figureColumn(view, sample, of);
  const y = figureColumn(view, sample, over);
  let agree = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const a = x[i];
    const b = y[i];
    if (v === undefined || !Number.isFinite(v.value) || a == null || b == null || a === 0 || b === 0) continue;
    n++;
    // Capped at 100% (as some offices print it) is still this reading, with a finding on the row.
    if (agreesAtPrecision(v, a / b) || agreesAtPrecision(v, b / a) || (a / b > 1 && agreesAtPrecision(v, 1))) agree++;
  }
  return { agree, rows: n };
}

/**
 * The other part, where the column a rate is over is the whole two parts make: Total = Met + Not met
 * on the rows (a client charter's 40 = 36 + 4, 受理件數 = 如期辦結件數 + 逾期件數). Null where none is.
 */
export function otherPartOf(
  view: SheetView,
  band: HeaderBand,
  rows: readonly number[],
  whole: number,
  part: number,
): number | null {
  const sample = rows.slice(0, SAMPLE_ROWS);
  const total = figureColumn(view, sample, whole);
  const first = figureColumn(view, sample, part);
  const other = band.columns.find((c) => {
    if (c.col === whole || c.col === part) return false;
    const second = figureColumn(view, sample, c.col);
    let agree = 0;
    let n = 0;
    for (let i = 0; i < sample.length; i++) {
      const t = total[i];
      const a = first[i];
      const b = second[i];
      if (t == null || a == null || b == null || t === 0) continue;
      n++;
      if (Math.abs(a + b - t) <= 1e-9 * Math.max(1, Math.abs(t)) && a >= 0 && b >= 0) agree++;
    }
    return agree >= 2 && agree >= CONFIRMED_SHARE * n - 1e-9;
  });
  return other?.col ?? null;
}
