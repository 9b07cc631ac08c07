/**
 * Issue 21, round 2026-12-07n (a Malaysian district council's client charter, months in Malay under
 * "Bulan"; a zh-TW 月報 laid out the same way): months down a column headed as the month, no header
 * word for the figures, the printed rate confirming which figure is held to which: one measure over
 * the months, named by the title, never a measure per month.
 */
import { analyzeWorkbook } from "../../src/core";
import { parsePeriod, periodWithinYear } from "../../src/core/values/period";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [i.name, i.periods.map((p) => [p.target, p.actual, p.achievement])]);
}

test.each([
  [
    ["4. Permohonan lesen perniagaan 2019", null, null, null],
    ["Bulan", "Terima", "Selesai", "Selesai (%)"],
    ["JANUARI", 34, 34, 100],
    ["FEBRUARI", 20, 19, 95],
    ["MAC", 11, 11, 100],
    ["APRIL", 8, 6, 75],
  ],
  [
    ["4. 營業登記申請 2019", null, null, null],
    ["月份", "收件", "結案", "結案(%)"],
    ["1月", 34, 34, 100],
    ["2月", 20, 19, 95],
    ["3月", 11, 11, 100],
    ["4月", 8, 6, 75],
  ],
] as Row[][])("one measure over the months (%#)", (...rows) => {
  expect(read(rows)).toEqual([
    [
      rows[0]?.[0],
      [
        [34, 34, 1],
        [20, 19, 0.95],
        [11, 11, 1],
        [8, 6, 0.75],
      ],
    ],
  ]);
});

test("months in Malay are months", () => {
  const months = [
    "JANUARI",
    "FEBRUARI",
    "MAC",
    "APRIL",
    "MEI",
    "JUN",
    "JULAI",
    "OGOS",
    "SEPTEMBER",
    "OKTOBER",
    "NOVEMBER",
    "DISEMBER",
  ];
  expect(months.map((m) => periodWithinYear(m)?.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  expect(parsePeriod("JANUARI")).toBeNull();
});
