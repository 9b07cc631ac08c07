import type { Diagnosis, Finding } from "../findings";
import { agreesAtPrecision } from "../measures/agreement";
import type { Computed } from "../measures/computed";
import type { NumberValue } from "../values/cell-value";
import type { SourceCell } from "./indicator-input";

export interface ReportedContext {
  readonly sheet: string;
  readonly indicator: string;
  readonly reported: SourceCell | null;
  readonly achievement: Computed;
  readonly target: number | null;
  readonly actual: number | null;
  readonly previousActual: number | null;
}

/**
 * A reported 達成度 that disagrees with the figures at its own precision (REPORTED_MISMATCH), and why,
 * where the figures say: capped at 100% (140% reported as 100%),
 * the actual itself (a growth rate reported as achievement, 77.5%), or a growth (the excess over
 * target, 1,061% for 92,885 vs 8,000; or the change on the previous period).
 */
export function checkReported(c: ReportedContext): Finding[] {
  const reported = c.reported;
  if (reported === null || reported.value.kind !== "number" || !c.achievement.ok) return [];
  const figure = reported.value;
  const computed = c.achievement.value;
  if (agreesAtPrecision(figure, computed)) return [];
  const diagnosis = diagnose(c, figure, computed);
  return [
    {
      code: "REPORTED_MISMATCH",
      severity: "error",
      sheet: c.sheet,
      cell: reported.address,
      params: { indicator: c.indicator, against: "target", reported: figure.value, computed },
      value: computed,
      ...(diagnosis ? { diagnosis } : {}),
    },
  ];
}

/** Why it disagrees, where the figures say; nothing when they do not. */
function diagnose(c: ReportedContext, figure: NumberValue, computed: number): Diagnosis | null {
  if (computed > 1 && agreesAtPrecision(figure, 1)) return { code: "REPORTED_CAPPED" };
  if (c.actual !== null && agreesAtPrecision(figure, c.actual)) return { code: "REPORTED_IS_ACTUAL" };
  if (
    c.target !== null &&
    c.actual !== null &&
    c.target > 0 &&
    agreesAtPrecision(figure, (c.actual - c.target) / c.target)
  )
    return { code: "REPORTED_IS_GROWTH", basis: "target" };
  if (
    c.previousActual !== null &&
    c.actual !== null &&
    c.previousActual > 0 &&
    agreesAtPrecision(figure, c.actual / c.previousActual - 1)
  )
    return { code: "REPORTED_IS_GROWTH", basis: "previous" };
  return null;
}

/**
 * A ratio printed beside a comparison (達成率 116% for 70,000 against 60,000) has no target to be
 * read against: it must be the ratio to the previous period, or the change on it.
 */
export function checkReportedRatio(
  sheet: string,
  indicator: string,
  reported: SourceCell | null,
  actual: number | null,
  baseline: number | null,
): Finding[] {
  if (reported === null || reported.value.kind !== "number" || actual === null || baseline === null || baseline <= 0)
    return [];
  const ratio = actual / baseline;
  if (agreesAtPrecision(reported.value, ratio) || agreesAtPrecision(reported.value, ratio - 1)) return [];
  return [
    {
      code: "REPORTED_MISMATCH",
      severity: "error",
      sheet,
      cell: reported.address,
      params: { indicator, against: "previous", reported: reported.value.value, computed: ratio },
      value: ratio,
    },
  ];
}
