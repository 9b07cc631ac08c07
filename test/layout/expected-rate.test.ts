/**
 * Issue 21, round 2026-12-07e: a pledge table of targets only ("Academic Unit / … Units | Service
 * Item | Service Indicators | Expected Achievement Rate (%)", Macao Polytechnic University; 單位 |
 * 服務項目 | 服務指標 | 預期達成率): the expected rate is each item's target, the item names the row,
 * and the part of the organisation a row is of is no unit of measure.
 */
import { analyzeWorkbook } from "../../src/core";
import { headerRole } from "../../src/core/layout/header-words";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  ["Expected Achievement Rate (%)", "target"],
  ["預期達成率", "target"],
  ["Achievement rate", "reported"],
  ["Service Item", "indicator"],
  ["Unit", "unit"],
])("%s heads the %s", (text, role) => {
  expect(headerRole(text)?.role).toBe(role);
});

test("an academic unit is no unit of measure", () => {
  expect(headerRole("Academic Unit / Academic Support and Administrative Units")?.role).not.toBe("unit");
});

test("each service item is held to its expected rate", () => {
  const rows: Row[] = [
    [
      "Academic Unit / Academic Support and Administrative Units",
      "Service Item",
      "Service Indicators",
      "Expected Achievement Rate (%)",
    ],
    ["Registry", "Testimonial", "3 working days", "90%"],
    [null, "Academic transcript", "5 working days", "90%"],
    ["Seniors Academy", "Declaration of attendance/registration", "2 working days", "100%"],
  ];
  const indicators = analyzeWorkbook([rowGrid(rows, [])]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.name, i.periods[0]?.target])).toEqual([
    [expect.stringContaining("Testimonial"), 0.9],
    [expect.stringContaining("Academic transcript"), 0.9],
    [expect.stringContaining("Declaration of attendance/registration"), 1],
  ]);
});
