import { formatPercent, type Diagnosis, type DiagnosisCode, type Finding } from "../findings";
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
  const shown = formatPercent(figure.value);
  const diagnosis = diagnose(c, figure, computed);
  const why = diagnosis ? { zh: diagnosis.message, en: ` ${diagnosis.messageEn}` } : { zh: "", en: "" };
  return [
    {
      code: "REPORTED_MISMATCH",
      severity: "error",
      sheet: c.sheet,
      cell: reported.address,
      message: `「${c.indicator}」填報達成度 ${shown}，但依目標值與實際值計算為 ${formatPercent(computed)}；${why.zh}請核對數字或計算方式。`,
      messageEn: `"${c.indicator}" reports ${shown} achievement, but the target and actual give ${formatPercent(computed)}.${why.en} Check the figures or the method.`,
      value: computed,
      ...(diagnosis ? { diagnosis } : {}),
    },
  ];
}

/** Why it disagrees, where the figures say; nothing when they do not. */
function diagnose(c: ReportedContext, figure: NumberValue, computed: number): Diagnosis | null {
  const at = (code: DiagnosisCode, zh: string, en: string): Diagnosis => ({
    code,
    message: `填報值${zh}。`,
    messageEn: `The reported figure is ${en}.`,
  });
  if (computed > 1 && agreesAtPrecision(figure, 1))
    return at("REPORTED_CAPPED", "為計算值以 100% 為上限截取", "the computed one capped at 100%");
  if (c.actual !== null && agreesAtPrecision(figure, c.actual))
    return at(
      "REPORTED_IS_ACTUAL",
      "等於實際值本身（成長率），而非達成度",
      "the actual itself (a growth rate), not the achievement",
    );
  if (
    c.target !== null &&
    c.actual !== null &&
    c.target > 0 &&
    agreesAtPrecision(figure, (c.actual - c.target) / c.target)
  )
    return at(
      "REPORTED_IS_GROWTH",
      "等於超出目標的成長率（(實際值 − 目標值) ÷ 目標值）",
      "the growth over target ((actual − target) ÷ target)",
    );
  if (
    c.previousActual !== null &&
    c.actual !== null &&
    c.previousActual > 0 &&
    agreesAtPrecision(figure, c.actual / c.previousActual - 1)
  )
    return at("REPORTED_IS_GROWTH", "等於較前期的成長率", "the growth on the previous period");
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
  const shown = formatPercent(reported.value.value);
  return [
    {
      code: "REPORTED_MISMATCH",
      severity: "error",
      sheet,
      cell: reported.address,
      message: `「${indicator}」填報 ${shown}，但本期與前期之比為 ${formatPercent(ratio)}（增減 ${formatPercent(ratio - 1)}）；請核對數字或計算方式。`,
      messageEn: `"${indicator}" reports ${shown}, but this period against the previous one is ${formatPercent(ratio)} (a change of ${formatPercent(ratio - 1)}); check the figures or the method.`,
      value: ratio,
    },
  ];
}
