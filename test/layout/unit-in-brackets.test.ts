/**
 * Issue 21, round 2026-12-07 (Intervention Board): "Target (per cent.) | Performance (per cent.)"
 * under a year. A unit in brackets is no part of the word naming the column ("Performance" is the
 * result, as alone), and a column headed per cent whose figures no fraction reaches (98.5, 2.5) is in
 * percentage points even where a few are small shares (0.4 per cent).
 */
import { analyzeWorkbook } from "../../src/core";
import { headerRole } from "../../src/core/layout/header-words";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows, [])]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => ({
    name: i.name,
    target: i.periods[0]?.target ?? null,
    actual: i.periods[0]?.actual ?? null,
  }));
}

test.each([
  ["Performance (per cent.)", "actual"],
  ["Outturn (days)", "actual"],
  ["Recorded (%)", "actual"],
  ["Current (2019)", null],
  // Round 2026-12-07x (a Malaysian land office's charter report): "Type of Service | Period | Client
  // Charter Performance", the last the share of cases met; as "Current Performance" beside targets.
  ["Client Charter Performance", "actual"],
  ["Pledge performance", "actual"],
  ["Current Performance", "actual"],
  ["Expected Performance", null],
])("%s names the role %s", (header, role) => {
  expect(headerRole(header)?.role ?? null).toBe(role);
});

test.each([
  [
    ["", "1994–95", ""],
    ["", "Target (per cent.)", "Performance (per cent.)"],
    ["Percentage of claims processed within deadlines", 98.5, 99.9],
    ["Cumulative running cost of efficiency gains", 2.5, 3.6],
    ["Ratio of disallowance to funds handled", 0.4, 0.96],
    ["New value for money saving in procurement", 5, 6.7],
  ],
  [
    ["Key target", "Target (%)", "Outturn (%)"],
    ["Benefit claims cleared within 10 days", 92, 93.4],
    ["Accuracy of payments", 97.5, 96.1],
    ["Reduction in running costs", 3, 3.2],
    ["Overpayments recovered against loss", 0.5, 0.7],
  ],
] as Row[][])("bracketed units: the result's column is read, its figures in points (%#)", (...rows) => {
  const indicators = read(rows);
  const body = rows.filter((r) => typeof r[1] === "number");
  expect(indicators.map((i) => i.name)).toEqual(body.map((r) => r[0]));
  for (const [i, r] of body.entries()) {
    expect(indicators[i]?.target).toBeCloseTo((r[1] as number) / 100, 9);
    expect(indicators[i]?.actual).toBeCloseTo((r[2] as number) / 100, 9);
  }
});

/** The performance column beside the service and its standard, or beside a target, is the result. */
test.each([
  [
    ["No.", "Type of Service", "Period", "Client Charter Performance"],
    ["1.", "Provide Public Complaint Feedback", "3 working days", "100%"],
    ["2.", "Regular Public Complaints Solution", "7 working days", "96%"],
    ["3.", "Application for Transfer of Permission", "7 days", "100%"],
  ],
  [
    ["Ref", "Indicator", "Target", "Current Performance"],
    ["1.", "Provide Public Complaint Feedback", "95%", "100%"],
    ["2.", "Regular Public Complaints Solution", "95%", "96%"],
    ["3.", "Application for Transfer of Permission", "90%", "100%"],
  ],
] as Row[][])("the performance column is the result (%#)", (...rows) => {
  expect(read(rows).map((i) => [i.name, i.actual])).toEqual([
    ["Provide Public Complaint Feedback", 1],
    ["Regular Public Complaints Solution", 0.96],
    ["Application for Transfer of Permission", 1],
  ]);
});
