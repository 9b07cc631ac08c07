/**
 * Issue 21 (service pledges): block after block, a pledge merged across, the months under it and one
 * row that says it holds the results ("Achievements", 實際值): one indicator a block, named by the
 * pledge, its result each month; nothing computed without a target.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

/** The first five characters of a row's label. */
const first = (rows: Row[], r: number) => {
  const label = rows[r]?.[0];
  return typeof label === "string" ? label.slice(0, 5) : "";
};

test.each([
  [
    ["Engineering/Process and approve building plans within 10 working days", null, null, null],
    [null, "Jan", "Feb", "Mar"],
    ["Achievements", "90%", "85%", "92%"],
    [null, null, null, null],
    ["Engineering/Issue certificate of occupation within 14 days", null, null, null],
    [null, "Jan", "Feb", "Mar"],
    ["Achievements", "95%", "95%", "98%"],
  ],
  [
    ["建築執照於10個工作天內核發", null, null, null],
    [null, "1月", "2月", "3月"],
    ["實際值", "90%", "85%", "92%"],
    [null, null, null, null],
    ["使用執照於14日內核發", null, null, null],
    [null, "1月", "2月", "3月"],
    ["實際值", "95%", "95%", "98%"],
  ],
] as Row[][])("one result row under the months, named by the pledge above (%#)", (...rows) => {
  const merges = [
    { top: 0, left: 0, bottom: 0, right: 3 },
    { top: 4, left: 0, bottom: 4, right: 3 },
  ];
  const indicators = analyzeWorkbook([rowGrid(rows, merges)]).sheets[0]?.indicators ?? [];
  expect(
    indicators.map((i) => [i.name.slice(0, 5), i.periods.map((p) => p.actual), i.periods[0]?.achievement]),
  ).toEqual([
    [first(rows, 0), [0.9, 0.85, 0.92], null],
    [first(rows, 4), [0.95, 0.95, 0.98], null],
  ]);
});
