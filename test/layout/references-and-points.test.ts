/**
 * Issue 21, round 2026-12-07b: a KPI's reference beside its description (KPI ref | Description |
 * Value | Target, "CS02a", "ETS01"; 指標編號 | 指標名稱) names nothing, the description names the row;
 * a target written as bare points (90) against a result written as a percentage (95.9%) is 90%, so
 * the achievement compares like with like (1.0656, not 0.0107).
 */
import { analyzeWorkbook } from "../../src/core";
import { directionOfName } from "../../src/core/analysis/direction-words";
import { isItemCode } from "../../src/core/layout/item-codes";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows, [])]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => ({
    name: i.name,
    achievement: i.periods[0]?.achievement ?? null,
  }));
}

test.each(["CS02a", "ETS01", "HR11", "B2"])("%s is a reference", (code) => {
  expect(isItemCode(code)).toBe(true);
});

test.each(["FY2020", "Quality", "ISO9001"])("%s is no reference", (word) => {
  expect(isItemCode(word)).toBe(false);
});

test.each([
  [
    ["KPI ref", "Description", "Value", "Target", "Status"],
    ["CS01", "Quality of Customer Service Call Handling - % score from monitoring sample", "95.9%", 90, "above target"],
    ["CS02a", "% of telephone calls answered by Contact Centre in 15 seconds", "78.5%", 80, "close to target"],
    ["ETS03", "% of household waste sent for reuse, recycling and composting", "44.1%", 40, "above target"],
  ],
  [
    ["指標編號", "指標名稱", "實際值", "目標值", "燈號"],
    ["CS01", "話務品質抽測平均分數比率", "95.9%", 90, "綠"],
    ["CS02a", "客服中心15秒內接聽比率", "78.5%", 80, "黃"],
    ["ETS03", "家戶垃圾資源回收率", "44.1%", 40, "綠"],
  ],
] as Row[][])("the description names the row; bare points against a percentage are a percentage (%#)", (...rows) => {
  const indicators = read(rows);
  expect(indicators.map((i) => i.name)).toEqual(rows.slice(1).map((r) => r[1]));
  expect(indicators.map((i) => i.achievement)).toEqual([
    expect.closeTo(0.959 / 0.9, 9),
    expect.closeTo(0.785 / 0.8, 9),
    expect.closeTo(0.441 / 0.4, 9),
  ]);
});

test.each([
  ["Number of missed collections – All – (per 100,000)", "lower"],
  ["Working Days (per FTE) Lost Due to Sickness Absence (Cumulative)", "lower"],
  ["Council tax arrears collected", null],
])("%s → %s: a harm counted, whatever it is a collection of", (name, direction) => {
  expect(directionOfName(name)).toBe(direction);
});
