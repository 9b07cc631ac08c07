/**
 * Issue 21, round 2026-12-07a: two properties the round's first sight showed. A column of figures
 * left of the budgets (計畫總經費 over 9653388 | 12311117, "Total Cost" over 4.1 | 3.9) never names the
 * rows: where no column of words or years stands left of the figures, nothing is read rather than
 * figures named by figures. A comment told at length (a council's "Comments" on the period: "0.6%
 * less than in 2022/23", "The arrears have reduced by £4.246m") states no direction; a short remark
 * that bounds the target (目標值以下為達成) still does.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows, [])]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => ({
    name: i.name,
    direction: i.direction,
    achievement: i.periods.map((p) => p.achievement),
  }));
}

test.each([
  [
    [null, "計畫項數", "計畫總經費", "年度預算數", "執行數", "執行率%"],
    ["98", 9, 9653388, 1677857, 206380, 12.3],
    ["99", 9, 12311117, 1487699, 277894, 18.68],
    ["100", 10, 11847543, 1800376, 557294, 30.95],
  ],
  [
    [null, "Projects", "Total Cost", "Budget", "Spent", "% Spent"],
    ["'98", 9, 96533.88, 16778.57, 2063.8, 12.3],
    ["'99", 9, 123111.17, 14876.99, 2778.94, 18.68],
    ["'00", 10, 118475.43, 18003.76, 5572.94, 30.95],
  ],
] as Row[][])("figures never name the rows (%#)", (...rows) => {
  for (const indicator of read(rows)) expect(indicator.name).not.toMatch(/^[\d.,\s]+$/);
});

test.each([
  [
    "Comments",
    "This is a cumulative indicator measuring payments made against council tax arrears brought forward at the start of the financial year. The arrears have reduced by £4.246m in total since 1.4.23.",
  ],
  [
    "備註",
    "本年度因疫情影響，收繳率較上年度降低0.6個百分點，已督促各分局加強催繳作業，並按月檢討執行情形，以利達成年度目標。",
  ],
])("a comment told at length under %s states no direction", (header, comment) => {
  const [collected] = read([
    ["Measure", "Target", "Actual", header],
    ["Council Tax arrears retrieved", "96.6%", "96.7%", comment],
  ]);
  expect(collected?.direction).toBe("higher");
  expect(collected?.achievement[0]).toBeCloseTo(0.967 / 0.966, 9);
});

test("a short remark that bounds the target still gives the direction", () => {
  const [rate] = read([
    ["衡量指標", "目標值", "實際值", "備註"],
    ["退件比率", "5%", "4%", "目標值以下為達成"],
  ]);
  expect(rate?.direction).toBe("lower");
});
