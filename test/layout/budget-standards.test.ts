/**
 * Issue 21: New Zealand's Estimates state each output's "Budgeted Standard" for the year and an
 * "Estimated Actual" made before the year closed: the standard is the year's target, the estimate no
 * result, so nothing is rated. A budget beside a target of its own year is a plan beside a plan.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    [null, "2007/08", "2007/08", "2008/09"],
    ["Performance Measures", "Budgeted Standard", "Estimated Actual Standard", "Budget Standard"],
    ["The percentage of calls answered within 20 seconds will be no less than:", "85%", "90%", "90%"],
    ["The percentage of payments made within 21 working days will be no less than:", "97%", "97%", "97%"],
  ],
  [
    ["Output measure", "2022/23 Budget Standard", "2022/23 Estimated Actual", "2023/24 Budget Standard"],
    ["Ministerial letters replied to within 20 working days", "95%", "92%", "95%"],
    ["Briefings delivered on the agreed date", "90%", "97%", "90%"],
  ],
] as Row[][])("budgeted standards are targets, an estimated actual no result (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators).toHaveLength(2);
  for (const i of indicators) {
    expect(i.periods.map((p) => p.achievement)).toEqual([null, null]);
    expect(i.periods.every((p) => p.target !== null && p.actual === null)).toBe(true);
  }
});

test("a budget and a target of the same year: no achievement between them", () => {
  const indicators =
    analyzeWorkbook([
      rowGrid([
        ["Measure", "2023 Budget", "2023 Target"],
        ["Clients served", 1200, 1000],
      ]),
    ]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => i.periods.map((p) => p.achievement))).toEqual([[null]]);
});

test("a budgeted volume beside an estimated actual outcome of the same year: nothing rated", () => {
  const indicators =
    analyzeWorkbook([
      rowGrid([
        [
          "Activity information",
          "BUDGETED\nVOLUME\n2011/12",
          "ESTIMATED\nACTUAL\nOUTCOME\n2011/12",
          "BUDGET\nVOLUME\n2012/13",
        ],
        ["The number of psychological reports provided to court", 150, 100, 250],
        ["The number of court attendance hours", 106562, 98600, 107057],
      ]),
    ]).sheets[0]?.indicators ?? [];
  expect(indicators.flatMap((i) => i.periods.map((p) => p.achievement))).toEqual(
    indicators.flatMap((i) => i.periods.map(() => null)),
  );
  expect(indicators).toHaveLength(2);
});
