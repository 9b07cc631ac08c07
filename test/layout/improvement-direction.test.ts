/**
 * Issue 21: a column that states each measure's direction in words of its own ("Smaller is better",
 * "Good is Low", "Aim to minimise", 越低越好), and a share whose other figures carry % beside a bare
 * 78.6: that figure is in percentage points, never 78.6 times the target.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    ["Name", "Improvement Direction", "Actual 2019/20", "Target 2019/20"],
    ["Failed bin collections (per 100,000)", "Smaller is better", 142, 100],
    ["Visitors to the museum", "Bigger is better", 63509, 45500],
  ],
  [
    ["Measure", "Good is", "2022/23 Actual", "2022/23 Target"],
    ["Failed bin collections (per 100,000)", "Low", 142, 100],
    ["Visitors to the museum", "High", 63509, 45500],
  ],
  [
    ["指標名稱", "指標方向", "113年實際值", "113年目標值"],
    ["垃圾漏收件數", "越低越好", 142, 100],
    ["博物館參觀人次", "越高越好", 63509, 45500],
  ],
] as Row[][])("the direction each row states decides its achievement (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.direction, Number(i.periods[0]?.achievement?.toFixed(4))])).toEqual([
    ["lower", 0.7042],
    ["higher", 1.3958],
  ]);
});

test.each([
  [
    ["Name", "Actual 2018/19", "Actual 2019/20", "Target 2019/20"],
    ["13. % major planning applications determined within 13 weeks", "100%", 78.6, "80%"],
  ],
  [
    ["Measure", "2021 Actual", "2022 Actual", "2022 Target"],
    ["Percentage of calls answered within 60 seconds", "85%", 78.6, "80%"],
  ],
] as Row[][])("a bare figure among a share's percentages is in points (%#)", (...rows) => {
  const [indicator] = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  const last = indicator?.periods[indicator.periods.length - 1];
  expect(last?.actual).toBeCloseTo(0.786, 9);
  expect(last?.achievement).toBeCloseTo(0.9825, 9);
});
