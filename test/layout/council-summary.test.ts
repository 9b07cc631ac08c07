/**
 * Issue 21, round 2026-12-07o (a district council's summary, newest first: "Performance up to Quarter 3
 * 2014/15 | Target up to Quarter 3 | Previous performance up to Quarter 3 2013/14", and a London
 * borough's customer service KPIs): a standing target beside this period's results and past ones is
 * this period's; a tolerance ("+/-5.0%") is no level; waste sent to landfill or arising per household,
 * and the speed of a response, are to be kept down; a variation on budget is held near it; and times
 * in seconds and in minutes are no ratio as written.
 */
import { analyzeWorkbook } from "../../src/core";
import { directionOfName } from "../../src/core/analysis/direction-words";
import { parseValue } from "../../src/core/values/parse-value";
import { percentInSentence, targetInSentence } from "../../src/core/values/sentence-target";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  return (analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? []).map((i) =>
    i.periods.map((p) => [p.period, p.target, p.actual, p.achievement === null ? null : p.achievement.toFixed(4)]),
  );
}

test.each([
  [
    [
      "Indicator",
      "Performance up to Quarter 3 2014/15",
      "Target up to Quarter 3",
      "Previous performance up to Quarter 3 2013/14",
    ],
  ],
  [["Measure", "Performance for 2023/24", "Target", "Prior year performance 2022/23"]],
] as Row[][])("a target beside this period's results and past ones is this period's (%#)", (header) => {
  const [indicator] = read([
    header,
    ["New homes built (net)", 209, 338, 219],
    ["Affordable homes provided", 142, 75, 132],
  ]);
  const [past, present] = indicator ?? [];
  expect(past?.slice(1)).toEqual([null, 219, null]);
  expect(present?.slice(1)).toEqual([338, 209, (209 / 338).toFixed(4)]);
});

test("a tolerance either side is no level; the level beside it still is", () => {
  expect(percentInSentence("+/-5.0%")).toBeNull();
  expect(percentInSentence("± 2%")).toBeNull();
  const level = targetInSentence(
    "At least 85% plus or minus 2% within the range of sampling error",
    parseValue({ value: "88%" }),
  );
  expect(level).toEqual(expect.objectContaining({ value: 0.85 }));
});

test.each([
  ["Percentage of municipal waste landfilled (provisional data)", "lower"],
  ["The amount of biodegradable Local Authority Collected Municipal Waste that is landfilled", "lower"],
  ["Average Kg (gross) waste collected per household", "lower"],
  ["Residual household waste per household (kg)", "lower"],
  ["每人每日垃圾產生量", "lower"],
  ["Average phone response speed", "lower"],
  ["Average speed of answering a customer call", "lower"],
  ["Variation on budget - Housing Revenue Account", "closer"],
  ["Operating expenditures, budget vs actual", "closer"],
  ["Proportion of household waste reused, recycled or composted", null],
] as Array<[string, string | null]>)("%s: %s", (name, direction) => {
  expect(directionOfName(name)).toBe(direction);
});

test.each([
  ["51 seconds", "3 minutes"],
  ["2 hours", "90 minutes"],
])("%s against %s is no ratio as written", (actual, target) => {
  expect(parseValue({ value: actual }).kind).toBe("number");
  const [periods] = read([
    ["Indicator", "Target", "Actual"],
    ["Average wait time", target, actual],
    ["Calls answered", "90%", "95%"],
  ]);
  expect(periods?.[0]?.[3]).toBeNull();
});
