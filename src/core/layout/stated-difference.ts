import type { DifferenceRelation, SourceCell } from "../analysis/indicator-input";
import { agreesAtPrecision } from "../measures/agreement";
import { differenceOf } from "../analysis/review-difference";
import { parseValue } from "../values/parse-value";
import type { ColumnShape, PeriodColumns } from "./column-shape";
import type { SheetView } from "./sheet-view";

/**
 * A column of differences the table prints beside a target and an actual (Variance, 比較增減,
 * Variation): where it is actual − target, target − actual or their distance on two thirds of the
 * rows and three at least, the table states that relation, and a row that breaks it is a finding on
 * that row (REPORTED_MISMATCH), as a printed rate that breaks its relation is.
 */
// "Value vs Target": the actual set against the target, their difference.
const DIFFERENCE_HEADER = /比較增減|增減|差異|差額|variance|variation|difference|\bvs\.?\s*target|versus\s+target/i;
const RELATIONS: readonly DifferenceRelation[] = ["actualLessTarget", "targetLessActual", "distance"];
const SAMPLE_ROWS = 200;
const CONFIRMED_SHARE = 2 / 3;

function numberAt(view: SheetView, r: number, c: number | undefined) {
  if (c === undefined) return null;
  const value = parseValue(view.cell(r, c));
  return value.kind === "number" ? value : null;
}

/** The rows' target, actual and printed difference, where all three are figures: read once per column. */
function triples(view: SheetView, rows: readonly number[], p: PeriodColumns, col: number) {
  const out: Array<{ target: number; actual: number; printed: { value: number; step: number } }> = [];
  for (const r of rows.slice(0, SAMPLE_ROWS)) {
    const [target, actual, printed] = [
      numberAt(view, r, p.target),
      numberAt(view, r, p.actual),
      numberAt(view, r, col),
    ];
    if (target !== null && actual !== null && printed !== null)
      out.push({ target: target.value, actual: actual.value, printed });
  }
  return out;
}

function holds(rows: ReturnType<typeof triples>, relation: DifferenceRelation): boolean {
  const agree = rows.filter((t) => agreesAtPrecision(t.printed, differenceOf(relation, t.target, t.actual))).length;
  return rows.length >= 3 && agree >= CONFIRMED_SHARE * rows.length - 1e-9;
}

/** The single period with its printed difference column and relation, where the table states one. */
export function withStatedDifference(view: SheetView, shape: ColumnShape, rows: readonly number[]): ColumnShape {
  const [only] = shape.periods;
  if (shape.periods.length !== 1 || only?.target === undefined || only.actual === undefined) return shape;
  const used = new Set([only.target, only.actual, only.reported]);
  for (const c of shape.band.columns) {
    if (used.has(c.col) || !DIFFERENCE_HEADER.test(c.text)) continue;
    const read = triples(view, rows, only, c.col);
    const relation = RELATIONS.find((rel) => holds(read, rel));
    if (relation) return { ...shape, periods: [{ ...only, difference: c.col, differenceRelation: relation }] };
  }
  return shape;
}

/** A row's printed difference, where the period has one. */
export function differenceCell(
  cell: (c: number) => SourceCell | null,
  p: PeriodColumns,
): { difference: SourceCell | null; differenceRelation: DifferenceRelation } | null {
  if (p.difference === undefined || p.differenceRelation === undefined) return null;
  return { difference: cell(p.difference), differenceRelation: p.differenceRelation };
}
