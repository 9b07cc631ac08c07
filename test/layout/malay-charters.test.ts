/**
 * Issue 21, round 2026-12-07y (a district council's and a state land office's client charters, in
 * Malay): "IKUT PIAGAM | TIDAK MENGIKUT PIAGAM | % MENGIKUT PIAGAM" and "BERJAYA MEMATUHI PIAGAM
 * PELANGGAN" over "JUMLAH TERIMA | JUMLAH SELESAI | PERATUS" each month say the cases that met the
 * charter, as "menepati" does: the share met is the result, no count is a target. A column of times to
 * keep ("14 hari bekerja", working days) is the standard, never the names.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

/** "D3:F3" as the grid's merge (rows and columns from 0). */
function merge(range: string) {
  const [from = "", to = ""] = range.split(":");
  const at = (a1: string) => ({ col: a1.charCodeAt(0) - 65, row: Number(a1.slice(1)) - 1 });
  const [a, b] = [at(from), at(to)];
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function read(rows: Row[], merges: string[] = []) {
  return (analyzeWorkbook([rowGrid(rows, merges.map(merge))]).sheets[0]?.indicators ?? []).map((i) => ({
    name: i.name,
    actuals: i.periods.map((p) => p.actual),
    achievements: i.periods.map((p) => p.achievement),
  }));
}

test("a council's charter: the share according to the charter is the result", () => {
  const rows: Row[] = [
    ["Tahun 2016", null, null, null, null, null, null],
    [
      "Bil.",
      "Perkhidmatan",
      "TEMPOH PIAGAM",
      "BIL. PERMOHONAN",
      "IKUT PIAGAM",
      "TIDAK MENGIKUT PIAGAM",
      "% MENGIKUT PIAGAM",
    ],
    [12, "Memberi Perkhidmatan Dan Pengeluaran Bil Cukai Taksiran", "2 kali setahun", 25180, 25180, 0, 100],
    [13, "Memproses Permohonan Sewaan Bangunan", "30 hari", 12, 12, 0, 100],
    [14, "Memproses Permohonan Lesen", "30 hari", 36, 33, 3, 92],
  ];
  expect(read(rows)).toEqual([
    { name: "Memberi Perkhidmatan Dan Pengeluaran Bil Cukai Taksiran", actuals: [1], achievements: [null] },
    { name: "Memproses Permohonan Sewaan Bangunan", actuals: [1], achievements: [null] },
    { name: "Memproses Permohonan Lesen", actuals: [0.92], achievements: [null] },
  ]);
});

test("a land office's monthly charter: the names beside the working days, the share each month", () => {
  const met = "BERJAYA MEMATUHI PIAGAM PELANGGAN";
  const month = ["JUMLAH TERIMA", "JUMLAH SELESAI", "PERATUS"];
  const blank = (n: number): null[] => Array.from({ length: n }, () => null);
  const rows: Row[] = [
    ["Prestasi Piagam Pelanggan Pejabat Tanah April - Jun 2023", ...blank(11)],
    blank(12),
    ["NO.", "PERKARA", "TEMPOH", "APRIL", null, null, "MEI", null, null, "JUN", null, null],
    [null, null, null, met, null, null, met, null, null, met, null, null],
    [null, null, null, ...month, ...month, ...month],
    [
      "1.",
      "Permohonan risalat tanah yang lengkap",
      "30 hari bekerja",
      50,
      50,
      "100%",
      151,
      150,
      "99%",
      210,
      210,
      "100%",
    ],
    [
      "2.",
      "Pemakluman surat keputusan bagi risalat tanah",
      "14 hari bekerja",
      35,
      35,
      "100%",
      21,
      21,
      "100%",
      36,
      36,
      "100%",
    ],
    ["3.", "Permohonan pembangunan tanah diproses", "21 hari bekerja", 1, 1, "100%", 35, 34, "97%", 53, 53, "100%"],
  ];
  const merges = ["A1:L1", "A3:A5", "B3:B5", "C3:C5", "D3:F3", "G3:I3", "J3:L3", "D4:F4", "G4:I4", "J4:L4"];
  expect(read(rows, merges)).toEqual([
    { name: "Permohonan risalat tanah yang lengkap", actuals: [1, 0.99, 1], achievements: [null, null, null] },
    { name: "Pemakluman surat keputusan bagi risalat tanah", actuals: [1, 1, 1], achievements: [null, null, null] },
    { name: "Permohonan pembangunan tanah diproses", actuals: [1, 0.97, 1], achievements: [null, null, null] },
  ]);
});
