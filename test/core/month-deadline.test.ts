/**
 * Issue 21: a deadline written as a calendar month ("9月前" against "7月", "11月底" against "10月") is a
 * date, no quantity: nothing is computed from it (7 ÷ 9 would be a false figure); "3個月" is a duration.
 */
import { analyzeWorkbook } from "../../src/core";
import { parseValue } from "../../src/core/values/parse-value";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    ["三级指标", "年度指标值", "实际完成值"],
    ["完成美丽宜居自然村庄验收时间", "9月前", "7月"],
    ["新建省级中心村数量", "≥10", 10],
  ],
  [
    ["衡量指標", "年度目標值", "實際值"],
    ["完成驗收時間", "11月底", "10月"],
    ["新建中心村數量", "≥10", 10],
  ],
] as Row[][])("a month is a date: no achievement from it (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  const achievements = indicators.map((i) => i.periods[0]?.achievement ?? null);
  expect(achievements.filter((a) => a !== null)).toEqual([1]);
});

test("a duration in months is a quantity", () => {
  expect(parseValue({ value: "3個月" }).kind).toBe("number");
  expect(parseValue({ value: "9月前" }).kind).toBe("text");
});
