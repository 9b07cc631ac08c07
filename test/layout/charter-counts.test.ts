/**
 * Issue 21, round s: a charter's counts. "Total implemented as per target" counts the cases done in
 * the time set (a result, not a target); "Total target not achieved" counts the misses, no role
 * (Jempol District Council's charter; 如期辦結件數 | 未達成件數 in zh-TW). The printed achievement is
 * then the share met, and no ratio is made of the counts.
 */
import { analyzeWorkbook } from "../../src/core";
import { headerRole } from "../../src/core/layout/header-words";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  ["Total implemented as per target", "actual"],
  ["Total target not achieved", null],
  ["未達成件數", null],
])("%s heads %s", (header, role) => {
  expect(headerRole(header)?.role ?? null).toBe(role);
});

test.each([
  [
    [
      "No",
      "Transactions",
      "Total received",
      "Total implemented as per target",
      "Total target not achieved",
      "Achievements",
    ],
    [1, "Advertisement Licence", 5, 5, 0, 100],
    [2, "Non-risky Business Licence", 15, 14, 1, 93.33],
    [3, "Risky Business Licence", 12, 6, 6, 50],
  ],
  [
    ["序號", "服務項目", "受理件數", "如期辦結件數(as per target)", "未達成件數", "達成率(%)"],
    [1, "廣告物許可", 5, 5, 0, 100],
    [2, "一般商業登記", 15, 14, 1, 93.33],
    [3, "特定商業登記", 12, 6, 6, 50],
  ],
] as Row[][])("no achievement is made of a charter's counts (%#)", (...rows) => {
  const sheet = analyzeWorkbook([rowGrid(rows, [])]).sheets[0];
  const shown = (sheet?.indicators ?? []).flatMap((i) => i.periods.map((p) => p.achievement));
  expect(shown.filter((a) => a !== null && a > 1.5)).toEqual([]);
});

test.each([
  [
    [
      "Bil",
      "Elemen Piagam Pelanggan",
      "Jumlah Menepati Standard",
      "% Menepati Standard",
      "Jumlah Tidak Menepati Standard",
      "Jumlah Perkhidmatan",
    ],
    [1, "Keputusan permohonan bantuan dalam tempoh satu bulan", 16, { value: 1, format: "0%" }, "-", 16],
    [2, "Keputusan permohonan MPKKOA dalam tempoh 30 hari bekerja", 9, { value: 1, format: "0%" }, "-", 9],
    [3, "Surat kelulusan kajian dalam tempoh 14 hari", 20, { value: 0.91, format: "0%" }, 2, 22],
  ],
  [
    ["No", "Pledge", "Number meeting the target", "% meeting the target", "Number not meeting", "Total cases"],
    [1, "Decide grant applications within one month", 16, { value: 1, format: "0%" }, "-", 16],
    [2, "Decide committee applications within 30 working days", 9, { value: 1, format: "0%" }, "-", 9],
    [3, "Approve study visits within 14 days", 20, { value: 0.91, format: "0%" }, 2, 22],
  ],
] as Row[][])("the share that met is each pledge's result; the total is no target (%#)", (...rows) => {
  const sheet = analyzeWorkbook([rowGrid(rows, [])]).sheets[0];
  const read = (sheet?.indicators ?? []).map((i) => i.periods.map((p) => [p.target, p.actual, p.achievement]));
  expect(read).toEqual([[[null, 1, null]], [[null, 1, null]], [[null, 0.91, null]]]);
});
