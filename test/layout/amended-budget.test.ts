/**
 * Issue 21, round 2026-12-07r (a Texas city's amended budget, "FY 2020 ACTUAL | FY 2021 ADOPTED | FY
 * 2021 AMENDED"; a county's budget book laid out "Actual 2022 | Adopted 2023 | Amended 2023"): the
 * amended figure is the year's plan as last changed, no result of it; no achievement of one plan
 * against the other.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    [null, "FY 2020", "FY 2021", "FY 2021", "AMENDMENTS"],
    ["DESCRIPTION", "ACTUAL", "ADOPTED", "AMENDED", "$ CHANGE"],
    ["PERSONNEL", 226721, 240507, 228254, -12253],
    ["SUPPLIES AND MAINTENANCE", 19250, 17674, 32010, 14336],
  ],
  [
    ["Line item", "Actual 2020", "Adopted 2021", "Amended 2021", "Change"],
    ["PERSONNEL", 226721, 240507, 228254, -12253],
    ["SUPPLIES AND MAINTENANCE", 19250, 17674, 32010, 14336],
  ],
] as Row[][])("an amended budget is no result of the adopted one (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators).toHaveLength(2);
  for (const i of indicators) {
    expect(i.periods.map((p) => p.achievement)).toEqual(i.periods.map(() => null));
    expect(i.periods.find((p) => p.period === "2020")?.actual).toBeGreaterThan(0);
  }
});
