/**
 * Issue 21: years across and rows that say what they hold (預算 | 決算 | 執行率, Budget | Outturn |
 * % spent): one indicator over the years, named by the title, spending against budget each year. A
 * bare 決算 (final accounts) is the year's spending, as 決算數 is.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    ["一、近 4 年預、決算趨勢", null, null, null],
    ["預決算", 111, 112, 113],
    ["預算", 994, 865.3, 776.8],
    ["決算", 1257.8, 1047.3, 981.3],
    ["執行率\n(%)", 127, 121, 126],
  ],
  [
    ["Net income, budget and outturn", null, null, null],
    [null, 2011, 2012, 2013],
    ["Budget", 994, 865.3, 776.8],
    ["Outturn", 1257.8, 1047.3, 981.3],
    ["% spent", 127, 121, 126],
  ],
] as Row[][])("budget and final accounts down, years across: one indicator over the years (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators).toHaveLength(1);
  expect(indicators[0]?.periods.map((p) => [p.target, p.actual, Number(p.achievement?.toFixed(4))])).toEqual([
    [994, 1257.8, 1.2654],
    [865.3, 1047.3, 1.2103],
    [776.8, 981.3, 1.2633],
  ]);
});
