/**
 * The period a report is for is the latest one evaluated, quarters and months placed within their
 * year: "Q4 2022" after "Q1 2022" (the Water Redress Scheme's blocks, newest first), "三月 2006" after
 * "一月 2006" (KCRC Light Rail's months under the title's year). Before, every quarter of a year tied
 * and the first one read was named the reporting period.
 */
import { analyzeWorkbook } from "../../src/core";
import { reportingPeriod } from "../../src/core/plan/reporting-period";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    [
      ["2022"],
      ["Performance Indicator", "Target", "Q1", "Q2", "Q3", "Q4"],
      ["Decisions issued within 35 working days", "88%", "92%", "94%", "92%", "92%"],
      [],
      ["2021"],
      ["Performance Indicator", "Target", "Q1", "Q2", "Q3", "Q4"],
      ["Decisions issued within 35 working days", "88%", "95%", "93%", "96%", "92%"],
    ],
    "Q4 2022",
  ],
  [
    [["2006年"], ["服務項目", "目標", "一月", "二月", "三月"], ["行車準時", "99%", "99.94%", "99.94%", "99.96%"]],
    "三月 2006",
  ],
] as Array<[Row[], string]>)("the latest quarter or month is the reporting period (%#)", (rows, expected) => {
  const report = analyzeWorkbook([rowGrid(rows, [])]);
  expect(reportingPeriod(report)?.replace(/\s+/g, " ")).toBe(expected);
});
