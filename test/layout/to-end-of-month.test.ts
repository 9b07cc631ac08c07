/**
 * Issue 21, round 2026-12-07c: figures to the end of a month (Indian Railways divisions' booklets:
 * "Actuals to end of Oct 20" | "Target to end of Oct 21" | "Actuals to end of Oct 21" | "Variation
 * over Target to end of Oct 21"; "BP on RGSL to end of Nov‟22"; a council's "Actual to end of Sept
 * 2021"): the month is the column's period, the two digits after it its year, and a variation is a
 * difference, never a target or a result. The target is held to the result of its own month.
 */
import { analyzeWorkbook } from "../../src/core";
import { periodInText } from "../../src/core/values/period";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  ["Target to end of Oct 21", 2021, 10],
  ["BP on RGSL to end of Nov‟22", 2022, 11],
  ["Actual to End of Nov'21", 2021, 11],
  ["Budget to the end of Sept 2019", 2019, 9],
])("%s names the month its figures run to", (text, year, month) => {
  expect(periodInText(text)).toMatchObject({ year, month });
});

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows, [])]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => i.periods.map((p) => [p.period, p.target, p.actual, p.achievement]));
}

test.each([
  [
    [
      "Service Head",
      "Actuals to end of Oct 20",
      "Target to end of Oct 21",
      "Actuals to end of Oct 21",
      "Variation over Target to end of Oct 21",
      "Variation over last year (Oct 20)",
    ],
    ["COAL", 15.909, 26.22, 27.715, 1.495, 11.806],
    ["CEMENT", 8.509, 10.34, 12.643, 2.303, 4.134],
    ["FOOD GNS", 2.461, 2.414, 1.697, -0.717, -0.764],
  ],
  [
    [
      "Service",
      "Actual to end of Sept 2020",
      "Target to end of Sept 2021",
      "Actual to end of Sept 2021",
      "Variance over target",
      "Variance over last year",
    ],
    ["Planning applications decided", 15.909, 26.22, 27.715, 1.495, 11.806],
    ["Library visits", 8.509, 10.34, 12.643, 2.303, 4.134],
    ["Park bookings", 2.461, 2.414, 1.697, -0.717, -0.764],
  ],
] as Row[][])("the target is held to its own month's result; variations are no figures of either (%#)", (...rows) => {
  const [first] = read(rows);
  const held = first?.find((p) => p[1] !== null);
  expect(held?.slice(1)).toEqual([26.22, 27.715, expect.closeTo(27.715 / 26.22, 9)]);
  expect(first?.some((p) => p[2] === 11.806 || p[2] === 1.495)).toBe(false);
});
