/**
 * Issue 21, round 2026-12-07o (a UK department's regional offices, "Actual operating costs 2000–01 |
 * Annual budget 2000–01"): an English header word is found where a word begins, never inside another.
 * "operating" and "generating" hold "rating"; read so, a cost column became a rating
 * and the table no execution table at all.
 */
import { analyzeWorkbook } from "../../src/core";
import { headerRole } from "../../src/core/layout/header-words";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  ["Actual operating costs 2000–01", "actual"],
  ["Operating costs (actual)", "actual"],
  ["Rating", "rating"],
  ["Overall rating", "rating"],
  ["Execution rate", "rate"],
  ["燈號", "rating"],
])("%s is a %s column", (header, role) => {
  expect(headerRole(header)?.role).toBe(role);
});

test.each([["Generating capacity"], ["Operating unit"]])("%s names no role", (header) => {
  expect(headerRole(header)?.role ?? null).toBeNull();
});

test.each([
  // The actual before its budget, as a written answer printed it.
  [
    ["Government offices", "Actual operating costs 2000–01", "Annual budget 2000–01"],
    ["North East", 8197.33, 8292.91],
    ["South East", 9477.27, 8721.83],
    ["London", 18593.81, 18690.4],
  ],
  // A council's services, budget first.
  [
    ["Service", "Operating budget 2019/20", "Net operating costs (actual) 2019/20"],
    ["North East", 8292.91, 8197.33],
    ["South East", 8721.83, 9477.27],
    ["London", 18690.4, 18593.81],
  ],
] as Row[][])("operating costs against a budget are executed against budget (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.name, i.kind, i.periods[0]?.achievement?.toFixed(4)])).toEqual([
    ["North East", "execution", (8197.33 / 8292.91).toFixed(4)],
    ["South East", "execution", (9477.27 / 8721.83).toFixed(4)],
    ["London", "execution", (18593.81 / 18690.4).toFixed(4)],
  ]);
});
