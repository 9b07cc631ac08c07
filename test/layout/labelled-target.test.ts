/**
 * Issue 21 (family 5): a target the name states under its own label ("… within 60 seconds.\nTarget is
 * 80%", "（目標值：5%以下）") where no column holds targets: the row's target, its bound the direction.
 * A target named inside the sentence ("sites meeting the target of 5 days") is no label.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    ["Three important measures of our\ncall handling and performance are:", "Performance in May 2019"],
    ["The percentage (%) of calls we answered\nwithin 60 seconds.\nTarget is 80%", "82%"],
    ["The percentage of abandoned calls.\n(A customer hangs up before an answer.)\nTarget is 5% or less", "3%"],
  ],
  [
    ["衡量指標", "113年實際值"],
    ["來電於60秒內接聽比率。目標值：80%", "82%"],
    ["來電放棄比率（目標值：5%以下）", "3%"],
  ],
] as Row[][])("a target stated under its label in the name (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.direction, i.periods[0]?.target, i.periods[0]?.actual])).toEqual([
    ["higher", 0.8, 0.82],
    ["lower", 0.05, 0.03],
  ]);
});

test("Performance in May 2019 is the month's result", () => {
  const indicators =
    analyzeWorkbook([
      rowGrid([
        ["Measure", "Performance in May 2019"],
        ["Calls answered within 60 seconds", "82%"],
      ]),
    ]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.periods[0]?.period, i.periods[0]?.actual])).toEqual([["May 2019", 0.82]]);
});

test("a target named inside the sentence is no label: nothing computed from it", () => {
  const indicators =
    analyzeWorkbook([
      rowGrid([
        ["Measure", "2023 Actual"],
        ["Number of sites meeting the target of 5 days", 12],
      ]),
    ]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.periods[0]?.target, i.periods[0]?.achievement])).toEqual([[null, null]]);
});
