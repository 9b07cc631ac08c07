/**
 * Issue 21: a population the agency holds or serves, counted against a forecast ("Average daily count
 * of offenders in adult custody", 收容人數), is demand: no direction, so no achievement is shown.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    ["Performance Measures", "2003/04 Target", "2003/04 Actual"],
    ["Average daily count of offenders in adult custody", 2016, 2049],
    ["Percentage of risk assessments completed", "85%", "88%"],
  ],
  [
    ["衡量指標", "113年目標值", "113年實際值"],
    ["矯正機關平均每日收容人數", 2016, 2049],
    ["風險評估完成率", "85%", "88%"],
  ],
] as Row[][])("a count of the population held is demand: no achievement (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => i.periods[0]?.achievement ?? null)).toEqual([null, expect.closeTo(0.88 / 0.85, 6)]);
});
