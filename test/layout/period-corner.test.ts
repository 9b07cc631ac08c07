/**
 * Issue 21: "Period | 2010/11 | 2011/12 | 2012/13 | Apr - Sept 2013" (Trafford's planning figures):
 * "Period" in the corner over the names heads no period column; 2010/11 beside 2011/12 is a fiscal
 * year, not November; a span of months before a year is that span, said as written.
 */
import { analyzeWorkbook } from "../../src/core";
import { periodInText } from "../../src/core/values/period";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    ["Period", "2010/11", "2011/12", "Apr - Sept 2013"],
    ["Major Applications", "48%", "39.5%", "62.86%"],
    ["Minor Applications", "66%", "53.08%", "72.32%"],
  ],
  [
    ["年度", "2010/11", "2011/12", "Apr - Sept 2013"],
    ["重大案件審結比率", "48%", "39.5%", "62.86%"],
    ["一般案件審結比率", "66%", "53.08%", "72.32%"],
  ],
] as Row[][])("the corner's period word over the names; years and a span across (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => i.periods.map((p) => [p.period, p.actual]))).toEqual([
    [
      ["2010/11", 0.48],
      ["2011/12", 0.395],
      ["Apr - Sept 2013", 0.6286],
    ],
    [
      ["2010/11", 0.66],
      ["2011/12", 0.5308],
      ["Apr - Sept 2013", 0.7232],
    ],
  ]);
});

test("a month written after its year stays a month where the second number is no next year", () => {
  expect(periodInText("2024/03")?.month).toBe(3);
  expect(periodInText("2010/11")?.month).toBeUndefined();
});
