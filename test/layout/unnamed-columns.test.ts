/**
 * Issue 21: an export whose headings were lost (field1 | field2 | …, Column1 | Column2 in Power Query)
 * is read as the figures it prints: names and amounts, a column that is the difference or the sum of
 * two others left out, nothing computed (nothing says which is a target or which period came first).
 * A header of words nobody recognised is not read so: it keeps its 表格宣告 way forward.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const grid = (rows: Row[]): Grid => rowGrid(rows);

const body: Row[] = [
  ["稅課收入-房屋稅", 9700000, 8843000, 9029156, 857000],
  ["稅課收入-契稅", 2200000, 3057000, 2674830, -857000],
  ["稅課收入-娛樂稅", 300000, 244843, 248966, 55157],
  ["稅課收入-印花稅", 1080000, 1059629, 990088, 20371],
];

test.each([
  [["field1", "field2", "field3", "field4", "field5"]],
  [["Column1", "Column2", "Column3", "Column4", "Column5"]],
])("placeholders over names and amounts (%#): the amounts as printed, the difference column left out", (header) => {
  const report = analyzeWorkbook([grid([header, ...body])]);
  const indicators = report.sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => i.name)).toEqual(body.map((r) => r[0]));
  expect(indicators[1]?.periods.map((p) => [p.period, p.actual, p.achievement, p.growth])).toEqual([
    [header[1], 2200000, null, null],
    [header[2], 3057000, null, null],
    [header[3], 2674830, null, null],
  ]);
});

test("words nobody recognised over the same figures: no reading, the likeliest table suggested", () => {
  const report = analyzeWorkbook([grid([["項目", "甲欄", "乙欄", "丙欄", "丁欄"], ...body])]);
  expect(report.sheets[0]?.indicators ?? []).toEqual([]);
  expect(report.findings.map((f) => f.code)).toContain("NO_INDICATOR_TABLE");
});
