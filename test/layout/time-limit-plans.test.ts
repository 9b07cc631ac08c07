/**
 * Issue 21, round 2026-12-07g/h: pledges with targets only, each a time limit written in words
 * ("within 5 minutes", "10 working days"), under "Performance target" (Hong Kong's Census and
 * Statistics Department) or under "Service Standard" beside "Service" and nothing else (Hong Kong's
 * Civil Aviation Department): the limit is the target, at most that long; the service names the row.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [i.name, i.direction, i.periods[0]?.target, i.periods[0]?.actual]);
}

test.each([
  [
    ["Type of service", "Performance target"],
    ["To attend to visitors to the department", "within 5 minutes"],
    ["For trade statistics", "within 0.5 working day"],
    ["To provide a quotation of the payable charge", "within 2 working days"],
  ],
  [
    ["Service", "Service Standard"],
    ["Attend to visitors at the licensing counter", "5 minutes"],
    ["Issue of flight crew licences", "0.5 working day"],
    ["Renewal of a Certificate of Experience", "2 working days"],
  ],
] as Row[][])("a time limit is a target to stay under (%#)", (...rows) => {
  expect(read(rows)).toEqual([
    [rows[1]?.[0], "lower", 5, null],
    [rows[2]?.[0], "lower", 0.5, null],
    [rows[3]?.[0], "lower", 2, null],
  ]);
});

test("beside a result, the standard is what each case is held to, not the target", () => {
  const rows: Row[] = [
    ["Service", "Service Standard", "Target", "Actual"],
    ["Issue of flight crew licences", "5 working days", "95%", "97%"],
    ["Renewal of a Certificate of Experience", "2 working days", "90%", "93%"],
  ];
  expect(read(rows)).toEqual([
    ["Issue of flight crew licences", "higher", 0.95, 0.97],
    ["Renewal of a Certificate of Experience", "higher", 0.9, 0.93],
  ]);
});
