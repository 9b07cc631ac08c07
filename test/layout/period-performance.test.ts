/**
 * Issue 21, round 2026-12-07ze (a housing association's quarterly KPIs: "Key Performance Indicator |
 * (target) | Q3 Performance | On Target"; a council's "2023/24 Performance" beside its target): a
 * period's performance is its result, and "On Target" over ticks and crosses says whether it was met,
 * no target of its own.
 */
import { headerRole } from "../../src/core/layout/header-words";
import { analyzeWorkbook } from "../../src/core";
import { rowGrid } from "../support/row-grid";

test.each(["Q3 Performance", "2023/24 Performance", "FY2022 performance", "Quarter 2 Performance"])(
  "%s is the period's result",
  (text) => expect(headerRole(text)?.role).toBe("actual"),
);

test.each(["On Target", "On target?"])("%s says whether the target was met", (text) =>
  expect(headerRole(text)?.role).toBe("status"),
);

test.each(["Mission Target", "Production target 2024"])("%s is still a target", (text) =>
  expect(headerRole(text)?.role).toBe("target"),
);

test("a table of targets, the quarter's performance and a column of ticks reads target against result", () => {
  const report = analyzeWorkbook([
    rowGrid([
      ["Key Performance Indicator", "Target", "Q3 Performance", "On Target"],
      ["% of Reactive Repairs right first time", "95%", "88.9%", null],
      ["% of Properties with a Gas Safety Certificate", "100%", "99%", null],
    ]),
  ]);
  expect(report.sheets[0]?.indicators.map((i) => [i.periods[0]?.target, i.periods[0]?.actual])).toEqual([
    [0.95, 0.889],
    [1, 0.99],
  ]);
});
