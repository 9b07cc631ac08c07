/**
 * Issue 21, round 2026-12-07i: a target form (湘潭市环卫处's 项目支出绩效目标申报表; the same in
 * traditional script) opens with lines of a label and the sentence entered beside it (本年度绩效目标 |
 * 通过采购…, a period in it), then the indicator rows: the lines are no header, the indicators are the
 * 三级指标 rows, each against its 指标值.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[], merges: Grid["merges"]) {
  const sheet = analyzeWorkbook([rowGrid(rows, merges)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [i.name, i.periods[0]?.target ?? null]);
}

const merges: Grid["merges"] = [
  { top: 0, left: 1, bottom: 0, right: 4 },
  { top: 1, left: 1, bottom: 1, right: 4 },
  { top: 2, left: 0, bottom: 6, right: 0 },
];

test.each([
  [
    ["实施期绩效目标", "通过采购雾炮车降尘抑尘服务,服务周期2023.07-2024.01,全市空气质量达到优良", null, null, null],
    ["本年度绩效目标", "通过采购雾炮车降尘抑尘服务,服务周期2023.07-2024.01,全市空气质量达到优良", null, null, null],
    ["本年度 绩效指标", "一级指标", "二级指标", "三级指标", "指标值及单位"],
    [null, "产出指标", "数量指标", "雾炮车配备车辆数", "10辆"],
    [null, null, "成本指标", "控制在预算成本内", "≤250"],
    [null, "效益指标", "社会效益指标", "市民对空气质量改善的满意程度", "≥85%"],
    [null, "满意度指标", null, "市民满意度", "≥90%"],
  ],
  [
    ["實施期績效目標", "透過採購霧砲車降塵抑塵服務,服務期間2023.07-2024.01,全市空氣品質達到優良", null, null, null],
    ["本年度績效目標", "透過採購霧砲車降塵抑塵服務,服務期間2023.07-2024.01,全市空氣品質達到優良", null, null, null],
    ["本年度 績效指標", "一級指標", "二級指標", "三級指標", "指標值及單位"],
    [null, "產出指標", "數量指標", "霧砲車配備車輛數", "10輛"],
    [null, null, "成本指標", "控制在預算成本內", "≤250"],
    [null, "效益指標", "社會效益指標", "市民對空氣品質改善的滿意程度", "≥85%"],
    [null, "滿意度指標", null, "市民滿意度", "≥90%"],
  ],
] as Row[][])("the 三级指标 rows against their values (%#)", (...rows) => {
  expect(read(rows, merges)).toEqual([
    [rows[3]?.[3], 10],
    [rows[4]?.[3], 250],
    [rows[5]?.[3], 0.85],
    [rows[6]?.[3], 0.9],
  ]);
});
