/**
 * Issue 21: a share beaten more than fivefold (38% against a target of 4.3%, a misprint of 43%) is
 * said uncertain and no achievement shown; a share held down (2% target, 0.3% result) is computed.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    ["Indicators", "Target", "Achieved"],
    ["Placings of unemployed people", "29.5 per cent.", "24.3 per cent."],
    ["Positive outcomes from 12 month interventions", "4.3 per cent.", "38 per cent."],
  ],
  [
    ["衡量指標", "目標值", "實際值"],
    ["身心障礙者推介就業率", "29.5%", "24.3%"],
    ["職訓後就業率", "4.3%", "38%"],
  ],
] as Row[][])("a share beyond five times its target is uncertain (%#)", (...rows) => {
  const report = analyzeWorkbook([rowGrid(rows)]);
  const indicators = report.sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => i.periods[0]?.achievement === null)).toEqual([false, true]);
  expect(report.findings.filter((f) => f.code === "READING_UNCERTAIN").map((f) => f.cell)).toEqual(["C3"]);
});

test("a share held down far under its ceiling is computed", () => {
  const report = analyzeWorkbook([
    rowGrid([
      ["Indicators", "Target", "Achieved"],
      ["Error rate of payments (lower is better)", "2%", "0.3%"],
    ]),
  ]);
  expect(report.sheets[0]?.indicators[0]?.direction).toBe("lower");
  expect(report.sheets[0]?.indicators[0]?.periods[0]?.achievement).toBeCloseTo(6.6667, 4);
});
