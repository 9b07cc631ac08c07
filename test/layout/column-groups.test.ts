/**
 * Issue 21, round 2026-12-08c (a state's variance report: "FISCAL YEAR 2019-20" merged over BUDGETED |
 * ACTUAL | ± CHANGE | %, then "NINE MONTHS ENDING 06-30-21" over BUDGETED | ESTIMATED | …): headings
 * that name periods group the columns under them; a target is never paired with a result from under
 * another one, and a pair under one heading is of that heading's period.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const span = (top: number, left: number, right: number) => ({ top, left, bottom: top, right });

const read = (rows: Row[], merges: ReturnType<typeof span>[]) =>
  analyzeWorkbook([rowGrid(rows, merges)]).sheets[0]?.indicators.map((i) =>
    i.periods.map((p) => [p.period, p.target, p.actual, p.achievement]),
  );

test("a variance report: the budget of the months ahead is not the year's target", () => {
  const periods = read(
    [
      ["STATE OF HAWAII", null, null, null, null, "VARIANCE REPORT", null, null, null],
      ["PROGRAM TITLE: INDIVIDUAL RIGHTS", null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, null],
      [null, "FISCAL YEAR 2019-20", null, null, null, "NINE MONTHS ENDING 06-30-21", null, null, null],
      [
        "PART I: EXPENDITURES & POSITIONS",
        "BUDGETED",
        "ACTUAL",
        "± CHANGE",
        "%",
        "BUDGETED",
        "ESTIMATED",
        "± CHANGE",
        "%",
      ],
      ["POSITIONS", "738.00", "655.00", "- 83.00", "11", "738.00", "722.50", "- 15.50", "2"],
      ["EXPENDITURES ($1000's)", "112,529", "96,230", "- 16,299", "14", "85,858", "92,576", "+ 6,718", "8"],
    ],
    [span(3, 1, 4), span(3, 5, 8)],
  );
  expect(periods?.[0]?.[0]).toEqual(["2019/20", 738, 655, 655 / 738]);
  for (const indicator of periods ?? [])
    expect(indicator.every(([, , , achievement]) => achievement !== 722.5 / 655)).toBe(true);
  expect(periods?.flat().some(([, target, actual]) => target === 722.5 && actual === 655)).toBe(false);
});

test("a second layout: a pair under one heading is of that heading's year", () => {
  expect(
    read(
      [
        [null, "FISCAL YEAR 2019-20", null, null, null, "FISCAL YEAR 2020-21", null, null, null],
        [
          "PART II: MEASURES OF EFFECTIVENESS",
          "PLANNED",
          "ACTUAL",
          "± CHANGE",
          "%",
          "PLANNED",
          "ESTIMATED",
          "± CHANGE",
          "%",
        ],
        ["% OF CASES CLOSED IN TIME", "93%", "100%", "+ 7", "8", "93%", "93%", "+ 0", "0"],
      ],
      [span(0, 1, 4), span(0, 5, 8)],
    )?.[0]?.[0],
  ).toEqual(["2019/20", 0.93, 1, 1 / 0.93]);
});
