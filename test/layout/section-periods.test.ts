/**
 * Issue 21: a year alone on its row over the measures ("2007-08", "2004/05 academic year", "113年度")
 * dates the rows under it; the same measure under several years is one indicator over those years.
 * Also "Grant No" is a code, "% utilization" the rate and "Categorywise Total:" a total.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    ["Measure", "Target (percentage)", "Actual performance (percentage)"],
    ["2007-08", null, null],
    ["Initiated in 1 working day", "95%", "100%"],
    ["Initiated in 2 working days", "99%", "100%"],
    ["2006-07 academic year", null, null],
    ["Initiated in 1 working day", "95%", "98.2%"],
    ["Initiated in 2 working days", "99%", "100%"],
  ],
  [
    ["衡量指標", "目標值", "實際值"],
    ["113年度", null, null],
    ["一日內啟動", "95%", "100%"],
    ["二日內啟動", "99%", "100%"],
    ["112年度", null, null],
    ["一日內啟動", "95%", "98.2%"],
    ["二日內啟動", "99%", "100%"],
  ],
] as Row[][])("a year's section dates its rows; one indicator a measure (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.name, i.periods.length])).toEqual([
    [rows[2]?.[0], 2],
    [rows[3]?.[0], 2],
  ]);
  expect(indicators[0]?.periods.map((p) => p.actual)).toEqual(expect.arrayContaining([1, 0.982]));
});

test("a grant number, the head's name beside its code, % utilization and a categorywise total", () => {
  const report = analyzeWorkbook([
    rowGrid([
      ["Grant No", "Head", "Head", "Budget", "Expenditure", "% utilization"],
      ["074", "4059800510503715", "ICT", 125000000, 124999431, "100.00%"],
      [null, "4059800510503725", "Building & Structure", 170000000, 169990000, "99.99%"],
      ["Categorywise Total:", null, null, 295000000, 294989431, "100.00%"],
    ]),
  ]);
  const indicators = report.sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => i.name)).toEqual(["ICT", "Building & Structure"]);
});
