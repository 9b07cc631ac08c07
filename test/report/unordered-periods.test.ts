/**
 * An export whose headings were lost (field1 | field2 …) is read as amounts in no known order: its
 * report lays out no "previous → current" change between two of them (it would be a made-up growth),
 * while a comparison of years keeps its comparison report.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";
import { reportKind } from "../../src/core/plan/report-kind";

const grid = (rows: Row[]): Grid => rowGrid(rows);

const body: Row[] = [
  ["稅課收入-房屋稅", 9700000, 8843000, 9029156, 857000],
  ["稅課收入-契稅", 2200000, 3057000, 2674830, -857000],
  ["稅課收入-娛樂稅", 300000, 244843, 248966, 55157],
];

test("placeholder columns give no comparison report", () => {
  expect(reportKind(analyzeWorkbook([grid([["field1", "field2", "field3", "field4", "field5"], ...body])]))).toBe(
    "targets",
  );
});

test("the same amounts under years keep the comparison report", () => {
  expect(
    reportKind(analyzeWorkbook([grid([["項目", "102年度預算數", "101年度預算數", "100年度決算數", "比較"], ...body])])),
  ).toBe("comparison");
});
