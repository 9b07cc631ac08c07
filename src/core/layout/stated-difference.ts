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
const DIFFERENCE_HEADER = /比較增減|增減|差異|差額|variance|variation|difference/i;
const RELATIONS: readonly DifferenceRelation[] = ["actualLessTarget", "targetLessActual", "distance"];
const SAMPLE_ROWS = 200;
const CONFIRMED_SHARE = 2 / 3;

function numberAt(view: SheetView, r: number, c: number | undefined) {
  if (c === undefined) return null;
  const value = parseValue(view.cell(r, c));
  return value.kind === "number" ? value : null;
}

function holds(view: SheetView, rows: readonly number[], p: PeriodColumns, col: number, relation: DifferenceRelation) {
  let agree = 0;
  let seen = 0;
  for (const r of rows.slice(0, SAMPLE_ROWS)) {
    const [target, actual, printed] = [
      numberAt(view, r, p.target),
      numberAt(view, r, p.actual),
      numberAt(view, r, col),
    ];
    if (target === null || actual === null || printed === null) continue;
    seen++;
    if (agreesAtPrecision(printed, differenceOf(relation, target.value, actual.value))) agree++;
  }
  return seen >= 3 && agree >= CONFIRMED_SHARE * seen - 1e-9;
}

/** The single period with its printed difference column and relation, where the table states one. */
export function withStatedDifference(view: SheetView, shape: ColumnShape, rows: readonly number[]): ColumnShape {
  const [only] = shape.periods;
  if (shape.periods.length !== 1 || only?.target === undefined || only.actual === undefined) return shape;
  const used = new Set([only.target, only.actual, only.reported]);
  for (const c of shape.band.columns) {
    if (used.has(c.col) || !DIFFERENCE_HEADER.test(c.text)) continue;
    const relation = RELATIONS.find((rel) => holds(view, rows, only, c.col, rel));
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
