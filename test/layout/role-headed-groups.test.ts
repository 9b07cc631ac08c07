/**
 * Issue 21, round 2026-12-07m (an Indian ministry's reply on a subsidy scheme; a zh-TW 計畫 table
 * laid out the same way): years down the rows under "Financial Year", "Target" merged over two
 * measures and "Achievement" over the same two in the same order: each measure is its target and its
 * result over the years, named by the result's header.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const MERGES: Grid["merges"] = [
  { top: 0, left: 0, bottom: 1, right: 0 },
  { top: 0, left: 1, bottom: 0, right: 2 },
  { top: 0, left: 3, bottom: 0, right: 4 },
];

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows, MERGES)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [i.name, i.periods.map((p) => [p.target, p.actual])]);
}

test.each([
  [
    ["Financial Year", "Target", null, "Achievement", null],
    [
      null,
      "Margin Money to be utilized (Rs. Cr.)",
      "No. of Units to be assisted",
      "Margin money utilized (Rs Cr.)",
      "No. of units assisted",
    ],
    ["2019-20", 2396.44, 79236, 1950.82, 66653],
    ["2020-21", 2289.69, 78625, 2188.8, 74415],
    ["2021-22", 2850, 92666, 2977.66, 103219],
  ],
  [
    ["年度", "目標", null, "實際", null],
    [null, "補助款預定撥付(億元)", "預定輔導家數", "補助款撥付數(億元)", "輔導家數"],
    ["108年", 2396.44, 79236, 1950.82, 66653],
    ["109年", 2289.69, 78625, 2188.8, 74415],
    ["110年", 2850, 92666, 2977.66, 103219],
  ],
] as Row[][])("a measure per position under the two role headings (%#)", (...rows) => {
  const names = rows[1]?.slice(3);
  expect(read(rows)).toEqual([
    [
      names?.[0],
      [
        [2396.44, 1950.82],
        [2289.69, 2188.8],
        [2850, 2977.66],
      ],
    ],
    [
      names?.[1],
      [
        [79236, 66653],
        [78625, 74415],
        [92666, 103219],
      ],
    ],
  ]);
});
