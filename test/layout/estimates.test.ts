/**
 * Issue 21: a period's only column is its amount. 112 | 113 | 114 年度預算數 beside 115及以後年度預估需求數
 * (內政部): the estimate is an amount like the budgets beside it. FY18 Actual | FY19 Target (Arlington,
 * Boston): a target beside results stays a target.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const grid = (rows: Row[]): Grid => rowGrid(rows);

function periods(rows: Row[]) {
  const sheet = analyzeWorkbook([grid(rows)]).sheets[0];
  return (sheet?.indicators[0]?.periods ?? []).map((p) => `${p.period}:${p.target}/${p.actual}`);
}

test("budgets by year and an estimate for the years after: all amounts", () => {
  expect(
    periods([
      ["計畫名稱", "112及以前年度預算數", "113年度預算數", "114年度預算數", "115及以後年度預估需求數"],
      ["海域測繪計畫", 4.83, 2.03, 2.03, 4.46],
    ]),
  ).toEqual(["112及以前:null/4.83", "113:null/2.03", "114:null/2.03", "115及以後:null/4.46"]);
});

test("an actual for one year and a target for the next: the target stays a target", () => {
  expect(
    periods([
      ["Measure", "FY18 Actual", "FY19 Target"],
      ["Arrests", 14701, 15000],
    ]),
  ).toEqual(["18:null/14701", "19:15000/null"]);
});
