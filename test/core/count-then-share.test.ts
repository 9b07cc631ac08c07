/**
 * Issue 21, round 2026-12-07zd (a Sabah state department's client charter: "43/45\n96%\n(2 kes tidak
 * tercapai …)" in each month; a municipal council's "38/38\n100%"): the cases that met the standard
 * over all cases, then their share, then perhaps a note. The share is the cell's figure where the count
 * gives it at its printed precision; a share the count does not give is no figure.
 */
import { analyzeWorkbook } from "../../src/core";
import { parseValue } from "../../src/core/values/parse-value";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  ["43/45\n96%\n(2 kes tidak tercapai kerana pegawai bercuti)", 0.96],
  ["5/6\n83%", 0.83],
  ["38/38\n100%", 1],
  ["1,123/1,123\n100%", 1],
])("%j is its share", (text, share) => {
  const value = parseValue({ value: text });
  expect(value.kind === "number" ? value.value : null).toBe(share);
});

test("a share the count does not give is no figure", () => {
  expect(parseValue({ value: "2/4\n60%" }).kind).toBe("text");
});

test("a charter's months of counts and shares are read as the months' results", () => {
  const months = ["JAN", "FEB", "MAC", "APRIL", "MEI", "JUN", "JULAI", "OGOS", "SEPT", "OCT", "NOV", "DIS"];
  const rows: Row[] = [
    ["PIAGAM PELANGGAN 2012"],
    ["1. Menyampaikan keputusan bagi:", ...months],
    [
      "a. Permohonan rawatan perubatan – 1 hari bekerja.",
      ...months.map((_, i) => (i === 6 ? "5/6\n83%\n(1 kes)" : "8/8\n100%")),
    ],
    ["b. Permohonan pelbagai elaun – 7 hari bekerja.", ...months.map(() => "43/45\n96%")],
  ];
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => i.periods.map((p) => p.actual))).toEqual([
    months.map((_, i) => (i === 6 ? 0.83 : 1)),
    months.map(() => 0.96),
  ]);
});
