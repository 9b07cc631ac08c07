import { parseValue, type CellInput, type ParsedValue } from "../../src/core";

type Expect =
  | { kind: "number"; value: number; unit: string | null; qualifier?: string | null; percent?: boolean; step?: number }
  | { kind: "missing" | "text" }
  | { kind: "rating"; rating: string }
  | { kind: "error"; code: string };

const cases: Array<[string, CellInput, Expect]> = [
  ["count with unit", { value: "3,287 人" }, { kind: "number", value: 3287, unit: "人", step: 1 }],
  ["count with 件", { value: "600,000 件" }, { kind: "number", value: 600000, unit: "件", step: 1 }],
  ["percent text", { value: "96.81%" }, { kind: "number", value: 0.9681, unit: "%", percent: true, step: 0.0001 }],
  ["percent over 1000", { value: "1,061%" }, { kind: "number", value: 10.61, unit: "%", percent: true, step: 0.01 }],
  ["level", { value: "1 級" }, { kind: "number", value: 1, unit: "級", step: 1 }],
  ["at least", { value: "60 次以上" }, { kind: "number", value: 60, unit: "次", qualifier: "atLeast" }],
  ["≥", { value: "≥ 100" }, { kind: "number", value: 100, unit: null, qualifier: "atLeast" }],
  ["about", { value: "約 4,796" }, { kind: "number", value: 4796, unit: null, qualifier: "about" }],
  ["at most", { value: "5 名以下" }, { kind: "number", value: 5, unit: "名", qualifier: "atMost" }],
  ["full width", { value: "６００，０００" }, { kind: "number", value: 600000, unit: null, step: 1 }],
  ["full width percent", { value: "９６．８１％" }, { kind: "number", value: 0.9681, unit: "%", percent: true }],
  ["decimal", { value: "2.01%" }, { kind: "number", value: 0.0201, unit: "%", step: 0.0001 }],
  ["negative", { value: "-3.5" }, { kind: "number", value: -3.5, unit: null, step: 0.1 }],
  // A count over a count is text: the reader does not guess that 300/600 is 50% (issue 10).
  ["fraction 9/11 is text", { value: "9/11" }, { kind: "text" }],
  ["fraction 300/600 is text", { value: "300/600" }, { kind: "text" }],
  ["thousands with spaces (Hong Kong)", { value: "13 390" }, { kind: "number", value: 13390, unit: null, step: 1 }],
  ["footnote mark", { value: "4,520[12]" }, { kind: "number", value: 4520, unit: null, step: 1 }],
  ["footnote mark on a percent", { value: "98.5%[3]" }, { kind: "number", value: 0.985, unit: "%", percent: true }],
  ["spaced thousands with a unit", { value: "5 100 人次" }, { kind: "number", value: 5100, unit: "人次" }],
  ["stored number", { value: 600000 }, { kind: "number", value: 600000, unit: null, percent: false, step: 1 }],
  ["stored number General decimals", { value: 4.5 }, { kind: "number", value: 4.5, unit: null, step: 0.1 }],
  [
    "percent format",
    { value: 0.8, format: "0%" },
    { kind: "number", value: 0.8, unit: "%", percent: true, step: 0.01 },
  ],
  [
    "percent format 2dp",
    { value: 1.0055, format: "0.00%" },
    { kind: "number", value: 1.0055, percent: true, unit: "%", step: 0.0001 },
  ],
  [
    "percent with thousands",
    { value: 10.61, format: "#,##0%" },
    { kind: "number", value: 10.61, percent: true, unit: "%", step: 0.01 },
  ],
  [
    "fixed decimals",
    { value: 3.14159, format: "0.00" },
    { kind: "number", value: 3.14159, unit: null, percent: false, step: 0.01 },
  ],
  [
    "quoted percent sign is literal",
    { value: 5, format: '0"%"' },
    { kind: "number", value: 5, unit: null, percent: false, step: 1 },
  ],
  ["blank", { value: null }, { kind: "missing" }],
  ["empty string", { value: "  " }, { kind: "missing" }],
  ["--", { value: "--" }, { kind: "missing" }],
  ["---", { value: "---" }, { kind: "missing" }],
  ["full-width dash", { value: "－－" }, { kind: "missing" }],
  ["star", { value: "★" }, { kind: "rating", rating: "star" }],
  ["triangle", { value: "▲" }, { kind: "rating", rating: "triangle" }],
  ["circle", { value: "●" }, { kind: "rating", rating: "circle" }],
  ["square", { value: "□" }, { kind: "rating", rating: "square" }],
  ["error", { value: "#DIV/0!" }, { kind: "error", code: "#DIV/0!" }],
  ["error N/A", { value: "#N/A" }, { kind: "error", code: "#N/A" }],
  ["pending text", { value: "待查" }, { kind: "text" }],
  ["N/A text", { value: "N/A" }, { kind: "text" }],
  ["a sentence with a number stays text", { value: "關鍵績效指標 1：加強防制人口販運" }, { kind: "text" }],
  ["two qualifiers is text", { value: "約 60 次以上" }, { kind: "text" }],
  ["boolean", { value: true }, { kind: "text" }],
];

