/**
 * Every figure in the fixtures' *.expected.json that can be checked from the figures alone,
 * without reading a workbook: achievement, met, light and growth from target and actual;
 * agreement of each reported figure; grades of the score totals.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  achievement,
  agreesAtPrecision,
  gradeFor,
  growth,
  isMet,
  lightFor,
  parseValue,
  valueOrNull,
  type Direction,
  type NumberValue,
} from "../../src/core";

const dir = join(__dirname, "..", "fixtures", "shared");
const load = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), "utf8"));

interface ExpectedPeriod {
  target?: number | null;
  actual?: number | null;
  achievement: number | null;
  reported: number | null;
  growth?: number | null;
  met: boolean | null;
  light?: string;
  cells: { reported?: string };
}
interface ExpectedIndicator {
  name: string;
  direction?: Direction;
  periods: ExpectedPeriod[];
}

/** A reported fraction as the percentage it was written as: 1.0055 → "100.55%", 1 → "100%". */
function asWrittenPercent(fraction: number): NumberValue {
  const [whole = "0", decimals = ""] = String(fraction).split(".");
  const digits = (whole + decimals.padEnd(2, "0")).replace(/^0+(?=\d)/, "");
  const pointAt = digits.length - Math.max(0, decimals.length - 2);
  const text = `${digits.slice(0, pointAt)}${pointAt < digits.length ? "." + digits.slice(pointAt) : ""}%`;
  const parsed = parseValue({ value: text });
  if (parsed.kind !== "number") throw new Error(text);
  return parsed;
}

describe("kpi-report-107.expected.json", () => {
  const expected = load("kpi-report-107.expected.json") as { indicators: ExpectedIndicator[] };
  for (const indicator of expected.indicators) {
    const direction = indicator.direction ?? "higher";
    test.each(indicator.periods.map((p, i) => [i, p] as const))(`${indicator.name} period %i`, (i, period) => {
      const target = period.target ?? null;
      const actual = period.actual ?? null;
      const result = achievement(target, actual, direction);
      const met = isMet(target, actual, direction);
      expect(valueOrNull(result)).toEqual(period.achievement === null ? null : expect.closeTo(period.achievement, 10));
      expect(met).toBe(period.met);
      expect(lightFor(result, met)).toBe(period.light);
      const previous = i === 0 ? undefined : indicator.periods[i - 1];
      const g = previous === undefined ? null : valueOrNull(growth(actual, previous.actual ?? null));
      expect(g).toEqual(
        period.growth === null || period.growth === undefined ? null : expect.closeTo(period.growth, 10),
      );
      if (period.reported !== null && period.achievement !== null) {
        expect(agreesAtPrecision(asWrittenPercent(period.reported), period.achievement)).toBe(true);
      }
    });
  }
});

describe("budget-performance-100.expected.json", () => {
  const expected = load("budget-performance-100.expected.json") as {
    indicators: ExpectedIndicator[];
    mismatches: string[];
    consistent: string[];
  };
  const periods = expected.indicators.flatMap((i) => i.periods);
  test.each(periods.map((p) => [p.cells.reported ?? "?", p] as const))("%s agreement", (cell, period) => {
    expect(period.reported).not.toBeNull();
    expect(period.achievement).not.toBeNull();
    const agrees = agreesAtPrecision(asWrittenPercent(period.reported ?? 0), period.achievement ?? 0);
    expect(agrees).toBe(!expected.mismatches.includes(cell));
    if (expected.consistent.includes(cell)) expect(agrees).toBe(true);
  });
  test("met follows achievement ≥ 100%", () => {
    for (const period of periods) expect((period.achievement ?? 0) >= 1).toBe(period.met);
  });
});

describe("evaluation-scorecard-110.expected.json", () => {
  const expected = load("evaluation-scorecard-110.expected.json") as {
    totals: Record<string, number>;
    grades: Record<string, string>;
    bands: [string, number | null][];
  };
  const bands = expected.bands.map(([grade, min]) => ({ grade, min }));
  test.each(Object.entries(expected.totals))("%s total %s gets its grade", (column, total) => {
    expect(gradeFor(total, bands)).toBe(expected.grades[column]);
    expect(gradeFor(total)).toBe(expected.grades[column]);
  });
});
