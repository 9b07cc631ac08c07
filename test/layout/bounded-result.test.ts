/**
 * Issue 21, round 2026-12-07l (a regulator's quarterly KPIs for two complaint schemes; a zh-TW 服務
 * 指標 table laid out the same way): a result printed as a strict bound ("<1%") under a ceiling is no
 * figure to divide, so no achievement is shown; "1%" beside it still is one. And a bracketed unit line
 * over a table ("(in MW)", "(in tonnes)", a Lok Sabha reply's) is no title: the series is named by the
 * sheet, not by its unit.
 */
import { analyzeWorkbook, buildReportPlan, DEFAULT_REPORT_FIGURES } from "../../src/core";
import { reportWords } from "../../src/messages";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[], sheet = "S") {
  const report = analyzeWorkbook([rowGrid(rows, [], sheet)]).sheets[0];
  return (report?.indicators ?? []).map((i) => ({
    name: i.name,
    periods: i.periods.map((p) => [p.actual, p.achievement, p.notComputable]),
    growth: i.periods.map((p) => p.growth),
  }));
}

test.each([
  [
    ["KPI", "Q4 2018", "Q1 2019"],
    ["More than 90% of calls to be answered in less than five minutes", "98%", "96%"],
    ["Less than 1% of case decisions to be issued later than eight weeks", "1%", "<1%"],
  ],
  [
    ["指標", "目標值", "107年第4季", "108年第1季"],
    ["5分鐘內接聽來電比率", "90%", "98%", "96%"],
    ["逾8週始作成決定之案件比率", "≤1%", "1%", "<1%"],
  ],
] as Row[][])("a bound printed as the result has no achievement (%#)", (...rows) => {
  const [, late] = read(rows);
  expect(late?.periods).toEqual([
    [0.01, 1, null],
    [0.01, null, "bounded-actual"],
  ]);
  // A bound has no size to grow from or to.
  expect(late?.growth).toEqual([null, null]);
});

test.each([["(in MW)"], ["(in tonnes)"]])("a unit line %s names no series", (unit) => {
  const rows: Row[] = [
    [unit, null, null],
    ["Year", "Target", "Achievements"],
    ["2013-14", 4325, 3640],
    ["2014-15", 3770, 4102],
    ["2015-16", 4460, 7060],
  ];
  const [series] = read(rows, "Target and Achievements");
  expect(series?.name).toBe("Target and Achievements");
  expect(series?.periods.map((p) => p[0])).toEqual([3640, 4102, 7060]);
});

// With no target beside it the bound is still no figure: the engine gives it no growth, and the
// report (which follows the engine's reason) shows it as printed, never as 0.01 a formula grows from.
test.each([
  [
    ["Measure", "2021", "2022", "2023"],
    ["Share of decisions issued late", "2%", "<1%", "1%"],
  ],
  [
    ["指標", "110年", "111年", "112年"],
    ["逾期決定案件比率", "2%", "<1%", "1%"],
  ],
] as Row[][])("a bound with no target is shown as printed (%#)", (...rows) => {
  const grids = [rowGrid(rows, [], "S")];
  const analysis = analyzeWorkbook(grids);
  const late = analysis.sheets[0]?.indicators[0];
  expect(late?.periods.map((p) => p.notComputable === "bounded-actual")).toEqual([false, true, false]);
  expect(late?.periods.map((p) => p.growth)).toEqual([null, null, null]);
  const plan = buildReportPlan(grids, analysis, { ...DEFAULT_REPORT_FIGURES, words: reportWords("en") });
  const table = plan.sheets[0]?.ranges[1]?.cells ?? [];
  const actuals = table.slice(1).map((row) => row[4]);
  expect(actuals[1]).toEqual(expect.objectContaining({ kind: "text", text: "<1%" }));
  expect(actuals.filter((c) => c?.kind === "text")).toHaveLength(1);
});
