/**
 * Issue 21, rounds 2026-12-07b and i: indicators written as records, a line each, no table: a
 * council's statutory KPIs ("Indicator: | …", "Target: | A maximum of 30 weeks.", "Year-end result: |
 * 67.4 weeks."), a housing association's commitments (the measure's sentence, then "Target: 95%" and
 * "Target exceeded: 97.4%" in one cell each, a line of counts after), and the same in zh-TW (指標： |
 * 目標值： | 實際值：). Each record is an indicator against its own target; a lone record is no list.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const grid: Grid = rowGrid(rows);
  const sheet = analyzeWorkbook([grid]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [
    i.name,
    i.direction,
    i.periods[0]?.period ?? null,
    i.periods[0]?.target,
    i.periods[0]?.actual,
  ]);
}

test("label and value in two cells, records apart by a blank row", () => {
  expect(
    read([
      ["Statutory indicators and standards 2023/24", null],
      [null, null],
      ["Indicator:", "The average processing time of major planning applications"],
      ["Target:", "A maximum of 30 weeks."],
      ["Year-end result:", "67.4 weeks."],
      ["Status:", "Not achieved."],
      [null, null],
      ["Indicator:", "The percentage of enforcement cases concluded within 39 weeks"],
      ["Target:", "A minimum of 70%."],
      ["Year-end result:", "87.3%."],
      ["Status:", "Achieved."],
    ]),
  ).toEqual([
    ["The average processing time of major planning applications", "lower", "2023/24", 30, 67.4],
    ["The percentage of enforcement cases concluded within 39 weeks", "higher", "2023/24", 0.7, 0.873],
  ]);
});

test.each([
  [
    ["Carry out all required annual gas safety checks in rented properties."],
    ["Target: 100%"],
    ["Current performance: *99.8%"],
    ["80,390 required, 80,211 completed"],
    ["Check the electrical wiring in your block and home every 5 years."],
    ["Target: 95%"],
    ["Target exceeded: 97.4%"],
    ["99,686 required, 97,123 completed"],
  ],
  [
    ["每年完成出租住宅瓦斯安全檢查"],
    ["目標值：100%"],
    ["實際值：99.8%"],
    ["應檢 80,390 戶，已檢 80,211 戶"],
    ["每5年檢查社區與住宅電線"],
    ["目標值：95%"],
    ["實際值：97.4%"],
    ["應檢 99,686 戶，已檢 97,123 戶"],
  ],
] as Row[][])("one cell a line, the counts after each result (%#)", (...rows) => {
  expect(read(rows)).toEqual([
    [rows[0]?.[0], "higher", null, 1, 0.998],
    [rows[4]?.[0], "higher", null, 0.95, 0.974],
  ]);
});

test("a lone record is no list", () => {
  expect(read([["Check the electrical wiring every 5 years."], ["Target: 95%"], ["Target exceeded: 97.4%"]])).toEqual(
    [],
  );
});
