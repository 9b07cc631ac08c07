/**
 * Issue 21, round 2026-12-07n (two Irish departments' written answers: the Department of Finance's
 * "Profile to end September 02 | Spend to end September 02", Enterprise, Trade and Employment's
 * "(a) Profile to end May | (b) Expenditure to end May | (c)=(b-a) Variance"): the profile is the
 * budget phased to that date, spending to the date is held to it. "(Over) / under-spending" beside
 * them is their difference, neither.
 */
import { analyzeWorkbook } from "../../src/core";
import { headerRole } from "../../src/core/layout/header-words";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [i.kind, i.periods[0]?.target, i.periods[0]?.actual]);
}

test.each([
  [
    ["Subhead", null, "Profile to end\nSeptember 02", "Spend to end\nSeptember 02"],
    ["E", "Ordnance Survey Ireland", 6953800, 7450500],
    ["H2", "Public Service Benchmarking Body", 984000, 2704843],
    ["J1", "Structural Funds Technical Assistance", 2855744, 2487260],
  ],
  [
    ["Subhead", "Description", "(a)\nProfile to\nend May", "(b)\nExpenditure\nto end May", "(c)=(b-a)\nVariance"],
    ["B1", "Forfás – Grant for Admin. and General Expenses", 6953800, 7450500, 496700],
    ["B2", "The Trade and Business Development Body", 984000, 2704843, 1720843],
    ["C1", "IDA – Grant for Admin. and General Expenses", 2855744, 2487260, -368484],
  ],
] as Row[][])("spending to date against the profile (%#)", (...rows) => {
  expect(read(rows)).toEqual([
    ["execution", 6953800, 7450500],
    ["execution", 984000, 2704843],
    ["execution", 2855744, 2487260],
  ]);
});

test.each([["(Over) /\nunder-\nspending"], ["% (Over) / underspending"], ["Underspend"]])(
  "%s is a difference, no role",
  (header) => expect(headerRole(header)).toBeNull(),
);
