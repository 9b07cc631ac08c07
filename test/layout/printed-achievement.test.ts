/**
 * Issue 21, round 2026-12-07h: "Target | Actual Achieved | % of Targets Met" under a line of facts
 * ("Program Budget: $697,414 | Program Staff: 1.80"), as California's Water Boards print each
 * programme, and the same in zh-TW (目標 | 實際 | 已達到目標百分比 under 預算數：697,414 | 人力：1.80).
 * The share-met column is actual ÷ target on every row: the achievement printed, checked, not a
 * result; the facts line is a caption, not the header's first row.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const report = analyzeWorkbook([rowGrid(rows)]);
  const indicators = report.sheets[0]?.indicators ?? [];
  return {
    read: indicators.map((i) => [i.name, i.periods[0]?.target, i.periods[0]?.actual, i.periods[0]?.achievement]),
    mismatches: report.findings.filter((f) => f.code === "REPORTED_MISMATCH").map((f) => f.cell),
  };
}

test.each([
  [
    ["Program Budget: $697,414", "Program Staff: 1.80", null, null],
    [null, "Target", "Actual Achieved", "% of Targets Met"],
    ["Major Individual Permits Issued or Renewed", 3, 2, "67% •"],
    ["Major Individual Facilities Inspected", 5, 6, "120% •"],
    ["Minor Individual Permits Issued or Renewed", 5, 2, "40% •"],
    ["Minor Individual Facilities Inspected", 4, 9, "250% •"],
  ],
  [
    ["預算數：697,414", "人力：1.80", null, null],
    [null, "目標", "實際", "已達到目標百分比"],
    ["核發重大許可件數", 3, 2, "67%"],
    ["重大設施稽查件數", 5, 6, "120%"],
    ["核發一般許可件數", 5, 2, "40%"],
    ["一般設施稽查件數", 4, 9, "250%"],
  ],
] as Row[][])("the share met is the achievement printed, and checked (%#)", (...rows) => {
  const { read: got, mismatches } = read(rows);
  expect(got).toEqual([
    [rows[2]?.[0], 3, 2, 2 / 3],
    [rows[3]?.[0], 5, 6, 6 / 5],
    [rows[4]?.[0], 5, 2, 2 / 5],
    [rows[5]?.[0], 4, 9, 9 / 4],
  ]);
  // 9 ÷ 4 is 225%, not the 250% printed.
  expect(mismatches).toEqual(["D6"]);
});
