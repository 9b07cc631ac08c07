/**
 * Issue 21: "Scheme | Total Recipients | Average Weeks to Award | Target | Measure | Recorded" (Irish
 * written answers): a name header right of the figures ("Measure" over "In 6 Weeks", each row's
 * standard) names no rows where words stand at the left; "Recorded" is the result.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    ["Scheme", "Total Recipients", "Average Weeks to Award", "Target", "Measure", "Recorded"],
    ["State Pension (Non-Contributory)", "99,340", 10, "75%", "In 11 Weeks", "81%"],
    ["Jobseeker's Allowance", "102,678", 2, "90%", "In 6 Weeks", "97%"],
  ],
  [
    ["Programme", "Target", "Measure", "Actual"],
    ["State Pension (Non-Contributory)", "75%", "Claims decided in 11 weeks", "81%"],
    ["Jobseeker's Allowance", "90%", "Claims decided in 6 weeks", "97%"],
  ],
] as Row[][])("the words at the left are the names, the measure right of the target their standard (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.name, i.periods[0]?.target, i.periods[0]?.actual])).toEqual([
    ["State Pension (Non-Contributory)", 0.75, 0.81],
    ["Jobseeker's Allowance", 0.9, 0.97],
  ]);
});