function pick(parsed: ParsedValue, expected: Expect): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: parsed.kind };
  for (const key of Object.keys(expected)) out[key] = (parsed as unknown as Record<string, unknown>)[key];
  return out;
}

describe("parseValue reads figures as budget staff write them", () => {
  test.each(cases)("%s", (_label, input, expected) => {
    const parsed = parseValue(input);
    const picked = pick(parsed, expected);
    if (expected.kind === "number" && parsed.kind === "number") {
      expect(parsed.value).toBeCloseTo(expected.value, 12);
      picked.value = expected.value;
      if (expected.step !== undefined) {
        expect(parsed.step).toBeCloseTo(expected.step, 15);
        picked.step = expected.step;
      }
    }
    expect(picked).toEqual(expected);
  });

  test("keeps the raw value, so nothing is silently dropped", () => {
    const parsed = parseValue({ value: "60 次以上" });
    expect(parsed.raw).toBe("60 次以上");
  });

  test("96.81% is exactly 0.9681, not a float neighbour", () => {
    const parsed = parseValue({ value: "96.81%" });
    expect(parsed.kind === "number" && parsed.value).toBe(0.9681);
  });
});

test.each([
  ["273 million", 273e6, 1e6],
  ["1.16 million", 1.16e6, 1e4],
  ["£3.5m", 3.5e6, 1e5],
  ["1.2億", 1.2e8, 1e7],
  ["35萬", 35e4, 1e4],
])("a word of scale after a figure gives the figure in full: %s", (text, value, step) => {
  const parsed = parseValue({ value: text });
  expect(parsed.kind).toBe("number");
  if (parsed.kind !== "number") return;
  expect(parsed.value).toBeCloseTo(value, 6);
  expect(parsed.step).toBeCloseTo(step, 6);
  expect(parsed.percent).toBe(false);
});

// An Indian ministry's answer ("**784.15", "(**) Expenditure as on 05.03.2026") and a typeset
// "18.500.00" (full stops between thousands): the figure, its marks and separators no part of it.
test.each([
  ["**784.15", 784.15, null],
  ["15,604.44*", 15604.44, null],
  ["95%*", 0.95, "%"],
  ["18.500.00", 18500, null],
  ["1.234.567", 1234567, null],
])("a footnote's asterisks or grouping stops around a figure: %s", (text, value, unit) => {
  const parsed = parseValue({ value: text });
  expect(parsed.kind).toBe("number");
  if (parsed.kind !== "number") return;
  expect(parsed.value).toBeCloseTo(value, 9);
  expect(parsed.unit).toBe(unit);
});

test.each(["1.234", "12.5.2019", "1.2.3"])("%s keeps its one decimal point, or is no figure", (text) => {
  const parsed = parseValue({ value: text });
  if (text === "1.234") expect(parsed.kind === "number" && parsed.value).toBe(1.234);
  else expect(parsed.kind).toBe("text");
});
