/**
 * Issue 21, round 2026-12-07b: several measures side by side, each heading merged over its own
 * Target | Actual ("Right to buy" | "Land sales" | "Total receipts" over Target | Near actual, the
 * Scottish Office's capital receipts; "Standard" | "Enhanced" over Target (percentage) | Actual
 * (percentage), the Criminal Records Bureau's standards by year). A measure per heading, each read
 * over the same rows; a period's heading over the pair (本年度 | 上年度) is no measure.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[], merges: Grid["merges"]) {
  const sheet = analyzeWorkbook([rowGrid(rows, merges)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => ({
    name: i.name,
    periods: i.periods.map((p) => [p.period, p.target, p.actual]),
  }));
}

const pairs: Grid["merges"] = [
  { top: 0, left: 1, bottom: 0, right: 2 },
  { top: 0, left: 3, bottom: 0, right: 4 },
];

test.each([
  [
    ["Authority", "Right to buy", null, "Land sales", null],
    [null, "Target", "Near actual", "Target", "Near actual"],
    ["Aberdeen City Council", 13.05, 11.381, 0.3, 0.164],
    ["Angus Council", 3.6, 4.508, 0.05, 0.025],
  ],
  [
    ["機關", "出售公宅", null, "出售土地", null],
    [null, "目標值", "實際值", "目標值", "實際值"],
    ["臺北市政府", 13.05, 11.381, 0.3, 0.164],
    ["新北市政府", 3.6, 4.508, 0.05, 0.025],
  ],
] as Row[][])("each heading's pair is a measure of its own over the rows (%#)", (...rows) => {
  const indicators = read(rows, pairs);
  const first = rows[2]?.[0] as string;
  const second = rows[3]?.[0] as string;
  const of = (row: string, heading: Row[number] | undefined) =>
    indicators.find((i) => i.name.includes(row) && i.name.includes(heading as string))?.periods[0]?.slice(1);
  expect(indicators).toHaveLength(4);
  expect(of(first, rows[0]?.[1])).toEqual([13.05, 11.381]);
  expect(of(first, rows[0]?.[3])).toEqual([0.3, 0.164]);
  expect(of(second, rows[0]?.[3])).toEqual([0.05, 0.025]);
});

test("years down the rows: each heading names its series", () => {
  const indicators = read(
    [
      [null, "Standard", null, "Enhanced", null],
      [null, "Target (percentage)", "Actual (percentage)", "Target (percentage)", "Actual (percentage)"],
      ["2007-08", 90, 99.7, 90, 93.6],
      ["2006-07", 90, 98.8, 90, 92.4],
      ["2005-06", 93, 99.6, 90, 93.2],
    ],
    pairs,
  );
  expect(indicators.map((i) => i.name)).toEqual(["Standard", "Enhanced"]);
  expect(indicators[1]?.periods.find((p) => p[0] === "2006/07")?.slice(1)).toEqual([0.9, 0.924]);
});

test("a period's heading over the pair is no measure", () => {
  const indicators = read(
    [
      ["衡量指標", "本年度", null, "上年度", null],
      [null, "目標值", "實際值", "目標值", "實際值"],
      ["結案率", "90%", "92%", "88%", "91%"],
    ],
    pairs,
  );
  expect(indicators).toHaveLength(1);
});
