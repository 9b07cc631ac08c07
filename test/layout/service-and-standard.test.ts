/**
 * Issue 21, round 2026-12-07a: "Service | Service standard | Target | Results compared to target"
 * (Canada's revenue agency; Hong Kong's Buildings Department: Service | Service Standard |
 * Performance Target): the service names the row, the standard is what each case is held to, and
 * "Results compared to target" heads the results. A result in a unit of its own ("7 weeks", 7週)
 * held to a percentage (100%) counts something else: no achievement, an uncertain reading.
 */
import { analyzeWorkbook } from "../../src/core";
import { headerRole } from "../../src/core/layout/header-words";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows, [])]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => ({
    name: i.name,
    periods: i.periods.map((p) => [p.target, p.actual, p.achievement]),
  }));
}

test.each(["2001-2002 Results compared to target", "Performance against target", "Results against the target"])(
  "%s heads the results",
  (header) => {
    expect(headerRole(header)?.role).toBe("actual");
  },
);

test.each([
  [
    ["Service", "Service standard", "Target", "2002-2003 Results compared to target"],
    ["2. Processing visitor rebate applications", "4-6 weeks", "100%", "95%"],
    ["6. Processing fairness requests", "4-6 weeks", "90%", "92%"],
    ["12. Charities – response to telephone enquiries", "Within 60 seconds", "85%", "80%"],
  ],
  [
    ["Service", "Service Standard", "Performance Target (% meeting standard)", "Performance in 2023"],
    ["- in urban areas", "Inspect within 1.5 hours", "100%", "95%"],
    ["- in new towns in NT", "Inspect within 2 hours", "90%", "92%"],
    ["- in other areas in NT", "Inspect within 3 hours", "85%", "80%"],
  ],
] as Row[][])("the service names the row, the standard does not (%#)", (...rows) => {
  const indicators = read(rows);
  expect(indicators.map((i) => i.name)).toEqual(rows.slice(1).map((r) => r[0]));
  expect(indicators.map((i) => i.periods[0])).toEqual([
    [1, 0.95, 0.95],
    [0.9, 0.92, expect.closeTo(0.92 / 0.9, 9)],
    [0.85, 0.8, expect.closeTo(0.8 / 0.85, 9)],
  ]);
});

test.each([
  [
    ["Service", "Target", "Result"],
    ["Responding to client requested adjustments", "100%", "7 weeks"],
  ],
  [
    ["服務項目", "目標值", "實際值"],
    ["受理申請案件", "100%", "7週"],
  ],
] as Row[][])("a time held to a percentage gives no achievement (%#)", (...rows) => {
  const [adjustments] = read(rows);
  expect(adjustments?.periods[0]?.[2]).toBeNull();
});
