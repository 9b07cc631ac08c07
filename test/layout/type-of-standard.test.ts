/**
 * Issue 21 (service standards): "Type of service standard | Service standard | Metric | Target |
 * Performance" (Transport Canada's report card): "Type of …" heads the items' category, the standard
 * beside it names them, and "Performance" beside "Target" is the result.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    ["Type of service standard", "Service standard", "Metric", "Target", "Performance"],
    ["Mandatory", "Acknowledge receipt of application", "10 business days", "80%", "82%"],
    ["Program-specific", "Send draft agreement", "Various", "80%", "70%"],
  ],
  [
    ["Kind of standard", "Measure", "Standard", "Target", "Performance"],
    ["Mandatory", "Acknowledge receipt of application", "10 business days", "80%", "82%"],
    ["Program-specific", "Send draft agreement", "20 days", "80%", "70%"],
  ],
] as Row[][])("the category at the left, the standards the names, Performance the result (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.name, i.periods[0]?.target, i.periods[0]?.actual])).toEqual([
    ["Acknowledge receipt of application", 0.8, 0.82],
    ["Send draft agreement", 0.8, 0.7],
  ]);
});
