/**
 * Issue 21, round 2026-12-07q (Malaysia's public service KPI template, "KELOMPOK | DIMENSI PRESTASI |
 * PETUNJUK PRESTASI UTAMA | SASARAN"; a council's yearly KPI plan laid out "Bil | Petunjuk Prestasi |
 * Sasaran 2020"): in Malay the indicator is the petunjuk prestasi, its target the sasaran, and the
 * group and dimension over them their categories.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  return (analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? []).map((i) => [
    i.name,
    i.periods.map((p) => [p.target, p.actual]),
  ]);
}

test.each([
  [
    ["TEMPLATE KPI TAHUN 2019", null, null, null],
    ["KELOMPOK", "DIMENSI PRESTASI", "PETUNJUK PRESTASI UTAMA", "SASARAN"],
    [
      "Tanggungjawab Seluruh Perkhidmatan Awam",
      "Daya Saing Negara",
      "1.0 Kadar Pertumbuhan Produktiviti Buruh",
      "2.9%",
    ],
    [null, null, "2.0 Pelaksanaan ePerolehan Sektor Awam", "80%"],
    [null, "Tadbir Urus", "3.0 Kehadiran Ahli Mesyuarat", "85%"],
  ],
  [
    ["Bil", "Petunjuk Prestasi", "Sasaran 2019", null],
    [1, "1.0 Kadar Pertumbuhan Produktiviti Buruh", "2.9%", null],
    [2, "2.0 Pelaksanaan ePerolehan Sektor Awam", "80%", null],
    [3, "3.0 Kehadiran Ahli Mesyuarat", "85%", null],
  ],
] as Row[][])("petunjuk prestasi | sasaran: indicators and their targets (%#)", (...rows) => {
  expect(read(rows)).toEqual([
    ["1.0 Kadar Pertumbuhan Produktiviti Buruh", [[0.029, null]]],
    ["2.0 Pelaksanaan ePerolehan Sektor Awam", [[0.8, null]]],
    ["3.0 Kehadiran Ahli Mesyuarat", [[0.85, null]]],
  ]);
});
