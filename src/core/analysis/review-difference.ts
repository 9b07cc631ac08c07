import type { Finding } from "../findings";
import { agreesAtPrecision } from "../measures/agreement";
import type { DifferenceRelation, PeriodInput } from "./indicator-input";

/** The difference a relation gives for a target and an actual. */
export function differenceOf(relation: DifferenceRelation, target: number, actual: number): number {
  if (relation === "actualLessTarget") return actual - target;
  if (relation === "targetLessActual") return target - actual;
  return Math.abs(actual - target);
}

/**
 * A printed difference (Variance, 比較增減) that breaks the relation the table states on its other
 * rows (2,699 where 2,581 − (−180) = 2,761): REPORTED_MISMATCH at the difference's cell.
 */
export function checkDifference(
  sheet: string,
  indicator: string,
  period: PeriodInput,
  target: number | null,
  actual: number | null,
): Finding[] {
  const cell = period.difference;
  const relation = period.differenceRelation;
  if (cell == null || relation === undefined || cell.value.kind !== "number" || target === null || actual === null)
    return [];
  const computed = differenceOf(relation, target, actual);
  if (agreesAtPrecision(cell.value, computed)) return [];
  return [
    {
      code: "REPORTED_MISMATCH",
      severity: "error",
      sheet,
      cell: cell.address,
      params: { indicator, against: "difference", reported: cell.value.value, computed },
      value: computed,
    },
  ];
}
