/**
 * Issue 21: "Actual as percentage of budget" is the execution rate, not a budget; a column whose
 * header holds a goal's word ("Projected outcomes", "Expected outcome") over figures heads no names.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    [
      "R`000",
      "Adjusted Budget",
      "Projected outcomes",
      "Actual as at end March\n2013",
      "Actual as percentage of budget",
    ],
    ["Office of the Premier", "189", "166", "166", "88%"],
    ["Education", "9 120", "8 655", "8 655", "95%"],
  ],
  [
    ["£000", "Budget", "Expected outcome", "Spent to 31 March", "Spent as % of budget"],
    ["Office of the Premier", 189, 166, 166, "88%"],
    ["Education", 9120, 8655, 8655, "95%"],
  ],
] as Row[][])("spending as a share of the budget, beside a projected outcome (%#)", (...rows) => {
  const report = analyzeWorkbook([rowGrid(rows)]);
  const indicators = report.sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.name, i.periods[0]?.target, i.periods[0]?.actual])).toEqual([
    ["Office of the Premier", 189, 166],
    ["Education", 9120, 8655],
  ]);
  expect(indicators.map((i) => Number(i.periods[0]?.achievement?.toFixed(2)))).toEqual([0.88, 0.95]);
});
