/**
 * Issue 21: measures across, years down, one Target row under the names (Australian Electoral
 * Commission; the same layout as 消防署 statistics tables, with a target row added). The target row
 * holds every year's target; a year a measure was not taken in holds words, no period; headings over
 * the names group them and do not rename them.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const grid = (rows: Row[]): Grid => rowGrid(rows);

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([grid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map(
    (i) => `${i.name} [${i.direction}] ${i.periods.map((p) => `${p.period}:${p.target}/${p.actual}`).join(" ")}`,
  );
}

test("a Target row over the years applies to each; a caption row is skipped; words are no period", () => {
  expect(
    read([
      ["Measurement", "Quality", "Timeliness"],
      [null, "Accuracy of Essential fields", "Enrolment applications processed in 3 days"],
      ["Target", "99.5%", "99.0%"],
      ["Performance", null, null],
      ["2011\u201112", "99.5%", "88.5%"],
      ["2012\u201113", "99.6%", "82.7%"],
      ["2013\u2011142", "99.6%", "This measure ceased in 2012-13"],
    ]),
  ).toEqual([
    "Accuracy of Essential fields [higher] 2011/12:0.995/0.995 2012/13:0.995/0.996 2013/14:0.995/0.996",
    "Enrolment applications processed in 3 days [higher] 2011/12:0.99/0.885 2012/13:0.99/0.827",
  ]);
});

test("年度 down the rows with a 目標值 row under the measures: the same reading", () => {
  expect(
    read([
      ["年度", "結案率", "平均處理天數"],
      ["目標值", "95%", "7"],
      ["110年", "96%", "6.5"],
      ["111年", "94%", "7.2"],
      ["112年", "97%", "6.8"],
    ]),
  ).toEqual([
    "結案率 [higher] 110:0.95/0.96 111:0.95/0.94 112:0.95/0.97",
    "平均處理天數 [lower] 110:7/6.5 111:7/7.2 112:7/6.8",
  ]);
});
