/**
 * Issue 21, round q: a year's progress at each quarter's end against one target ("Target | June '16 |
 * Sept '16 | Dec '16", Scotland's Accountant in Bankruptcy; 目標值 | 113年3月 | 113年6月 | 113年9月).
 * Months of one year right of the target, no word over them, are results held to it; a time written
 * on every figure ("2.5 days", "3天") is the time a case takes, lower is better, unless the name bounds
 * it from below ("Fund balance 180 days or greater").
 */
import { analyzeWorkbook } from "../../src/core";
import { periodInText } from "../../src/core/values/period";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows, [])]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => ({
    direction: i.direction,
    periods: i.periods.map((p) => [p.period, p.target, p.actual, p.achievement]),
  }));
}

test("June '16 is June 2016, said as written", () => {
  expect(periodInText("June '16")).toMatchObject({ label: "June '16", year: 2016, month: 6 });
  expect(periodInText("Mar ’17")).toMatchObject({ year: 2017, month: 3 });
});

test.each([
  [
    ["Measure", "Target", "June '16", "Sept '16", "Dec '16"],
    ["Bankruptcy applications decided", "2.5 days", "1.4 days", "1.3 days", "1.4 days"],
    ["Trust deeds registered", "10 days", "4.4 days", "3.7 days", "12.5 days"],
  ],
  [
    ["衡量指標", "目標值", "113年3月", "113年6月", "113年9月"],
    ["破產申請審結", "2.5天", "1.4天", "1.3天", "1.4天"],
    ["信託契約登記", "10天", "4.4天", "3.7天", "12.5天"],
  ],
] as Row[][])("each month's progress is held to the one target; days are lower-is-better (%#)", (...rows) => {
  const [decided, registered] = read(rows);
  expect(decided?.direction).toBe("lower");
  expect(decided?.periods.map((p) => p.slice(1))).toEqual([
    [2.5, 1.4, expect.closeTo(1.785714, 5)],
    [2.5, 1.3, expect.closeTo(1.923077, 5)],
    [2.5, 1.4, expect.closeTo(1.785714, 5)],
  ]);
  expect(registered?.periods.map((p) => p[3])).toEqual([
    expect.closeTo(2.272727, 5),
    expect.closeTo(2.702703, 5),
    expect.closeTo(0.8, 5),
  ]);
});

test("a name that bounds the days from below keeps higher is better", () => {
  const [balance] = read([
    ["Measure", "Target", "June '16", "Sept '16"],
    ["Fund balance 180 days or greater", "180 days", "428 days", "467 days"],
  ]);
  expect(balance?.direction).toBe("higher");
});

test.each([
  // A network's latency (Macau's telecoms pledges), a call answered in seconds: a time, lower is better.
  [
    ["Item", "Target", "Q2 2020 Result"],
    ["- www.google.com", "20ms", "8ms"],
  ],
  [
    ["項目", "目標值", "2020年第2季實際表現"],
    ["平均接聽時間", "30秒", "12秒"],
  ],
] as Row[][])("milliseconds and seconds on every figure are times, lower is better (%#)", (...rows) => {
  const [latency] = read(rows);
  expect(latency?.direction).toBe("lower");
  expect(latency?.periods[0]?.[3]).toBeCloseTo(2.5, 9);
});

/**
 * Round 2026-12-07k (a parish council's revenue budget monitored each quarter; a 區公所's 歲出預算
 * laid out the same way): the year's one budget beside its quarters' spending to date is what each
 * quarter is held to: spending against budget, a rate at each quarter's end.
 */
test.each([
  [
    ["Code", "Item", "Adopted Budget", "1st Quarter", "2nd Quarter", "3rd Quarter", "4th Quarter", "Notes"],
    ["A", "Clerk's Gross Salary", 2000, 500, 1000, 1500, 2100, "Overtime"],
    ["B", "Insurance", 400, 0, 400, 400, 400, null],
  ],
  [
    ["代號", "科目", "預算數", "第一季", "第二季", "第三季", "第四季", "說明"],
    ["A", "人事費", 2000, 500, 1000, 1500, 2100, "加班"],
    ["B", "保險費", 400, 0, 400, 400, 400, null],
  ],
] as Row[][])("each quarter's spending to date against the year's budget (%#)", (...rows) => {
  const sheet = analyzeWorkbook([rowGrid(rows, [])]).sheets[0];
  const read = (sheet?.indicators ?? []).map((i) => [i.kind, i.periods.map((p) => [p.target, p.actual])]);
  expect(read).toEqual([
    [
      "execution",
      [
        [2000, 500],
        [2000, 1000],
        [2000, 1500],
        [2000, 2100],
      ],
    ],
    [
      "execution",
      [
        [400, 0],
        [400, 400],
        [400, 400],
        [400, 400],
      ],
    ],
  ]);
});
