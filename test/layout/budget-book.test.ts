/**
 * Issue 21, round 2026-12-07x (a Texas city's three-year fund summary; a Minnesota city's police budget,
 * a Florida city's fleet budget before it): "2019-20 Actual | 2020-21 Budget | 2021-22 Budget" over lines
 * that add up to a total. Each column is its year's amount: the later years' budgets are no targets for
 * the earlier years' spending, so nothing is rated and growth runs from year to year. Measures of a
 * service with no total ("FY 2022-23 Budget" over days to reconcile the bank) keep their budgets as the
 * levels planned.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  return (analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? []).map((i) => ({
    name: i.name,
    targets: i.periods.map((p) => p.target),
    actuals: i.periods.map((p) => p.actual),
  }));
}

test.each([
  [
    [null, "2019-20\nACTUAL", "2020-21\nBUDGET", "2021-22\nBUDGET"],
    ["Ad Valorem Taxes", 21318933, 22601084, 23363607],
    ["Sales Taxes", 10491589, 10288306, 12414500],
    ["Franchise Fees", 2434205, 2611300, 2475000],
    ["Total revenues", 34244727, 35500690, 38253107],
  ],
  [
    ["Account", "2018 Actual", "2019 Actual", "2021 Budget", "2022 Request"],
    ["Salaries, regular", 1771402, 1955445, 1997152, 2097474],
    ["Overtime", 122299, 116105, 95816, 99700],
    ["Total Personal Services", 1893701, 2071550, 2092968, 2197174],
  ],
] as Row[][])("a budget book's years are each year's amounts (%#)", (...rows) => {
  const indicators = read(rows);
  const lines = rows.slice(1, -1);
  expect(indicators.map((i) => i.name)).toEqual(lines.map((r) => r[0]));
  for (const [n, i] of indicators.entries()) {
    expect(i.targets.every((t) => t === null)).toBe(true);
    expect(i.actuals).toEqual(lines[n]?.slice(1));
  }
});

test("measures of a service with no total keep their budgets as planned levels", () => {
  const rows: Row[] = [
    ["PERFORMANCE INDICATORS", "FY 2021-22\nActual", "FY 2022-23\nBudget", "FY 2023-24\nAdopted\nBudget"],
    ["Avg # of Days for bank reconciliation", 70, 25, 40],
    ["# of Accounts payable checks issued", 4100, 4000, 4000],
  ];
  expect(read(rows).map((i) => i.targets)).toEqual([
    [null, 25, 40],
    [null, 4000, 4000],
  ]);
});

// "2020-21 Budget | 2020-21 Estimate" (a Texas city's fund summary; a Florida city's "Budget |
// Projection"): the year's estimate is a figure of its own, under its whole header, and in no order.
test.each([
  ["2020-21\nESTIMATE", "2020-21 ESTIMATE"],
  ["2020-21 Projection", "2020-21 Projection"],
])("a year's %s beside its budget is told apart", (header, label) => {
  const rows: Row[] = [
    [null, "2019-20\nACTUAL", "2020-21\nBUDGET", header, "2021-22\nBUDGET"],
    ["Ad Valorem Taxes", 21318933, 22601084, 22400000, 23363607],
    ["Sales Taxes", 10491589, 10288306, 11000000, 12414500],
    ["Total revenues", 31810522, 32889390, 33400000, 35778107],
  ];
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  const taxes = sheet?.indicators[0];
  const estimate = taxes?.periods.find((p) => p.period === label);
  expect(estimate?.actual).toBe(22400000);
  expect(estimate?.unordered).toBe(true);
  // The next year grows from the budget, not from the estimate.
  const next = taxes?.periods.find((p) => p.period?.startsWith("2021"));
  expect(next?.growth).toBeCloseTo(23363607 / 22601084 - 1, 9);
});
