/**
 * Issue 21: one indicator under its title, its years down a column of labels and its figures beside
 * them, no header row: "2005 Result" and "2005 Plan" (US Veterans Affairs), "2003 Results" then
 * "Target" (US State Department). Each label says the year and whether
 * the figure is a result or a plan; a long-range "Strategic Target" has no year and is left out.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const layouts: Row[][] = [
  [
    ["Key Measure: Average Days to Process Rating-Related Actions", null, null],
    ["2001", 181, "On average the veteran waited a day longer."],
    ["2002", 223, null],
    ["2003", 182, null],
    ["2005 Result", 167, null],
    ["2005 Plan", 145, null],
    ["2006 Plan", 145, null],
    ["Strategic Target", 125, null],
  ],
  [
    ["Indicator #1: Average Days to Process Rating-Related Actions", null, null],
    ["FY Results History", "2001", 181],
    [null, "2002", 223],
    [null, "2003", 182],
    ["FY 2005 Data", "2005 Results", 167],
    [null, "Target", 145],
    [null, "Rating", "Below Target"],
  ],
];

test.each(layouts)("years and what each figure is, down a column of labels (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators).toHaveLength(1);
  const [indicator] = indicators;
  expect(indicator?.direction).toBe("lower");
  const byYear = indicator?.periods.map((p) => [p.period, p.target, p.actual]);
  expect(byYear?.slice(0, 4)).toEqual([
    ["2001", null, 181],
    ["2002", null, 223],
    ["2003", null, 182],
    ["2005", 145, 167],
  ]);
  expect(indicator?.periods.find((p) => p.period === "2005")?.achievement).toBeCloseTo(145 / 167, 6);
});

test("two stray label-and-figure rows are no series", () => {
  const indicators =
    analyzeWorkbook([
      rowGrid([
        ["Budget notes", null],
        ["2023", 5],
        ["2024", 6],
      ]),
    ]).sheets[0]?.indicators ?? [];
  expect(indicators.filter((i) => i.periods.length === 2 && i.name === "Budget notes")).toEqual([]);
});
