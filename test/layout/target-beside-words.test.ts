/**
 * Issue 21, round 2026-12-07zc (a state education department's targets for the year under
 * "Educational Functioning Level (EFL) | (blank) | Target"; a water corporation's service standards
 * under "Service | Target"): a target column beside words is a plan of those names, whatever word
 * heads the words. A header that holds a level itself ("Target ≥ 79%") is a line of figures, and a
 * column of figures no word names beside the target may hold the results: neither is read as a plan.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  return (analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? []).map((i) => [
    i.name,
    i.periods.map((p) => [p.target, p.actual]),
  ]);
}

test.each([
  [
    ["Educational Functioning Level (EFL)", null, "Target"],
    ["ABE Beginning Literacy", "0-1.9", "55%"],
    ["ABE Beginning Basic Education", "2-3.9", "47%"],
    ["ESL Advanced", "6", "26%"],
  ],
  [
    ["Customer service standard", "Target"],
    ["ABE Beginning Literacy", "55%"],
    ["ABE Beginning Basic Education", "47%"],
    ["ESL Advanced", "26%"],
  ],
] as Row[][])("a target beside words under any heading is a plan of those names (%#)", (...rows) => {
  expect(read(rows)).toEqual([
    ["ABE Beginning Literacy", [[0.55, null]]],
    ["ABE Beginning Basic Education", [[0.47, null]]],
    ["ESL Advanced", [[0.26, null]]],
  ]);
});

test("a column of figures no word names beside the target is not left out as a plan", () => {
  const rows: Row[] = [
    ["2018-19", "Forecast $'000", "Collections $'000"],
    ["Payroll Tax", 6978900, 7003524],
    ["Land Tax", 3671100, 3513966],
    ["Congestion Levy", 111300, 111336],
  ];
  expect(read(rows).every(([, periods]) => (periods as unknown[][]).every((p) => p[1] !== null))).toBe(true);
});
