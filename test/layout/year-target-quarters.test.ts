/**
 * Issue 21, round 2026-12-07m (a state child-welfare department's report cards; a zh-TW 季報 laid
 * out the same way): "CY 2015 Target" beside "CY 2015 Quarter 1" … "Quarter 4" with no target of
 * their own: the year's target holds each quarter of that year, the earlier year's annual figure none.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => i.periods.map((p) => [p.target, p.actual]));
}

test.each([
  [
    [
      "Performance Measure",
      "CY 2014 Annual",
      "CY 2015 Target",
      "CY 2015 Quarter 1",
      "CY 2015 Quarter 2",
      "CY 2015 Quarter 3",
    ],
    ["Completion of Investigations", "79.0%", "85%", "85.6%", "88.9%", "86.0%"],
    ["Case Planning", "46.5%", "90%", "47.2%", "49.0%", "50.9%"],
  ],
  [
    ["衡量指標", "103年全年", "104年目標值", "104年第1季", "104年第2季", "104年第3季"],
    ["調查完成率", "79.0%", "85%", "85.6%", "88.9%", "86.0%"],
    ["個案計畫完成率", "46.5%", "90%", "47.2%", "49.0%", "50.9%"],
  ],
] as Row[][])("each quarter held to its year's target (%#)", (...rows) => {
  expect(read(rows)).toEqual([
    [
      [null, 0.79],
      [0.85, 0.856],
      [0.85, 0.889],
      [0.85, 0.86],
    ],
    [
      [null, 0.465],
      [0.9, 0.472],
      [0.9, 0.49],
      [0.9, 0.509],
    ],
  ]);
});
