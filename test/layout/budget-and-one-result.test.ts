/**
 * Issue 21, round r: a budget beside one result is spending against its budget ("Estimate Provision |
 * Outturn", Ireland's appropriation accounts; 核定預算 | 實際數), and a column's own role is named by the
 * lowest of its cells that names one ("Total Provisions" over "(A)", Sri Lanka's ministries; 預算數
 * over (A)). An opening or closing fund balance is a position, with no direction to achieve.
 */
import { analyzeWorkbook } from "../../src/core";
import { directionOfName, hasNoDirection } from "../../src/core/analysis/direction-words";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[], merges: Array<{ top: number; left: number; bottom: number; right: number }> = []) {
  const sheet = analyzeWorkbook([rowGrid(rows, merges)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [i.kind, i.periods.map((p) => [p.target, p.actual, p.achievement])]);
}

test.each([
  [
    ["Service", "Estimate Provision", "Outturn"],
    ["Salaries, wages and allowances", 14633, 13952],
    ["Travel and subsistence", 770, 612],
  ],
  [
    ["工作計畫", "核定預算", "實際數"],
    ["人員維持", 14633, 13952],
    ["國內旅費", 770, 612],
  ],
] as Row[][])("a budget beside one result is spending against it (%#)", (...rows) => {
  expect(read(rows)).toEqual([
    ["execution", [[14633, 13952, expect.closeTo(0.953461, 5)]]],
    ["execution", [[770, 612, expect.closeTo(0.794805, 5)]]],
  ]);
});

test.each([
  [
    ["Ministry", "Recurrent Expenditure", null],
    [null, "Total Provisions", "Actual Expenditure"],
    [null, "(A)", "(B)"],
    ["Defence", 12325, 10316],
    ["Health", 4000, 3900],
  ],
  [
    ["機關", "經常門支出", null],
    [null, "預算數", "實支數"],
    [null, "(A)", "(B)"],
    ["國防部", 12325, 10316],
    ["衛生福利部", 4000, 3900],
  ],
] as Row[][])("the lowest own cell that names a role names the column (%#)", (...rows) => {
  expect(read(rows, [{ top: 0, left: 1, bottom: 0, right: 2 }])).toEqual([
    ["execution", [[12325, 10316, expect.closeTo(0.836998, 5)]]],
    ["execution", [[4000, 3900, expect.closeTo(0.975, 5)]]],
  ]);
});

test("an opening or closing fund balance has no direction; a fund balance target keeps its bound", () => {
  expect(hasNoDirection("Fund balances, December 31")).toBe(true);
  expect(hasNoDirection("Net change in fund balances")).toBe(true);
  expect(hasNoDirection("% of Unreserved General Fund Balance")).toBe(false);
  expect(directionOfName("Fund balance 45 days or greater")).toBeNull();
});
