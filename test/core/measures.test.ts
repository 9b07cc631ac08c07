import {
  achievement,
  cagr,
  capAt,
  growth,
  growthIndex,
  isMet,
  relativeChange,
  valueOrNull,
  type Computed,
} from "../../src/core";

const value = (c: Computed): number | null => valueOrNull(c);

describe("achievement (達成度)", () => {
  test.each([
    ["higher: actual ÷ target", 600000, 603349, "higher", 603349 / 600000],
    ["ratio of ratios: (9/11) ÷ 80%", 0.8, 9 / 11, "higher", 9 / 11 / 0.8],
    ["lower: target ÷ actual (rank)", 1, 2, "lower", 0.5],
    ["lower met", 3, 1, "lower", 3],
    ["closer: exact", 100, 100, "closer", 1],
    ["closer: 10% off", 100, 110, "closer", 0.9],
    ["closer: never below 0", 100, 300, "closer", 0],
  ] as const)("%s", (_l, target, actual, direction, expected) => {
    expect(value(achievement(target, actual, direction))).toBeCloseTo(expected, 12);
  });

  test("(9/11) ÷ 80% is 102.3%", () => {
    expect(Math.round((value(achievement(0.8, 9 / 11, "higher")) ?? 0) * 1000) / 10).toBe(102.3);
  });

  test.each([
    [null, 5, "higher", "missing-target"],
    [5, null, "higher", "missing-actual"],
    [0, 5, "higher", "zero-target"],
    [5, 0, "lower", "zero-actual"],
    [-5, 3, "higher", "negative-base"],
    [0, 0, "closer", "zero-target"],
  ] as const)("target %s actual %s (%s) is not computable: %s", (target, actual, direction, reason) => {
    expect(achievement(target, actual, direction)).toEqual({ ok: false, reason });
  });

  test("met compares figures, by direction", () => {
    expect(isMet(3287, 3182, "higher")).toBe(false);
    expect(isMet(1, 1, "lower")).toBe(true);
    expect(isMet(1, 2, "lower")).toBe(false);
    expect(isMet(100, 100, "closer")).toBe(true);
    expect(isMet(null, 1, "higher")).toBeNull();
  });

  test("cap at 100% is optional", () => {
    expect(value(capAt(achievement(60, 84, "higher")))).toBe(1);
    expect(value(achievement(60, 84, "higher"))).toBeCloseTo(1.4, 12);
    expect(capAt({ ok: false, reason: "zero-target" })).toEqual({ ok: false, reason: "zero-target" });
  });
});

describe("growth", () => {
  test("current ÷ previous − 1", () => {
    expect(value(growth(3170, 2803))).toBeCloseTo(3170 / 2803 - 1, 12);
    expect(value(growth(158, 89))).toBeCloseTo(0.7752808988764045, 12);
  });
  test("index current ÷ previous", () => {
    expect(value(growthIndex(7, 6))).toBeCloseTo(7 / 6, 12);
  });
  test("composite C = (A − B) ÷ B", () => {
    const a = (120 / 150) * 3_000_000;
    const b = (100 / 130) * 3_000_000;
    expect(value(relativeChange(a, b))).toBeCloseTo((a - b) / b, 12);
  });
  test.each([
    [5, 0, "zero-base"],
    [5, null, "missing-previous"],
    [null, 5, "missing-actual"],
    [5, -2, "negative-base"],
  ] as const)("growth(%s, %s) is not computable: %s", (current, previous, reason) => {
    expect(growth(current, previous)).toEqual({ ok: false, reason });
    expect(growthIndex(current, previous)).toEqual({ ok: false, reason });
  });
  test("CAGR", () => {
    expect(value(cagr(100, 121, 2))).toBeCloseTo(0.1, 12);
    expect(cagr(100, 121, 0)).toEqual({ ok: false, reason: "no-span" });
    expect(cagr(0, 121, 2)).toEqual({ ok: false, reason: "zero-base" });
  });
  test("never NaN or Infinity", () => {
    for (const c of [growth(0, 0), achievement(0, 0, "higher"), achievement(0, 0, "lower"), cagr(0, 0, 1)]) {
      expect(c.ok).toBe(false);
    }
  });
});

test("a quotient that overflows is not computable (found by the property test)", () => {
  expect(achievement(5e-324, 8.881784197001252e-16, "higher")).toEqual({ ok: false, reason: "out-of-range" });
  expect(growth(1e308, 1e-308)).toEqual({ ok: false, reason: "out-of-range" });
  expect(cagr(1e-308, 1e308, 1)).toEqual({ ok: false, reason: "out-of-range" });
});
