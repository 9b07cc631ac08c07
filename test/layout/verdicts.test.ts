/**
 * Issue 21, round 2026-12-08a (a housing company's "KPI Measure | Target | Performance | Change | Met
 * Target" of yes and no): the table's own verdict on each target tells which way is better, as its
 * printed rates do. A result above its target and "no" is a measure where lower is better.
 */
import { analyzeWorkbook } from "../../src/core";
import { metInStatus } from "../../src/core/values/status-words";
import { rowGrid } from "../support/row-grid";

const directions = (rows: Array<Array<string | number | null>>) =>
  analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators.map((i) => [i.name, i.direction, i.periods[0]?.achievement]) ??
  [];

test("Met Target yes and no: a target missed with a result above it is one where lower is better", () => {
  expect(
    directions([
      ["KPI Measure", "Target", "Performance", "Met Target"],
      ["NHL208 Customer Service Centre: % of calls left unanswered", "5.0%", "16.00%", "no"],
      ["NHL203 Customer Service Centre satisfaction", "87.0%", "89.00%", "yes"],
      ["NI158 % of homes below the standard", "21.0%", "2.40%", "yes"],
      ["KPI9 % of Improvement Work completed Within Timescale", "95.0%", "74.00%", "no"],
    ]),
  ).toEqual([
    ["NHL208 Customer Service Centre: % of calls left unanswered", "lower", 0.3125],
    ["NHL203 Customer Service Centre satisfaction", "higher", 0.89 / 0.87],
    ["NI158 % of homes below the standard", "lower", 8.75],
    ["KPI9 % of Improvement Work completed Within Timescale", "higher", 0.74 / 0.95],
  ]);
});

test("是否達成 of 達成 and 未達成 (a second layout, another language) tells the direction the same way", () => {
  expect(
    directions([
      ["衡量指標", "目標值", "實際值", "是否達成"],
      ["平均候位人數", 30, 25, "達成"],
      ["受理件數", 1200, 1100, "未達成"],
      ["平均結案日數", 20, 24, "未達成"],
    ]).map(([, direction]) => direction),
  ).toEqual(["lower", "higher", "lower"]);
});

test("a forecast is no verdict: 'On track to meet target?' Yes below its target leaves higher is better", () => {
  expect(
    directions([
      ["Service metric", "Target", "Year to Dec 2018", "On track to meet target?"],
      ["Percentage of applications finalised to received", "100%", "96%", "Yes"],
      ["Percentage resolved informally", "75%", "92%", "Yes"],
    ]).map(([, direction]) => direction),
  ).toEqual(["higher", "higher"]);
});

test("where the result stands is no verdict: 'below target' beside a count of missed collections", () => {
  expect(
    directions([
      ["Ref", "Indicator", "Target", "Actual", "Status"],
      ["ETS01", "Number of collections with a fault", 40, 0, "below target"],
      ["CS03", "Invoices sent out on time", 100, 99, "below target"],
    ]).map(([, direction]) => direction),
  ).toEqual(["higher", "higher"]);
});

test.each([
  ["yes", true],
  ["Met", true],
  ["✓", true],
  ["已達成", true],
  ["No.", false],
  ["Not met", false],
  ["未達成", false],
  ["Amber", null],
  ["Red", false],
  ["Green", null],
  ["above target", null],
  ["Partly met", null],
])("%s as a verdict: %s", (text, met) => expect(metInStatus(text)).toBe(met));

function uncertain(rows: Array<Array<string | number | null>>) {
  const report = analyzeWorkbook([rowGrid(rows)]);
  return {
    achievements: report.sheets[0]?.indicators.map((i) => i.periods[0]?.achievement ?? null),
    uncertain: report.findings.filter((f) => f.code === "READING_UNCERTAIN").map((f) => [f.cell, f.params.why]),
  };
}

test("a verdict the figures contradict in the direction stated: no achievement, READING_UNCERTAIN at the verdict", () => {
  // A district council's KPIs: "Bigger is better", 17 against a target of 50, and "Met".
  expect(
    uncertain([
      ["Name", "Improvement Direction", "Actual Q4 2019/20", "Status Q4 2019/20", "Target Q4 2019/20"],
      ["Empty properties returned to use", "Bigger is better", 101, "Met", 70],
      ["Derelict buildings improved", "Bigger is better", 17, "Met", 50],
    ]),
  ).toEqual({ achievements: [101 / 70, null], uncertain: [["D3", "verdictMet"]] });
});

test("full marks in a self-evaluation form: a result under half its target is said to need a look, not shown", () => {
  // A media centre's 部门整体绩效自评表: 26次 planned, 12次 done, and the item's full 5 points.
  expect(
    uncertain([
      ["指标名称", "计量单位", "年初指标值", "全年完成值", "指标权重(分)", "指标得分(分)"],
      ["播发稿件数量", "篇", "2200篇", "2859篇", 10, 10],
      ["党性教育培训次数", "次", "26次", "12次", 5, 5],
      ["居民健康档案", "人", "38508人", "37442人", 3, 3],
      ["宣传活动次数", "次", "40次", "12次", 5, 1],
    ]),
  ).toEqual({
    achievements: [2859 / 2200, null, 37442 / 38508, 12 / 40],
    uncertain: [["F3", "verdictMet"]],
  });
});

test("full marks on spending say nothing: forms score a spending rate on a scale of their own", () => {
  const { uncertain: found } = uncertain([
    ["项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "4753.66万元", "4753.66万元", "2024.26万元", 10, "43%", 10],
  ]);
  expect(found).toEqual([]);
});
