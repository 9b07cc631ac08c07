/**
 * Issue 21, round p: a dashboard's current year. Results headed as past (Past results, 歷年實績)
 * beside the current year's progress are history: the standing target is the current year's alone.
 * A caption that says "current year" over a dated cell ("Year to Dec 2018") is dated by that cell.
 * "On track to meet target?" answers yes or no; it is no target.
 */
import { analyzeWorkbook } from "../../src/core";
import { periodInText } from "../../src/core/values/period";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[], merges: Array<{ top: number; left: number; bottom: number; right: number }>) {
  const sheet = analyzeWorkbook([rowGrid(rows, merges)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => i.periods.map((p) => [p.period, p.target, p.actual, p.achievement]));
}

const across = (row: number, left: number, right: number) => ({ top: row, left, bottom: row, right });

test.each([
  [
    [
      ["Service metric", "Target", "Past results", null, "Current year progress", "Current year progress"],
      [null, null, "2016-17", "2017-18", "Year to Dec 2018", "On track to meet target?"],
      ["Reviews finalised", 300, 413, 595, 347, "Yes"],
      ["Reviews resolved informally", { value: 0.75, format: "0%" }, 0.88, 0.87, 0.92, "Yes"],
    ],
    "Year to Dec 2018",
  ],
  [
    [
      ["衡量指標", "目標值", "歷年實績", null, "本年度實績", "本年度實績"],
      [null, null, "105年度", "106年度", "107年度", "是否達成"],
      ["審結件數", 300, 413, 595, 347, "是"],
      ["調解成立率", { value: 0.75, format: "0%" }, 0.88, 0.87, 0.92, "是"],
    ],
    "107",
  ],
] as Array<[Row[], string]>)(
  "past results have no target; the current year's is the standing one (%#)",
  (rows, now) => {
    const [finalised, informal] = read(rows, [across(0, 2, 3), across(0, 4, 5)]);
    const byPeriod = (periods: unknown[][] | undefined) => new Map(periods?.map((p) => [p[0], p.slice(1)]));
    const f = byPeriod(finalised);
    expect(f.get(now)).toEqual([300, 347, expect.closeTo(1.156667, 5)]);
    expect([...f.entries()].filter(([label]) => label !== now).map(([, p]) => p[0])).toEqual([null, null]);
    expect(byPeriod(informal).get(now)).toEqual([0.75, 0.92, expect.closeTo(1.226667, 5)]);
  },
);

test("Year to Dec 2018, Year to 31 March 2019: the year to that month, said as written", () => {
  expect(periodInText("Year to Dec 2018")).toMatchObject({ label: "Year to Dec 2018", year: 2018, month: 12 });
  expect(periodInText("Year to 31 March 2019")).toMatchObject({ label: "Year to 31 March 2019", month: 3 });
});
