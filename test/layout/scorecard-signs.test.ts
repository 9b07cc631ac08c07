/**
 * Issue 21: a city scorecard (Previous Measurement Period | Current | Measurement | Target): a column
 * whose every cell is a comparison sign (>, <, =, ≧, ≦) is each row's direction, never the names; a
 * row of "TBD" placeholders is data, not a header; a range target ("98-100%") is no one figure.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    [null, "Previous Measurement Period", "Current", "Measure-\nment", "Target", "Unit"],
    ["NEW TBD: Six Sigma outcomes", "TBD", "TBD", "TBD", "TBD", "TBD"],
    ["Operating expenditures, budget vs actual", "94%", "96%", "=", "98-100%", "%"],
    ["% invoices paid within 30 days", "100%", "100%", ">", "94%", "%"],
    ["Debt as a % of total assessed valuation", "0.44%", "0.34%", "<", "2.00%", "%"],
  ],
  [
    [null, "前期實際值", "本期實際值", "比較方式", "目標值", "單位"],
    ["新增：流程改善成效", "待定", "待定", "待定", "待定", "待定"],
    ["經常支出預算執行", "94%", "96%", "＝", "98-100%", "%"],
    ["三十日內付款比率", "100%", "100%", "≧", "94%", "%"],
    ["債務占評定價值比率", "0.44%", "0.34%", "≦", "2.00%", "%"],
  ],
] as Row[][])("signs give each row's direction (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  const read = indicators.map((i) => [i.direction, i.periods[i.periods.length - 1]?.target ?? null]);
  expect(read.slice(-3)).toEqual([
    ["closer", null],
    ["higher", 0.94],
    ["lower", 0.02],
  ]);
  const last = indicators[indicators.length - 1];
  expect(last?.periods[last.periods.length - 1]?.achievement).toBeCloseTo(0.02 / 0.0034, 6);
});
