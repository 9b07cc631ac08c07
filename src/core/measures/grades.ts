import { InvalidOptionsError } from "../errors";

/** A score-sheet grade: awarded at `min` and above; the last band has no minimum. */
export interface GradeBand {
  readonly grade: string;
  readonly min: number | null;
}

/** 特優 95 分以上, 優等 90 以上未滿 95, 甲等 85 以上未滿 90, 乙等 未滿 85 (110 年度考核計畫). */
export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = [
  { grade: "特優", min: 95 },
  { grade: "優等", min: 90 },
  { grade: "甲等", min: 85 },
  { grade: "乙等", min: null },
];

export function checkGradeBands(bands: readonly GradeBand[]): readonly GradeBand[] {
  const last = bands[bands.length - 1];
  if (last === undefined || last.min !== null) {
    throw new InvalidOptionsError("lastGradeMinimum");
  }
  let previous = Infinity;
  for (const band of bands.slice(0, -1)) {
    if (band.min === null || !Number.isFinite(band.min) || band.min >= previous) {
      throw new InvalidOptionsError("gradeMinimum", { grade: band.grade });
    }
    previous = band.min;
  }
  return bands;
}

export function gradeFor(score: number, bands: readonly GradeBand[] = DEFAULT_GRADE_BANDS): string {
  for (const band of bands) {
    if (band.min === null || score >= band.min) return band.grade;
  }
  // checkGradeBands guarantees a catch-all; unchecked bands fall back to the lowest named grade.
  return bands[bands.length - 1]?.grade ?? "";
}
