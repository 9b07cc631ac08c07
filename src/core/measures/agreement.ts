/**
 * Whether a reported figure agrees with the computed one at the precision it was reported with:
 * it agrees when it equals the computed figure rounded or truncated at that precision
 * (100.55% for 100.558% agrees; 102% for 102.27% agrees; 1,061% for 1,161% does not).
 */
export interface ReportedFigure {
  readonly value: number;
  /** Place value of the last reported digit; 0 when the figure is exact (e.g. a fraction 9/11). */
  readonly step: number;
}

/** Absorbs binary noise such as 1.0055 / 0.0001 = 10054.999999999998. */
const EPSILON_STEPS = 1e-6;

function roundHalfAwayFromZero(x: number): number {
  return Math.sign(x) * Math.floor(Math.abs(x) + 0.5 + EPSILON_STEPS);
}

function truncate(x: number): number {
  return Math.sign(x) * Math.floor(Math.abs(x) + EPSILON_STEPS);
}

export function agreesAtPrecision(reported: ReportedFigure, computedValue: number): boolean {
  if (!Number.isFinite(computedValue) || !Number.isFinite(reported.value)) return false;
  if (reported.step <= 0) {
    return Math.abs(reported.value - computedValue) <= 1e-9 * Math.max(1, Math.abs(computedValue));
  }
  const reportedSteps = Math.round(reported.value / reported.step);
  const computedSteps = computedValue / reported.step;
  return reportedSteps === roundHalfAwayFromZero(computedSteps) || reportedSteps === truncate(computedSteps);
}
