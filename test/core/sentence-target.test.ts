/**
 * Issue 21 (family 5): targets written as sentences, as UK executive agencies (War Pensions Agency,
 * Driving Standards Agency) and Taiwanese plans (年度結案率達95%以上) write them. The sentence's target
 * is the one figure of the actual's kind it names; a year, a date or a time standard is not it.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { parseValue } from "../../src/core/values/parse-value";
import { namesShare, planTargetInSentence, targetInSentence } from "../../src/core/values/sentence-target";

const number = (text: string) => parseValue({ value: text });

describe("the target a sentence sets", () => {
  const cases: Array<[string, string, number | null, string | null]> = [
    ["To clear 75 per cent of war disablement claims within 145 days", "76.48 per cent", 0.75, null],
    ["At 31 March 1999 to have no more than 23 per cent of outstanding appeals", "20%", 0.23, "atMost"],
    ["To clear 6,000 appeals during 1998-99", "5,992", 6000, null],
    ["The national average practical car test waiting time will be no more than six weeks", "7.8", 6, "atMost"],
    ["Improve business customer satisfaction, including ADIs, to above the baseline 65%", "40%", 0.65, "atLeast"],
    ["年度結案率達95%以上", "96.2%", 0.95, "atLeast"],
    // Two percentages, or a percentage against a count: no one target to take.
    ["Answer 80% of calls in 30 seconds and 95% in 60 seconds", "82%", null, null],
    ["To clear 75 per cent of claims within 145 days", "120", null, null],
    ["By 28 February 1999, to introduce an independent element", "Achieved", null, null],
  ];
  test.each(cases)("%s (actual %s)", (sentence, actual, value, qualifier) => {
    const target = targetInSentence(sentence, number(actual));
    const read = target?.kind === "number" ? [target.value, target.qualifier] : null;
    expect(read).toEqual(value === null ? null : [value, qualifier]);
  });
});

test("'per cent' in words is a percentage", () => {
  const parsed = number("76.48 per cent");
  expect(parsed.kind === "number" ? [parsed.value, parsed.percent] : null).toEqual([0.7648, true]);
});

test("a stated share is named so; a percentage against a target is not a share", () => {
  expect(namesShare("no more than 23 per cent of outstanding appeals")).toBe(true);
  expect(namesShare("Percentage of productive days worked against the target")).toBe(false);
});

function grid(rows: Array<Array<string | null>>): Grid {
  return { sheet: "S", originRow: 0, originCol: 0, cells: rows.map((r) => r.map((value) => ({ value }))), merges: [] };
}

test("Target | Progress: the sentences are the names, each with its target; a share beyond the whole is not shown", () => {
  const report = analyzeWorkbook([
    grid([
      ["Target", "Progress as at 28 February 1999"],
      ["To clear 90 per cent of war widows claims within 65 days", "91.15 per cent"],
      ["At 31 March 1999 to have no more than 23 per cent of outstanding appeals", "138.9 per cent"],
      ["To clear 6,000 appeals during 1998-99", "5,992"],
    ]),
  ]);
  const indicators = report.sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.direction, i.periods[0]?.target, i.periods[0]?.achievement])).toEqual([
    ["higher", 0.9, expect.closeTo(1.012778, 5)],
    ["lower", 0.23, null],
    ["higher", 6000, expect.closeTo(0.998667, 5)],
  ]);
  expect(report.findings.map((f) => `${f.code}@${f.cell}`)).toContain("READING_UNCERTAIN@B3");
});

test("目標 | 實際值 with sentences under 目標: the same reading in Chinese", () => {
  const report = analyzeWorkbook([
    grid([
      ["目標", "實際值"],
      ["年度訴願案件結案率達95%以上", "96.2%"],
      ["民眾陳情案件平均處理天數不超過7天", "6"],
    ]),
  ]);
  const indicators = report.sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.direction, i.periods[0]?.target, i.periods[0]?.actual])).toEqual([
    ["higher", 0.95, 0.962],
    ["lower", 7, 6],
  ]);
});

describe("figures as New Zealand and UK reports print them", () => {
  test.each([
    ["(M) 85%", 0.85, "%", null],
    ["(D) $43.32", 43.32, "$", null],
    ["$35.00 or less", 35, "$", "atMost"],
    ["95% or more", 0.95, "%", "atLeast"],
    ["NT$1,200", 1200, "NT$", null],
  ])("%s", (text, value, unit, qualifier) => {
    const parsed = number(text);
    expect(parsed.kind === "number" ? [parsed.value, parsed.unit, parsed.qualifier] : parsed).toEqual([
      value,
      unit,
      qualifier,
    ]);
  });
});

test("names in an unheaded column among the figures (2019-20 actual | … | 2020-21 target | 2020-21 actual)", () => {
  const report = analyzeWorkbook([
    grid([
      ["2019-20 actual", null, "2020-21 target", "2020-21 actual"],
      ["84%", "Percentage of customers who perceive that Inland Revenue informs them", "85%", "(M) 85%"],
      ["$44.76", "Average cost of a customer-initiated contact", "$35.00 or less", "(D) $43.32"],
    ]),
  ]);
  const indicators = report.sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.direction, i.periods.map((p) => [p.target, p.actual])])).toEqual([
    [
      "higher",
      [
        [null, 0.84],
        [0.85, 0.85],
      ],
    ],
    [
      "lower",
      [
        [null, 44.76],
        [35, 43.32],
      ],
    ],
  ]);
});

test("targets and results written out in their cells, under a heading over Target | Actual (South Africa's Department of Labour)", () => {
  const report = analyzeWorkbook([
    {
      ...grid([
        ["Measure/ Indicator", "Actual Performance against Target", "Actual Performance against Target"],
        [null, "Target", "Actual"],
        [
          "% of staff trained in line with Workplace Skills Plan (WSP)",
          "80% of the Department's staff trained in accordance with approved WSP by 31 March 2012",
          "Achieved – 85.1% (5 927 out of 6 957 employees) of the Department's staff were trained",
        ],
        [
          "% of litigation against the department reduced",
          "Reduce the number of new litigation cases against the Department by 60% in comparison to 2010/11",
          "Not achieved – received 367 (Q1-Q4). Difference = 75 (new cases) 66% increase",
        ],
      ]),
      merges: [{ top: 0, left: 1, bottom: 0, right: 2 }],
    },
  ]);
  const indicators = report.sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.periods[0]?.target, i.periods[0]?.actual, i.periods[0]?.achievement])).toEqual([
    [0.8, 0.851, expect.closeTo(1.06375, 5)],
    // A change (by 60%, 66% increase) is no level: nothing to compare, nothing shown.
    [null, null, null],
  ]);
});

test.each([
  // A range of figures in one unit is no one target (Macau's telecoms pledges; a 服務承諾 line).
  ["1.2Mbps - 3Mbps", 2.9],
  ["10Mbps - 90Mbps", 83.1],
  ["to answer within 10 – 15 days", 12],
  ["3至5天內完成", 4],
])("a range, %s, sets no target", (sentence, actual) => {
  expect(targetInSentence(sentence, parseValue({ value: actual }))).toBeNull();
});

test.each([
  // A fiscal year is no range: the sentence's one figure stays its target.
  ["To clear 85 per cent of claims in 2019-20", 0.9, 0.85],
  ["Waiting time no more than 6 weeks in 1998–99", 5, 6],
])("%s keeps its target", (sentence, actual, target) => {
  const percent = /per cent/.test(sentence);
  const found = targetInSentence(sentence, parseValue({ value: percent ? `${actual * 100}%` : actual }));
  expect(found?.kind === "number" ? found.value : null).toBeCloseTo(target, 9);
});

describe("the target a plan's sentence sets, with no result beside it", () => {
  const cases: Array<[string, number | null, string | null]> = [
    ["To take 75 per cent. of minor planning applications to Council within eight weeks of receipt.", 0.75, null],
    ["To complete 100 scheduling actions, of which at least 70 per cent. involve additional protection.", 100, null],
    ["human reports: within 2 working days", 2, "atMost"],
    ["To increase the number of organisations achieving the standard from 171 to 230.", 230, null],
    ["To assist 3,000 16–24 year old participants to find work.", 3000, null],
    ["To make a contribution from commercial activities in 1998–99 of not less than £1.1 million.", 1100000, "atLeast"],
    ["To maintain the condition of other roads so that the Road Condition Index does not exceed 85.", 85, "atMost"],
    // A date, a year, or a range opening the sentence: no figure to reach.
    ["Achieve Investors in People accreditation by 31 March 1999.", null, null],
    ["To achieve a score in the range of 350–400 points against the Business Excellence Model.", null, null],
    // A line's label and number before a dash or colon (an RAF agency's "KT 2—", a plan's "Target 3:").
    ["KT 2—Maintain 100 per cent. of core skills to support likely operations.", 1, null],
    ["Target 3: To raise 95% of invoices within 5 working days", 0.95, null],
    // A time to take, kept within (a land registry's dealings, a rate collection agency's refunds).
    ["To process regular Land Registry dealings in an average of 20 days;", 20, "atMost"],
    ["To issue all eligible rate refunds within 14 days of approval.", 14, "atMost"],
    ["To open the visitor centre 6 days a week.", 6, null],
  ];
  test.each(cases)("%s", (sentence, value, qualifier) => {
    const target = planTargetInSentence(sentence);
    expect(target === null ? null : [target.value, target.qualifier]).toEqual(
      value === null ? null : [value, qualifier],
    );
  });
});
