/**
 * Issue 21, round 2026-12-07v (a Minnesota city's line-item budget: 2017 Actual | 2018 Actual | 2019
 * Budget | Y-T-D Jul 31, 2019 | 2020 Recommended): the year's spending to date beside whole years'
 * results is no result of that year, and the year's budget no target to hold part of a year to. No
 * achievement; the figure to date kept in a column of its own, nothing grown from it or to it.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const [indicator] = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  return indicator?.periods.map((p) => [p.period, p.target, p.actual, p.achievement, p.growth]);
}

test.each([
  [
    [null, "2017", "2018", "2019", "Y-T-D", "2020"],
    ["Other Expenses", "Actual", "Actual", "Budget", "Jul 31, 2019", "Recommended"],
    ["Telephone", 20000, 22000, 24000, 13000, 25000],
  ],
  [
    ["Line item", "FY2017 Actual", "FY2018 Actual", "FY2019 Budget", "FY2019 YTD", "FY2020 Proposed"],
    ["Telephone", 20000, 22000, 24000, 13000, 25000],
  ],
] as Row[][])("a year's figure to date beside whole years: no achievement against its budget (%#)", (...rows) => {
  const periods = read(rows) ?? [];
  expect(periods.every(([, , , achievement]) => achievement === null)).toBe(true);
  // The figure to date is kept, apart from the years; the next year grows from the year's budget.
  expect(periods.map(([, , actual]) => actual)).toEqual([20000, 22000, 24000, 13000, 25000]);
  expect(periods[3]?.[4]).toBeNull();
  expect(periods[4]?.[4]).toBeCloseTo(25000 / 24000 - 1, 9);
});

test("spending to date against the year's budget, no whole year beside it, is still the year's execution", () => {
  const periods = read([
    ["Department", "2019 Budget", "2019 YTD Actual"],
    ["Telephone", 24000, 13000],
    ["Postage", 1000, 500],
  ]);
  expect(periods?.[0]?.slice(1, 4)).toEqual([24000, 13000, 13000 / 24000]);
});
