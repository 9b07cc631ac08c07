/**
 * Issue 21, round 2026-12-07s (a fund's 資金運用預算表, 科目 | 本年度預算數 金額 | %; a city
 * budget book's lines, "Description | FY 2024 Budget"): one period's amounts are each
 * line's figure for that period, as a comparison's are, with no target and no achievement. And a
 * gearing ratio, the share of debt, is to be kept down as debt is.
 */
import { analyzeWorkbook } from "../../src/core";
import { directionOfName } from "../../src/core/analysis/direction-words";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    ["科目", "本年度預算數", null],
    [null, "金額", "%"],
    ["一、基金之增加", 100, 16.7],
    ["二、公積及賸餘之增加", 200, 33.3],
    ["三、其他", 300, 50],
  ],
  [
    ["Description", "FY 2024 Budget"],
    ["Personnel", 100],
    ["Supplies", 200],
    ["Other operating", 300],
  ],
] as Row[][])("one period's amounts are that period's figures (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => i.periods.map((p) => [p.target, p.actual, p.achievement]))).toEqual([
    [[null, 100, null]],
    [[null, 200, null]],
    [[null, 300, null]],
  ]);
});

test.each([["Gearing Ratio"], ["Gearing"]])("%s is to be kept down", (name) => {
  expect(directionOfName(name)).toBe("lower");
});
