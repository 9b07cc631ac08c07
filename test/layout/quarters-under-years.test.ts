/**
 * Issue 21, round 2026-12-07a: a year's quarters under each year's heading, newest first ("2022" over
 * Performance Indicator | Target | Q1 … Q4, then "2021" over the same; the Water Redress Scheme's
 * KPIs; a 服務承諾 page's 113年 / 112年 blocks of 第1季 … 第4季). The heading's year dates the quarters,
 * and the blocks are one series per indicator, in the order of time; a block of years under a
 * quarterly one (Aberdeenshire's "Annual Performance Indicators") stays a table of its own.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows, [])]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => ({
    name: i.name,
    periods: i.periods.map((p) => [p.period, p.target, p.actual, p.achievement]),
  }));
}

test.each([
  [
    ["2022"],
    ["Performance Indicator", "Target", "Q1", "Q2", "Q3", "Q4"],
    ["Decisions issued within 35 working days", "88%", "92%", "94%", "92%", "92%"],
    ["Calls answered within 1 minute", "90%", "99%", "99%", "98%", "91%"],
    [],
    ["2021"],
    ["Performance Indicator", "Target", "Q1", "Q2", "Q3", "Q4"],
    ["Decisions issued within 35 working days", "88%", "95%", "93%", "96%", "92%"],
    ["Calls answered within 1 minute", "90%", "99%", "99%", "99%", "99%"],
  ],
  [
    ["2022年"],
    ["服務項目", "目標值", "第1季", "第2季", "第3季", "第4季"],
    ["35個工作天內作成決定", "88%", "92%", "94%", "92%", "92%"],
    ["1分鐘內接聽電話", "90%", "99%", "99%", "98%", "91%"],
    [],
    ["2021年"],
    ["服務項目", "目標值", "第1季", "第2季", "第3季", "第4季"],
    ["35個工作天內作成決定", "88%", "95%", "93%", "96%", "92%"],
    ["1分鐘內接聽電話", "90%", "99%", "99%", "99%", "99%"],
  ],
] as Row[][])("each block's quarters are its heading's year's, one series in time order (%#)", (...rows) => {
  const read_ = read(rows);
  expect(read_).toHaveLength(2);
  const [decisions] = read_;
  expect(decisions?.periods.map((p) => String(p[0]).replace(/第(\d)季/, "Q$1"))).toEqual([
    expect.stringMatching(/^Q1 2021/),
    expect.stringMatching(/^Q2 2021/),
    expect.stringMatching(/^Q3 2021/),
    expect.stringMatching(/^Q4 2021/),
    expect.stringMatching(/^Q1 2022/),
    expect.stringMatching(/^Q2 2022/),
    expect.stringMatching(/^Q3 2022/),
    expect.stringMatching(/^Q4 2022/),
  ]);
  expect(decisions?.periods[0]?.slice(1)).toEqual([0.88, 0.95, expect.closeTo(0.95 / 0.88, 9)]);
  expect(decisions?.periods[4]?.slice(1)).toEqual([0.88, 0.92, expect.closeTo(0.92 / 0.88, 9)]);
});

test("a yearly table under a quarterly one stays apart", () => {
  const indicators = read([
    ["Performance Indicators: 2019/20"],
    ["Performance Indicator", "Target", "Q1 (April to June 2019)", "Q2 (July to September 2019)"],
    ["Householder applications determined within 2 months", "90%", "92%", "93%"],
    [],
    ["Annual Performance Indicators"],
    ["Performance Indicator", "2016 to 2017", "2017 to 2018", "2018 to 2019"],
    ["Householder applications determined within 2 months", "92%", "95%", "95%"],
  ]);
  expect(indicators).toHaveLength(2);
  expect(indicators[0]?.periods).toHaveLength(2);
  expect(indicators[1]?.periods).toHaveLength(3);
});
