/**
 * Issue 21, round 2026-12-07j: "2022/23 results | 2023/24 results | Our target for repairs
 * performance" (a London borough's housing performance; the same in zh-TW, 111年實績 | 112年實績 |
 * 目標值): an undated target right of years of results is the newest year's; the earlier year is a
 * result to compare, held to no target (holding it to this one showed five false achievements).
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    ["Repairs performance measurement", "2022/23 results", "2023/24 results", "Our target for repairs performance"],
    ["Amount of all repairs that were fixed first time", "88%", "85%", "85%"],
    ["Amount of residents who were satisfied with their last repair", "84%", "86%", "88%"],
    ["Amount of all calls answered by the repairs service", "86%", "95%", "91.5%"],
  ],
  [
    ["修繕績效指標", "111年實績", "112年實績", "目標值"],
    ["首次即修復比率", "88%", "85%", "85%"],
    ["住戶對修繕滿意比率", "84%", "86%", "88%"],
    ["修繕專線接聽比率", "86%", "95%", "91.5%"],
  ],
] as Row[][])("the target is the newest year's (%#)", (...rows) => {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  const read = (sheet?.indicators ?? []).map((i) => i.periods.map((p) => [p.target, p.actual, p.achievement]));
  expect(read).toEqual([
    [
      [null, 0.88, null],
      [0.85, 0.85, 1],
    ],
    [
      [null, 0.84, null],
      [0.88, 0.86, expect.closeTo(0.86 / 0.88, 9)],
    ],
    [
      [null, 0.86, null],
      [0.915, 0.95, expect.closeTo(0.95 / 0.915, 9)],
    ],
  ]);
});

test("one row whose target repeats the newest result: the years are still results", () => {
  const sheet = analyzeWorkbook([
    rowGrid([
      ["Caretaking performance measurement", "2022/23 results", "2023/24 results", "Target for A/B inspection grades"],
      ["Amount of inspections that were graded A or B", "93%", "90%", "90%"],
    ]),
  ]).sheets[0];
  expect(sheet?.indicators[0]?.periods.map((p) => [p.target, p.actual])).toEqual([
    [null, 0.93],
    [0.9, 0.9],
  ]);
});
