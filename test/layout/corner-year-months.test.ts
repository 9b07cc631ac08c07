/**
 * Issue 21, round 2026-12-07d: a year in the corner over the names, a standing target and the
 * year's months across ("2006 年 | 目標 | 一月 | 二月 …", KCRC Light Rail's monthly pledges; "2019 |
 * Target | Jan | Feb …"): the corner is the table's year, its column the names', and each month's
 * result is held to the one target. "少於4" (fewer than four faults) bounds the target from above.
 */
import { analyzeWorkbook } from "../../src/core";
import { parseValue } from "../../src/core/values/parse-value";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows, [])]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => ({
    name: i.name,
    direction: i.direction,
    periods: i.periods.map((p) => [p.target, p.actual, p.achievement]),
  }));
}

test.each([
  [
    ["2006 年", "目標", "一月", "二月", "三月"],
    ["行車準時", "99%", "99.94%", "99.94%", "99.96%"],
    ["車廂空調系統故障次數", "少於4", 2, 1, 1],
  ],
  [
    ["2019", "Target", "Jan", "Feb", "Mar"],
    ["Trams on time", "99%", "99.94%", "99.94%", "99.96%"],
    ["Air-conditioning faults", "fewer than 4", 2, 1, 1],
  ],
] as Row[][])("each month's result is held to the one target (%#)", (...rows) => {
  const [onTime, faults] = read(rows);
  expect(onTime?.periods[0]).toEqual([0.99, 0.9994, expect.closeTo(0.9994 / 0.99, 9)]);
  expect(faults?.direction).toBe("lower");
  expect(faults?.periods.map((p) => p[2])).toEqual([2, 4, 4]);
});

test.each([
  ["少於4", "atMost"],
  ["低於5%", "atMost"],
  ["多於100", "atLeast"],
  ["不少於95%", "atLeast"],
])("%s is bounded %s", (text, qualifier) => {
  const value = parseValue({ value: text });
  expect(value.kind === "number" ? value.qualifier : null).toBe(qualifier);
});
