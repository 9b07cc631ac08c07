/**
 * Issue 21, round 2026-12-07k follow-up (an Indian state's expenditure by grant, "Progressive
 * Expenditure" over 2021-22 | 2022-23 beside one "Budget Provision"; a zh-TW 歲出預算執行 table laid
 * out the same way): the undated budget is the newest year's, the spending held to it is that year's,
 * and the earlier year's spending is an outturn with no budget of its own.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

// The budget and the name merged down both header rows; each heading over its two years.
const MERGES: Grid["merges"] = [
  { top: 0, left: 0, bottom: 1, right: 0 },
  { top: 0, left: 1, bottom: 1, right: 1 },
  { top: 0, left: 2, bottom: 0, right: 3 },
  { top: 0, left: 4, bottom: 0, right: 5 },
];

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows, MERGES)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [i.kind, i.periods.map((p) => [p.period, p.target, p.actual])]);
}

test.each([
  [
    ["Grant", "Budget Provision", "Progressive Expenditure", null, "Budget Utilization (in %)", null],
    [null, null, "2021-22", "2022-23", "2021-22", "2022-23"],
    ["Public Service Commission", 2658.07, 1596.42, 1659.42, "67.0 %", "62.0 %"],
    ["State Legislature", 21708.42, 11595.05, 18975.68, "65.0 %", "87.0 %"],
  ],
  [
    ["機關", "預算數", "累計實支數", null, "執行率(%)", null],
    [null, null, "111年度", "112年度", "111年度", "112年度"],
    ["考選部", 2658.07, 1596.42, 1659.42, "67.0 %", "62.0 %"],
    ["立法院", 21708.42, 11595.05, 18975.68, "65.0 %", "87.0 %"],
  ],
] as Row[][])("the newest year's spending against the budget (%#)", (...rows) => {
  const figures = read(rows).map(([kind, periods]) => [kind, (periods as unknown[][]).map((p) => p.slice(1))]);
  expect(figures).toEqual([
    [
      "execution",
      [
        [null, 1596.42],
        [2658.07, 1659.42],
      ],
    ],
    [
      "execution",
      [
        [null, 11595.05],
        [21708.42, 18975.68],
      ],
    ],
  ]);
});
