import { agreesAtPrecision, parseValue, type NumberValue } from "../../src/core";

function reported(text: string): NumberValue {
  const parsed = parseValue({ value: text });
  if (parsed.kind !== "number") throw new Error(`not a number: ${text}`);
  return parsed;
}

describe("a reported figure agrees when it is the computed one rounded or truncated at its precision", () => {
  test.each([
    ["100.55%", 1.005581666, true, "truncated"],
    ["100.56%", 1.005581666, true, "rounded"],
    ["100.54%", 1.005581666, false, "neither"],
    ["102%", 1.0227272727, true, "rounded"],
    ["1,061%", 11.610625, false, "off by 100 points"],
    ["230%", 194 / 82, false, "236.6% is not 230%"],
    ["96.81%", 3182 / 3287, true, "rounded"],
    ["96.8%", 3182 / 3287, true, "rounded at 1 dp"],
    ["97%", 3182 / 3287, true, "rounded at 0 dp"],
    ["96%", 3182 / 3287, true, "truncated at 0 dp"],
    ["95%", 3182 / 3287, false, "neither"],
    ["100%", 1, true, "exact"],
    ["100%", 1.4, false, "capped"],
    ["479.6%", 4.796, true, "exact"],
    ["77.5%", 38.764, false, "growth reported as achievement"],
  ])("%s vs %s → %s (%s)", (text, computed, agrees) => {
    expect(agreesAtPrecision(reported(text), computed)).toBe(agrees);
  });

  test("stored numbers use the precision of their format", () => {
    const f4 = parseValue({ value: 1.0055, format: "0.00%" }) as NumberValue;
    expect(agreesAtPrecision(f4, 603349 / 600000)).toBe(true);
    const f8 = parseValue({ value: 10.61, format: "#,##0%" }) as NumberValue;
    expect(agreesAtPrecision(f8, 92885 / 8000)).toBe(false);
  });

  test("an exact figure (step 0) must match exactly", () => {
    expect(agreesAtPrecision({ value: 9 / 11, step: 0 }, 9 / 11)).toBe(true);
    expect(agreesAtPrecision({ value: 0.82, step: 0 }, 9 / 11)).toBe(false);
  });

  test("non-finite computed figures never agree", () => {
    expect(agreesAtPrecision({ value: 1, step: 0.01 }, Number.NaN)).toBe(false);
  });
});
