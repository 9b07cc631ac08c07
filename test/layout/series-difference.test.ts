/**
 * Issue 21: one indicator over the years, years down, its title above (UK councils' KPI appendices,
 * 縣市政府 績效指標 tables): a printed difference beside target and actual ("Value vs Target", 差異) is
 * checked year by year, as a table's is; "Value vs Target" is neither the target nor the actual, and
 * "Did the KPI hit target?" is a status, not the names.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    ["KPI 1.1 Percentage of Council Tax collected", null, null, null, null],
    [null, null, null, null, null],
    [null, "Target", "Actual", "Value vs Target", "Did the KPI hit target?"],
    ["2016/17", "97.70%", "97.77%", "-.73%", null],
    ["2017/18", "98.30%", "94.49%", "-3.81%", null],
    ["2018/19", "95.00%", "97.05%", "2.05%", null],
    ["2019/20", "95.00%", "97.15%", "2.15%", null],
  ],
  [
    ["指標 2.3 稅款徵起率", null, null, null, null],
    [null, null, null, null, null],
    ["年度", "目標值", "實際值", "差異", "是否達成"],
    ["106", "97.70%", "97.77%", "-0.73%", null],
    ["107", "98.30%", "94.49%", "-3.81%", null],
    ["108", "95.00%", "97.05%", "2.05%", null],
    ["109", "95.00%", "97.15%", "2.15%", null],
  ],
] as Row[][])("a series' printed difference is checked on each year (%#)", (...rows) => {
  const report = analyzeWorkbook([rowGrid(rows)]);
  const [indicator] = report.sheets[0]?.indicators ?? [];
  expect(indicator?.name).toContain(rows[0]?.[0] === "指標 2.3 稅款徵起率" ? "稅款徵起率" : "KPI 1.1 Percentage");
  expect(indicator?.periods.map((p) => [p.target, p.actual])).toEqual([
    [0.977, 0.9777],
    [0.983, 0.9449],
    [0.95, 0.9705],
    [0.95, 0.9715],
  ]);
  expect(report.findings.filter((f) => f.code === "REPORTED_MISMATCH").map((f) => f.cell)).toEqual(["D4"]);
});
