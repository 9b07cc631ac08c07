/**
 * Issue 21, round 2026-12-07g: a year's months down the rows under "Period" / 月份, a measure in each
 * column (an English county council's payment performance, April to March; a zh-TW monthly table,
 * 1月 to 6月): each column is one indicator over the months, said as written; the year is the table's.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [i.name, i.periods.map((p) => [p.period, p.actual])]);
}

test.each([
  [
    ["Payment performance data 2023/24", null, null],
    ["Period", "Percentage of invoices paid within 30 days", "Number of invoices paid"],
    ["January", "97.55%", 1200],
    ["February", "97.82%", 1310],
    ["March", "98.00%", 1275],
    ["April", "97.81%", 1190],
  ],
  [
    ["113年度付款績效", null, null],
    ["月份", "30日內付款比率", "付款件數"],
    ["1月", "97.55%", 1200],
    ["2月", "97.82%", 1310],
    ["3月", "98.00%", 1275],
    ["4月", "97.81%", 1190],
  ],
] as Row[][])("each column a measure over the months down the rows (%#)", (...rows) => {
  const months = rows.slice(2).map((r) => r[0]);
  expect(read(rows)).toEqual([
    [rows[1]?.[1], [0.9755, 0.9782, 0.98, 0.9781].map((v, k) => [months[k], v])],
    [rows[1]?.[2], [1200, 1310, 1275, 1190].map((v, k) => [months[k], v])],
  ]);
});

test("months out of order are no series: nothing is read as one", () => {
  const rows: Row[] = [
    ["Period", "Percentage of invoices paid within 30 days", "Number of invoices paid"],
    ["March", "97.55%", 1200],
    ["January", "97.82%", 1310],
    ["June", "98.00%", 1275],
  ];
  expect(read(rows).map((r) => r[1])).not.toContainEqual([
    ["March", 0.9755],
    ["January", 0.9782],
    ["June", 0.98],
  ]);
});
