/**
 * Issue 21, round 2026-12-08a (a Chongqing media centre's 部门整体绩效自评表; a Nanchang health centre's
 * whole-expenditure evaluation): the evaluation's control rates (财政供养人员控制率, 公用经费控制率,
 * 预算调整率, 结转结余率) are kept at or under their ceilings, a target of 100% included: 92% of the
 * establishment in post is a target met, not 92% of one.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const read = (rows: Row[]) =>
  analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators.map((i) => [i.name, i.direction, i.periods[0]?.achievement]) ??
  [];

test("a department's self-evaluation: control rates under a 100% ceiling are met", () => {
  expect(
    read([
      ["指标名称", "计量单位", "年初指标值", "全年完成值"],
      ["财政供养人员控制率", "%", "100%", "92%"],
      ["公用经费控制率", "%", "100%", "97%"],
      ["固定资产利用率", "%", "90%", "100%"],
    ]),
  ).toEqual([
    ["财政供养人员控制率", "lower", 1 / 0.92],
    ["公用经费控制率", "lower", 1 / 0.97],
    ["固定资产利用率", "higher", 1 / 0.9],
  ]);
});

test("a second layout: 三级指标 | 指标值 | 实际完成值, a budget adjustment and a balance carried over", () => {
  expect(
    read([
      ["一级指标", "三级指标", "指标值", "实际完成值"],
      ["产出", "预算调整率", "5%", "4%"],
      ["产出", "结余率", "10%", "8%"],
    ]).map(([, direction, achievement]) => [direction, achievement]),
  ).toEqual([
    ["lower", 0.05 / 0.04],
    ["lower", 0.1 / 0.08],
  ]);
});
