/**
 * Issue 21 (filled score sheets): the mainland project self-evaluation form (项目支出绩效自评表), in
 * simplified script, as two publishers lay it out: a header of filled-in values under codes
 * ("219-池州市…"), a funds block whose heading is merged down beside its lines, and a 绩效指标 block
 * (一级 | 二级 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分). The funds are read as execution, the
 * indicators against their values, and the form's points as one score sheet across both blocks.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function form(fundsHeader: Row, kpiHeader: Row): Grid {
  const rows: Row[] = [
    ["项目支出绩效自评表", null, null, null, null, null, null, null],
    ["主管部门", "219-某县某镇人民政府", null, null, "实施单位", "219001-某县某镇人民政府", null, null],
    fundsHeader,
    [null, "其中:本年财政拨款", 90, 89.974, 89.974, 10, null, 10],
    [null, "其他资金", null, null, null, null, null, null],
    kpiHeader,
    [null, "产出指标(50分)", "数量指标", "委托业务项目数量", "≥50个", 50, 25, 25],
    [null, null, "质量指标", "报告合格率", "≥100百分比", 100, 25, 25],
    [null, "效益指标(40分)", "成本指标", "项目总成本", "≤90万元", 90, 40, 40],
  ];
  return rowGrid(rows, [
    { top: 2, left: 0, bottom: 4, right: 0 },
    { top: 5, left: 0, bottom: 8, right: 0 },
  ]);
}

test.each([
  [
    ["项目资金\n(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
  ],
  [
    ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "权重", "预算执行率", "得分"],
    ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分"],
  ],
] as Row[][])("the funds as execution, the indicators against their values, one score sheet (%#)", (funds, kpi) => {
  const report = analyzeWorkbook([form(funds ?? [], kpi ?? [])]);
  const sheet = report.sheets[0];
  const read = (sheet?.indicators ?? []).map((i) => [
    i.name,
    i.direction,
    i.periods[0]?.target,
    i.periods[0]?.actual,
    i.periods[0]?.achievement,
  ]);
  expect(read).toEqual(
    expect.arrayContaining([
      ["其中:本年财政拨款", "higher", 89.974, 89.974, 1],
      ["委托业务项目数量", "higher", 50, 50, 1],
      ["报告合格率", "higher", 1, 1, 1],
      ["项目总成本", "lower", 90, 90, 1],
    ]),
  );
  expect(read.map((r) => r[0])).not.toContain("219-某县某镇人民政府");
  const cards = sheet?.scorecards ?? [];
  expect(cards).toHaveLength(1);
  expect([cards[0]?.weightTotal, cards[0]?.total]).toEqual([100, 100]);
});

test.each([
  ["部门", "金寨县茶谷和美丽乡村建设服务中心", "预算资金\n(万元)", "实施单位"],
  ["主管部門", "麗江市自然資源和規劃局", "項目資金\n(萬元)", "實施單位"],
])("an agency's name filled in heads nothing; names beside the merged heading; 100 under % (%s)", (...words) => {
  const [label, agency, heading, unitLabel] = words;
  const rows: Row[] = [
    [label ?? "", agency ?? "", null, null, unitLabel ?? "", agency ?? "", null, null],
    [heading ?? "", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 329.77, 329.77, 338.31, 10, "102.59%", 10],
    [null, "其他资金", null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null],
    ["三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分", null],
    ["学生满意度", "≧", 95, "%", { value: 1, format: "0%" }, 10, 10, null],
  ];
  const report = analyzeWorkbook([rowGrid(rows, [{ top: 1, left: 0, bottom: 3, right: 0 }])]);
  const read = (report.sheets[0]?.indicators ?? []).map((i) => [i.name, i.periods[0]?.achievement]);
  expect(read).toEqual([
    ["年度资金总额", expect.closeTo(338.31 / 329.77, 6)],
    ["学生满意度", expect.closeTo(1 / 0.95, 6)],
  ]);
});

test("the indicators block's own score column is read, where it stands apart from the funds block's", () => {
  const rows: Row[] = [
    ["项目资金\n(万元)", null, "全年预算数", "全年执行数", "分值", "得分", null, null],
    [null, "年度资金总额", 100, 100, 10, 9, null, null],
    ["绩效指标", "三级指标", "年度指标值", "实际完成值", "分值", "偏差原因分析", "得分", null],
    [null, "完成项目数量", "≥50个", 50, 60, "无", 55, null],
    [null, "项目总成本", "≤90万元", 90, 30, "无", 28, null],
  ];
  const report = analyzeWorkbook([rowGrid(rows, [{ top: 0, left: 0, bottom: 1, right: 0 }])]);
  const [card] = report.sheets[0]?.scorecards ?? [];
  expect([card?.weightTotal, card?.total]).toEqual([100, 92]);
});

// Issue 21, round 2026-12-07q (Shouxian's 部门整体支出绩效评价自评表; a form that heads its points
// 指標分值 in traditional script): 指标分值 is what each item is worth, 自评得分 what it scored.
test.each([
  [["序号", "一级\n指标", "二级\n指标", "三级\n指标", "指标分值", "指标解释", "自评得分"]],
  [["序號", "一級指標", "二級指標", "三級指標", "指標分值", "評分標準", "自評得分"]],
] as Row[][])("指标分值 over each item's points makes a score sheet (%#)", (header) => {
  const rows: Row[] = [
    header,
    [1, "规划", "基础信息", "基础信息完整性", 40, "是否完整", 38],
    [2, null, "工作计划", "年度工作计划完整性", 30, "是否可行", 30],
    [3, "执行", "预算执行", "预算执行率", 30, "执行数/预算数", 25],
  ];
  const [card] = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.scorecards ?? [];
  expect([card?.weightTotal, card?.total]).toEqual([100, 93]);
});

// Round 2026-12-07t (Jinan Licheng cultural centre's 项目支出绩效自评表; a county bureau's form laid
// out the same way): a form's line, its label and the sentence entered beside it, is no header row,
// so the funds block's header is its own row and its lines are named by their own cells.
test.each([["历城区文化馆免费开放"], ["高标准农田建设"]])("a form's goal line heads nothing (%s)", (goal) => {
  const rows: Row[] = [
    ["年度总体目标", "年初设定目标", null, null, "年度总体目标完成情况综述", null, null, null],
    [
      null,
      goal,
      null,
      null,
      "用于全年免费开放,主要支付招聘合同人员工资,确保全年正常开放和群众文化工作开展。",
      null,
      null,
      null,
    ],
    ["项目预算\n执行情况\n(10分)", null, null, "年初预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
    [null, "年度资金总额", null, 45, 40, 10, "88.89%", 8.9],
    [null, "其中:财政拨款", null, 45, 40, "-", "-", "-"],
  ];
  const merges = [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 2, left: 0, bottom: 4, right: 0 },
    { top: 3, left: 1, bottom: 3, right: 2 },
    { top: 4, left: 1, bottom: 4, right: 2 },
  ];
  const sheet = analyzeWorkbook([rowGrid(rows, merges)]).sheets[0];
  const funds = sheet?.indicators.find((i) => i.periods[0]?.target === 45);
  expect(funds?.name).toBe("年度资金总额");
});
