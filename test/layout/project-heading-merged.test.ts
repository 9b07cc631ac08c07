/**
 * Issue 21: a target form whose project, its amount and its aim in words are merged down over the
 * project's indicator rows (井研县马踏镇's 部门预算项目绩效目标申报表: 单位名称 | 项目名称 | 预算数 |
 * 年度目标 | 一级 | 二级 | 三级指标 | 指标值 | 度量单位; and a traditional-script form laid out the same
 * way). The names are the column headed as names that is not merged, the targets the figures on each
 * row, not the aim merged over them; 单位名称 names the agency, the unit is 度量单位.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[], merges: Grid["merges"]) {
  const sheet = analyzeWorkbook([rowGrid(rows, merges)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [i.name, i.periods[0]?.target ?? null, i.unit]);
}

/** The project, its amount and its aim merged down over rows 2–4 and 5–6. */
const merged: Grid["merges"] = [0, 1, 2, 3].flatMap((left) => [
  { top: 2, left, bottom: 4, right: left },
  { top: 5, left, bottom: 6, right: left },
]);

test.each([
  [
    ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值", "度量单位"],
    ["820-某镇部门", null, 8827620.53, null, null, null, null, null, null],
    [
      "820001-某镇人民政府",
      "村组干部报酬",
      3309840,
      "按时发放村组干部报酬",
      "效益指标",
      "社会效益指标",
      "维护社会稳定",
      95,
      "%",
    ],
    [null, null, null, null, "产出指标", "数量指标", "村组干部人数", 230, "个"],
    [null, null, null, null, "满意度指标", "服务对象满意度指标", "人民群众满意度", 90, "%"],
    [null, "基层组织活动经费", 660000, "保障村社区正常运转", "产出指标", "数量指标", "行政村数量", 11, "个"],
    [null, null, null, null, "效益指标", "社会效益指标", "辖区内群众满意度", 95, "%"],
  ],
  [
    ["單位名稱", "計畫名稱", "預算數", "年度目標", "構面", "類別", "績效指標", "指標值", "度量單位"],
    ["820-某鎮公所", null, 8827620.53, null, null, null, null, null, null],
    ["820001-某鎮公所", "村里幹部報酬", 3309840, "按時發放村里幹部報酬", "效益", "社會效益", "維護社會穩定", 95, "%"],
    [null, null, null, null, "產出", "數量", "村里幹部人數", 230, "個"],
    [null, null, null, null, "滿意度", "服務對象滿意度", "民眾滿意度", 90, "%"],
    [null, "基層組織活動經費", 660000, "保障村里正常運轉", "產出", "數量", "村里數量", 11, "個"],
    [null, null, null, null, "效益", "社會效益", "轄區民眾滿意度", 95, "%"],
  ],
] as Row[][])("names from the unmerged name column, targets from each row's figure (%#)", (...rows) => {
  const indicators = read(rows, merged);
  const named = (r: number) => rows[r]?.[6] as string;
  expect(indicators).toEqual([
    [named(2), 0.95, "%"],
    [named(3), 230, rows[3]?.[8]],
    [named(4), 0.9, "%"],
    [named(5), 11, rows[5]?.[8]],
    [named(6), 0.95, "%"],
  ]);
});
