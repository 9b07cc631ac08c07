/**
 * Issue 21, round 2026-12-07r (a Malaysian district council's charter achievement, block after block:
 * the pledge, then Item | Jan … Dec over "Total Received" and "Completed Within Charter"; the same
 * in Malay, "Jumlah Diterima" over "Menepati Piagam"): one pledge a block, named by its sentence,
 * each month's cases its target and those completed within the charter its result.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    ["To ensure rental offers are issued within 2 months after interview.", null, null, null],
    ["Item", "Jan", "Feb", "Mar"],
    ["Total Offers Issued", 7, "N/A", 6],
    ["Completed Within Charter", 7, "N/A", 5],
  ],
  [
    ["Memastikan tawaran sewaan dikeluarkan dalam tempoh 2 bulan selepas temuduga.", null, null, null],
    ["Perkara", "Jan", "Feb", "Mac"],
    ["Jumlah Diterima", 7, "N/A", 6],
    ["Menepati Piagam", 7, "N/A", 5],
  ],
] as Row[][])("cases and those met within the charter are one pledge's target and result (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.name, i.periods.map((p) => [p.target, p.actual, p.achievement])])).toEqual([
    [
      rows[0]?.[0],
      [
        [7, 7, 1],
        [null, null, null],
        [6, 5, 5 / 6],
      ],
    ],
  ]);
});
