/**
 * Issue 21, round 2026-12-07l (a Florida city's measures by department; a zh-TW 施政計畫 summary laid
 * out the same way): "FY 2022 Actual" over "Strategic Plan Goal Data", the same words under every
 * year: the row under the headings says what the figures serve (a goal's), the heading what they are
 * (the year's actual, the next year's projection).
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

// The name's header merged down both rows; each later year merged over its figure and its change.
const MERGES: Grid["merges"] = [
  { top: 0, left: 0, bottom: 1, right: 0 },
  { top: 0, left: 2, bottom: 0, right: 3 },
  { top: 0, left: 4, bottom: 0, right: 5 },
];

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows, MERGES)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => i.periods.map((p) => [p.target, p.actual]));
}

test.each([
  [
    ["Department Performance Measures", "FY 2022 Actual", "FY 2023 Actual", null, "FY 2024 Projected", null],
    [null, "Strategic Plan Goal Data", "Strategic Plan Goal Data", "Change %", "Strategic Plan Goal Data", "Change %"],
    ["Police Department Services", 42226, 41861, "-0.9%", 42270, "1.0%"],
    ["Fire Department Services", 8652, 8652, "0.0%", 10346, "19.6%"],
  ],
  [
    ["機關績效衡量項目", "111年實際數", "112年實際數", null, "113年預估數", null],
    [null, "策略目標資料", "策略目標資料", "增減%", "策略目標資料", "增減%"],
    ["警察服務件數", 42226, 41861, "-0.9%", 42270, "1.0%"],
    ["消防服務件數", 8652, 8652, "0.0%", 10346, "19.6%"],
  ],
] as Row[][])("years' actuals and the next year's projection under a goal row (%#)", (...rows) => {
  expect(read(rows)).toEqual([
    [
      [null, 42226],
      [null, 41861],
      [42270, null],
    ],
    [
      [null, 8652],
      [null, 8652],
      [10346, null],
    ],
  ]);
});
