/**
 * Issue 21, round 2026-12-07i: a dashboard's tiles copied a row each, no header (a transit
 * authority's quarterly Vital Signs: "76 % | Bus On-Time Performance | Target ≥ 79%"; the same in
 * zh-TW, 目標 before each target): the figure is the result, the words the measure, the Target cell
 * its target (the one figure a sentence names, "Target 1.75 per million passengers"); a tile with no
 * target ("KPI Pilot") keeps its result. Fewer than three targeted tiles are no dashboard.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [
    i.name,
    i.periods[0]?.period,
    i.periods[0]?.target,
    i.periods[0]?.actual,
  ]);
}

test.each([
  [
    ["Vital Signs Q2/2016", null, null],
    ["76 %", "Bus On-Time Performance", "Target ≥ 79%"],
    [8471, "Bus Fleet Reliability", "Target > 8,000 miles between failures"],
    [2.1, "Customer Injuries", "Target 1.75 per million passengers"],
    ["74 %", "Rail Customer On-Time Performance", "KPI Pilot"],
  ],
  [
    ["2016年第2季 營運指標", null, null],
    ["76 %", "公車準點率", "目標 ≥ 79%"],
    [8471, "公車平均故障間隔里程", "目標 > 8,000 公里"],
    [2.1, "乘客受傷率", "目標 1.75"],
    ["74 %", "捷運乘客準點率", "試辦指標"],
  ],
] as Row[][])("each tile a result against its target (%#)", (...rows) => {
  const got = read(rows);
  expect(got.map((r) => [r[0], r[2], r[3]])).toEqual([
    [rows[1]?.[1], 0.79, 0.76],
    [rows[2]?.[1], 8000, 8471],
    [rows[3]?.[1], 1.75, 2.1],
    [rows[4]?.[1], null, 0.74],
  ]);
  expect(got[0]?.[1]).toMatch(/2016/);
});

test("two targeted tiles are no dashboard", () => {
  expect(
    read([
      ["76 %", "Bus On-Time Performance", "Target ≥ 79%"],
      [8471, "Bus Fleet Reliability", "Target > 8,000 miles between failures"],
    ]),
  ).toEqual([]);
});
