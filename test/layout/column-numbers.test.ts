/**
 * Issue 21, round 2026-12-07za (a provincial finance department's expenditure statement): a row
 * numbering the columns under the header ("1 | 2 | 3 | … | 8", or "(1) | (2) | …" as Taiwanese budget
 * statements print it) is the header's last row, no line of the table: no indicator named "2" with an
 * achievement of 3 ÷ 2.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    ["S.No", "Name of Department", "Allocation", "Release", "Expenditure", "Against Allocation"],
    [1, 2, 3, 4, 5, 6],
    [1, "AGRICULTURE", 4000, 3500, 3000, 75],
    [2, "EDUCATION", 8000, 7000, 6800, 85],
  ],
  [
    ["編號", "機關名稱", "預算數", "分配數", "實支數", "執行率(%)"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
    ["1", "農業處", 4000, 3500, 3000, 75],
    ["2", "教育處", 8000, 7000, 6800, 85],
  ],
] as Row[][])("a row of column numbers is no line (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => i.name)).toEqual(rows.slice(2).map((r) => r[1]));
  expect(indicators.map((i) => i.periods[0]?.achievement)).toEqual([0.75, 0.85]);
});
