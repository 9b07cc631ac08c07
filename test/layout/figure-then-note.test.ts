/**
 * Issue 21, round r: a figure followed by a note in brackets is that figure ("24,490 (+6.5% 2018)",
 * "1967 (down from 2,732 at end June)", Eastleigh's monthly KPIs; "92 (見註2)", 1,312（較上月減少）):
 * the percentage inside the note is no result, and a count is never shown as a percentage.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    ["Measure", "Target", "July", "August"],
    ["Country park visitor numbers", 20000, "24,490 (+6.5% 2018)", 68082],
    ["Customers with queries older than 5 days", 1500, "1967 (down from 2,732 at end June)", 1312],
  ],
  [
    ["衡量指標", "目標值", "7月", "8月"],
    ["郊野公園遊客人次", 20000, "24,490（較去年+6.5%）", 68082],
    ["逾5日未結案件數", 1500, "1967（較6月底2,732減少）", 1312],
  ],
] as Row[][])("the figure before the note is the result (%#)", (...rows) => {
  const sheet = analyzeWorkbook([rowGrid(rows, [])]).sheets[0];
  const actuals = (sheet?.indicators ?? []).map((i) => i.periods.map((p) => p.actual));
  expect(actuals).toEqual([
    [24490, 68082],
    [1967, 1312],
  ]);
});
