/**
 * Issue 21, round 2026-12-07j: "YTD" or "Year to date" over a column of figures beside a budget or an
 * aim is the result to date (a parish council's "Category | YTD | Budget | Remaining | % YTD"; a fire
 * and rescue service's "Aim 2019/20 | Year to date 2019/20").
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[], merges: Grid["merges"] = []) {
  const sheet = analyzeWorkbook([rowGrid(rows, merges)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [i.name, i.periods.at(-1)?.target, i.periods.at(-1)?.actual]);
}

test("YTD beside Budget is what was spent to date", () => {
  expect(
    read([
      ["Category", "YTD", "Budget", "Remaining", "% YTD"],
      ["Payroll", 141, 305, 164, "46.31%"],
      ["office supplies / petty cash", 58, 355, 297, "16.34%"],
      ["Mobile phone", 15, 76, 61, "19.70%"],
    ]),
  ).toEqual([
    ["Payroll", 305, 141],
    ["office supplies / petty cash", 355, 58],
    ["Mobile phone", 76, 15],
  ]);
});

test("Year to date beside the year's Aim is the year's result so far", () => {
  expect(
    read(
      [
        ["Measures", "Aim", "Year to date"],
        [null, "2019/20", "2019/20"],
        ["Wholetime appliance availability", 100, 98.11],
        ["Community safety contacts", 40000, 19383],
        ["Incidents attended", 5000, 2410],
      ],
      [],
    ),
  ).toEqual([
    ["Wholetime appliance availability", 100, 98.11],
    ["Community safety contacts", 40000, 19383],
    ["Incidents attended", 5000, 2410],
  ]);
});
