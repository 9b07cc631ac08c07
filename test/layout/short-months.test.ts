/**
 * Issue 21, round 2026-12-07i: monthly dashboards head their columns with a month and a two-digit
 * year ("Dec 17 | Jan 18 | Feb 18", an NHS trust's key targets; "Apr-23 | May-23 | Jun-23", a
 * council's): a row of them that runs month by month is one period a column. Dates that do not run
 * month by month ("Mar 31 | Jun 30 | Sep 30") are no such row.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [i.name, i.periods.map((p) => [p.period, p.actual])]);
}

test.each([
  [
    ["National standard", "Dec 17", "Jan 18", "Feb 18"],
    ["A&E: Trust overall", "86%", "83.3%", "85.6%"],
    ["18-week referral", "88.64%", "88.9%", "88.7%"],
  ],
  [
    ["Measure", "Nov-22", "Dec-22", "Jan-23"],
    ["A&E: Trust overall", "86%", "83.3%", "85.6%"],
    ["18-week referral", "88.64%", "88.9%", "88.7%"],
  ],
] as Row[][])("each column its month (%#)", (...rows) => {
  const months = rows[0]?.slice(1) ?? [];
  expect(read(rows)).toEqual([
    ["A&E: Trust overall", [0.86, 0.833, 0.856].map((v, k) => [months[k], v])],
    ["18-week referral", [0.8864, 0.889, 0.887].map((v, k) => [months[k], v])],
  ]);
});

test("days of months that do not run month by month are no periods", () => {
  const rows: Row[] = [
    ["Measure", "Mar 31", "Jun 30", "Sep 30"],
    ["A&E: Trust overall", "86%", "83.3%", "85.6%"],
    ["18-week referral", "88.64%", "88.9%", "88.7%"],
  ];
  const periods = read(rows).flatMap(([, p]) => (p as Array<[string, number]>).map(([period]) => period));
  expect(periods).not.toContain("Mar 31");
});
