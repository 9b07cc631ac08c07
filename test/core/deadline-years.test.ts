/**
 * Issue 21, round 2026-12-07zd (a city finance bureau's 项目支出绩效自评表: 完成时限 "2019年" | "2019年"):
 * a target and a result that are both a year are dates, a deadline met or not; no achievement divides
 * them, and the result's cell is said to need a look. A year's count ("3年") is a quantity as before.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const report = analyzeWorkbook([rowGrid(rows)]);
  const indicators = report.sheets[0]?.indicators ?? [];
  return {
    achievements: indicators.map((i) => [i.name, i.periods[0]?.achievement ?? null]),
    uncertain: report.findings.filter((f) => f.code === "READING_UNCERTAIN").map((f) => [f.cell, f.params.why]),
  };
}

test.each([
  [
    ["三级指标", "年度指标值", "实际完成值"],
    ["服务达标率", "80%", "80%"],
    ["完成时限", "2019年", "2019年"],
  ],
  [
    ["衡量指標", "目標值", "實際值"],
    ["服務達標率", "80%", "80%"],
    ["完成時限", "2023年", "2024年"],
  ],
] as Row[][])("a deadline's years are dates, no achievement (%#)", (...rows) => {
  const { achievements, uncertain } = read(rows);
  expect(achievements[0]?.[1]).toBe(1);
  expect(achievements[1]?.[1]).toBeNull();
  expect(uncertain).toEqual([["C3", "date"]]);
});

test("a count of years is a quantity", () => {
  const { achievements, uncertain } = read([
    ["衡量指標", "目標值", "實際值"],
    ["設備使用年限", "8年", "10年"],
  ]);
  expect(achievements[0]?.[1]).toBe(1.25);
  expect(uncertain).toEqual([]);
});
