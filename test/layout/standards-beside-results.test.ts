/**
 * Issue 21, round 2026-12-07r (a water corporation's service standards, "(blank) | Service standard |
 * 2018/19 result | 2019/20 result"; a council's levels of service laid out "Measure | Service
 * standard | 2022/23 result"): a standard of figures beside the years' results is what each year is
 * held to; the measures are named at the left. Times are written in two units ("2 hours, 6 minutes"),
 * and minutes off supply are time without the service, to be kept down.
 */
import { analyzeWorkbook } from "../../src/core";
import { directionOfName } from "../../src/core/analysis/direction-words";
import { parseValue } from "../../src/core/values/parse-value";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    [null, "Service standard", "2018/19 result", "2019/20 result"],
    ["Water supply interruptions restored within 5 hours", "98.3%", "98.5%", "97.5%"],
    [
      "Duration of water supply interruptions (average)",
      "2 hours, 6 minutes",
      "1 hours, 12 minutes",
      "2 hours, 1 minute",
    ],
    ["Time taken to attend bursts and leaks (average)", "30 minutes", "23.2 minutes", "30 minutes"],
  ],
  [
    ["Measure", "Service standard", "2018/19 result", "2019/20 result"],
    ["Water supply interruptions restored within 5 hours", 0.983, 0.985, 0.975],
    ["Duration of water supply interruptions (average)", "126 minutes", "72 minutes", "121 minutes"],
    ["Time taken to attend bursts and leaks (average)", 30, 23.2, 30],
  ],
] as Row[][])("a standard of figures beside results is each year's target (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.name, i.periods.map((p) => [p.period, p.target, p.actual])])).toEqual([
    [
      rows[1]?.[0],
      [
        ["2018/19", 0.983, 0.985],
        ["2019/20", 0.983, 0.975],
      ],
    ],
    [
      rows[2]?.[0],
      [
        ["2018/19", 126, 72],
        ["2019/20", 126, 121],
      ],
    ],
    [
      rows[3]?.[0],
      [
        ["2018/19", 30, 23.2],
        ["2019/20", 30, 30],
      ],
    ],
  ]);
});

test.each([
  ["2 hours, 6 minutes", 126, "minutes"],
  ["4 minutes 22 seconds", 262, "seconds"],
  ["1 小時 30 分鐘", 90, "minutes"],
])("%s is %d %s", (text, value, unit) => {
  expect(parseValue({ value: text })).toEqual(expect.objectContaining({ kind: "number", value, unit }));
});

test.each([["Customer minutes off water supply (average)"], ["Working days lost due to sickness absence"]])(
  "%s is to be kept down",
  (name) => {
    expect(directionOfName(name)).toBe("lower");
  },
);

// Round 2026-12-07t (Registers of Scotland's service standards, "(blank) | Service standard |
// Applications completed | 2018-19"; a licensing office's pledges laid out the same way): a standard
// written as a time is what each case is held to, and the year's percentage beside it the share that
// met it; the measures are named at the left, the standard names nothing.
test.each([
  [
    [null, "Service standard", "Applications completed", "2018-19"],
    ["Chancery and Judicial Registers", "3 working days", 60492, "100%"],
    ["Crofting Register", "3 working days", 625, "100%"],
    ["General Register of Sasines", "10 working days", 12000, "99.99%"],
  ],
  [
    [null, "Service standard", "Cases", "2023"],
    ["Chancery and Judicial Registers", "within 3 days", 60492, "100%"],
    ["Crofting Register", "within 3 days", 625, "100%"],
    ["General Register of Sasines", "within 10 days", 12000, "99.99%"],
  ],
] as Row[][])("a standard in time beside a year's shares names nothing (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.name, i.periods.map((p) => [p.target, p.actual])])).toEqual([
    ["Chancery and Judicial Registers", [[null, 1]]],
    ["Crofting Register", [[null, 1]]],
    ["General Register of Sasines", [[null, 0.9999]]],
  ]);
});
