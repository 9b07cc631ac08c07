import { agreesAtPrecision, type ReportedFigure } from "../measures/agreement";
import { parseValue } from "../values/parse-value";
import { namesAndFigures, type ColumnShape } from "./column-shape";
import type { HeaderColumn } from "./header-band";
import type { SheetView } from "./sheet-view";

/**
 * A table printed without its header row (the copy starts at the first measure): no word names a
 * column, so only the table's own arithmetic can. A column of differences that equals X − Y on most
 * rows, X and Y percentages, right of both, with Y left of X (Target | Result | Variance, as every performance report
 * orders them), makes X the result and Y the target. The names are the column of distinct words left
 * of them. Null where no difference holds on three rows at least.
 */
export interface HeaderlessReading {
  readonly shape: ColumnShape;
  readonly difference: { readonly col: number; readonly of: number; readonly over: number };
  readonly agree: number;
  readonly rows: number;
  readonly decimals: number;
}

const MIN_AGREE = 3;
const CONFIRMED_SHARE = 2 / 3;
const SAMPLE_ROWS = 200;
/** Wider than this, a block of figures is no table printed without its header: it is not tried. */
const MAX_WIDTH = 40;

/** A difference as printed: "-18pp" and "4pp" are percentage points, so −0.18 and 0.04. */
function differenceAt(view: SheetView, r: number, c: number): ReportedFigure | null {
  const value = parseValue(view.cell(r, c));
  if (value.kind !== "number") return null;
  const points = value.unit !== null && /^(?:pp|ppt|pts?|個百分點|百分點)$/i.test(value.unit);
  return points ? { value: value.value / 100, step: value.step / 100 } : { value: value.value, step: value.step };
}

/**
 * Only percentages take part: a variance of measured rates in points is a result against its target,
 * while a difference of amounts (本年度 − 上年度 budgets, field2 − field3) may be a change between
 * periods, which no figure of the table can tell apart.
 */
function figureAt(view: SheetView, r: number, c: number): number | null {
  const value = parseValue(view.cell(r, c));
  return value.kind === "number" && value.percent ? value.value : null;
}

function rowsFrom(view: SheetView, top: number, taken: ReadonlySet<number>): number[] {
  const rows: number[] = [];
  for (let r = top; r <= view.bottom && rows.length < SAMPLE_ROWS && !taken.has(r) && !view.isBlankRow(r); r++)
    rows.push(r);
  return rows;
}

interface Held {
  col: number;
  of: number;
  over: number;
  agree: number;
  rows: number;
  decimals: number;
}

/** Each column's figures and differences on the rows, parsed once. */
interface Columns {
  figures: Array<Array<number | null>>;
  differences: Array<Array<ReportedFigure | null>>;
}

function columnsOf(view: SheetView, rows: readonly number[]): Columns {
  const figures: Array<Array<number | null>> = [];
  const differences: Array<Array<ReportedFigure | null>> = [];
  for (let c = view.left; c <= view.right; c++) {
    figures.push(rows.map((r) => figureAt(view, r, c)));
    differences.push(rows.map((r) => differenceAt(view, r, c)));
  }
  return { figures, differences };
}

/** How often the difference column equals of − over, on rows where all three are figures. */
function tally(columns: Columns, d: number, of: number, over: number): Held {
  const diffs = columns.differences[d] ?? [];
  const xs = columns.figures[of] ?? [];
  const ys = columns.figures[over] ?? [];
  let n = 0;
  let agree = 0;
  let moved = false;
  let step = 0;
  for (let i = 0; i < diffs.length; i++) {
    const diff = diffs[i];
    const x = xs[i];
    const y = ys[i];
    if (diff == null || x == null || y == null) continue;
    n++;
    if (x !== y) moved = true;
    if (agreesAtPrecision(diff, x - y)) agree++;
    step ||= diff.step;
  }
  // Two equal columns (0 = X − X) prove nothing.
  const decimals = step > 0 ? Math.max(0, Math.round(-Math.log10(step * 100))) : 0;
  return { col: d, of, over, agree: moved ? agree : 0, rows: n, decimals };
}

const counted = (values: ReadonlyArray<unknown>): number => values.filter((v) => v !== null).length;

/** The column left of `before` with distinct words on most rows: the names (a code repeated on every row is not). */
function namesLeftOf(view: SheetView, rows: readonly number[], before: number): number | null {
  let best: { col: number; distinct: number } | null = null;
  for (let c = view.left; c < before; c++) {
    const words = rows.map((r) => view.text(r, c)).filter((t) => t !== "" && parseValue({ value: t }).kind === "text");
    const distinct = new Set(words).size;
    if (words.length * 3 >= rows.length * 2 && distinct > (best?.distinct ?? 1)) best = { col: c, distinct };
  }
  return best?.col ?? null;
}

export function readingWithoutHeader(
  view: SheetView,
  top: number,
  taken: ReadonlySet<number>,
): HeaderlessReading | null {
  const rows = rowsFrom(view, top, taken);
  if (rows.length < MIN_AGREE) return null;
  const width = view.right - view.left + 1;
  if (width < 3 || width > MAX_WIDTH) return null;
  const columns = columnsOf(view, rows);
  // Offsets from view.left: only columns with three figures at least take part.
  const figured = columns.figures.map((f) => counted(f) >= MIN_AGREE);
  const differenced = columns.differences.map((f) => counted(f) >= MIN_AGREE);
  let best: Held | null = null;
  for (let d = 2; d < width; d++)
    for (let of = 1; of < d; of++)
      for (let over = 0; over < of; over++) {
        if (!differenced[d] || !figured[of] || !figured[over]) continue;
        const held = tally(columns, d, of, over);
        if (held.agree < MIN_AGREE || held.agree < CONFIRMED_SHARE * held.rows) continue;
        if (best === null || held.agree > best.agree) best = held;
      }
  if (best === null) return null;
  best = { ...best, col: best.col + view.left, of: best.of + view.left, over: best.over + view.left };
  const nameCol = namesLeftOf(view, rows, best.over);
  if (nameCol === null) return null;
  // The header a person would write is missing: each column stands there unnamed, so the table's
  // range and reading cover them all.
  const unnamed: HeaderColumn[] = [];
  for (let col = view.left; col <= view.right; col++)
    unnamed.push({ col, text: "", role: null, word: null, period: null, barePeriod: false, letter: null });
  const band = { top: top - 1, bottom: top - 1, columns: unnamed };
  const shape = namesAndFigures("long", nameCol, band, [{ period: null, target: best.over, actual: best.of }]);
  return {
    shape,
    difference: { col: best.col, of: best.of, over: best.over },
    agree: best.agree,
    rows: best.rows,
    decimals: best.decimals,
  };
}
