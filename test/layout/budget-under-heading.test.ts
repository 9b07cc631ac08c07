/**
 * Issue 21, round q: the result under the budget's own heading is its pair. "Net Expenditure" merged
 * over Actual | Budget, beside "Gross Expenditure" and "Income" (Kilkenny County Council's account);
 * 淨支出 merged over 實際數 | 預算數 beside 支出總額 and 收入: the net actual is held to the net
 * budget, not the gross spending. A heading that states a rate pairs no amounts.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const merges = [{ top: 0, left: 3, bottom: 0, right: 4 }];
  const sheet = analyzeWorkbook([rowGrid(rows, merges)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => i.periods.map((p) => [p.target, p.actual, p.achievement]));
}

test.each([
  [
    ["Expenditure by Programme Group", "Gross Expenditure", "Income", "Net Expenditure", "Net Expenditure"],
    [null, null, null, "Actual", "Budget"],
    ["Housing & Building", 8331, 7475, 856, 2083],
    ["Roads Transportation & Safety", 17463, 12057, 5405, 5014],
    ["Water & Sewerage", 5819, 2919, 2900, 2204],
  ],
  [
    ["工作計畫", "支出總額", "收入", "淨支出", "淨支出"],
    [null, null, null, "實際數", "預算數"],
    ["住宅及建築", 8331, 7475, 856, 2083],
    ["道路交通安全", 17463, 12057, 5405, 5014],
    ["供水及污水", 5819, 2919, 2900, 2204],
  ],
] as Row[][])("the net actual is held to the net budget under one heading (%#)", (...rows) => {
  expect(read(rows)).toEqual([
    [[2083, 856, expect.closeTo(0.410946, 5)]],
    [[5014, 5405, expect.closeTo(1.077982, 5)]],
    [[2204, 2900, expect.closeTo(1.315789, 5)]],
  ]);
});
