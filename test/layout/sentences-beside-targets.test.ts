/**
 * Issue 21 (targets written as sentences): "Agency wide key targets | Agency target | Agency result"
 * (a UK agency's targets in a written answer), 年度工作目標 | 目標值 | 實際值: of two columns headed as
 * targets, the one of sentences names the rows, the one of figures holds their targets.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    ["Agency wide key targets", "Agency target", "Agency result"],
    ["Improve productivity by 2.5% in 2004–05", "2.5%", "2.4%"],
    ["Improve staff satisfaction in working for the agency by 1%", "53%", "58%"],
  ],
  [
    ["年度工作目標", "目標值", "實際值"],
    ["提升生產力於年度內提高百分之二點五", "2.5%", "2.4%"],
    ["提升員工對工作環境之滿意度", "53%", "58%"],
  ],
] as Row[][])("the sentences are the names, the figures their targets (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.name, i.periods[0]?.target, i.periods[0]?.actual])).toEqual([
    [rows[1]?.[0], 0.025, 0.024],
    [rows[2]?.[0], 0.53, 0.58],
  ]);
});
