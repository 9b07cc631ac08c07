/**
 * Issue 21, round 2026-12-08b (a forestry bureau's self-evaluation, its amounts' leading digits lost in
 * the stored copy: ".06" budgeted, ".5" spent, 执行率 79.27): a printed rate more than twice or under
 * half the computed one says one of them is misread; no achievement is shown and the reading is said
 * to need a look. A rate near the computed one, or one in a table whose other rows confirm the
 * reading, is a mismatch on that row, as before.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const report = analyzeWorkbook([rowGrid(rows)]);
  return {
    achievements: report.sheets[0]?.indicators.map((i) => i.periods[0]?.achievement ?? null),
    findings: report.findings
      .filter((f) => f.code === "READING_UNCERTAIN" || f.code === "REPORTED_MISMATCH")
      .map((f) => [f.code, f.cell, f.params.why ?? null]),
  };
}

test("a spending table: 833% computed beside 79.27 printed is no achievement", () => {
  expect(
    read([
      ["项目", "全年预算数", "全年执行数", "执行率"],
      ["年度总金额", ".06", ".5", "79.27"],
      ["业务经费", "120", "96", "80.00%"],
    ]),
  ).toEqual({ achievements: [null, 0.8], findings: [["READING_UNCERTAIN", "C2", "printed"]] });
});

test("a KPI table whose rate no other row confirms: 30% computed beside 95% printed is no achievement", () => {
  expect(
    read([
      ["Measure", "Target", "Actual", "% achieved"],
      ["Inspections completed", "1,000", "300", "95%"],
      ["Licences issued", "200", "180", null],
    ]),
  ).toEqual({ achievements: [null, 0.9], findings: [["READING_UNCERTAIN", "C2", "printed"]] });
});

test("where the other rows confirm the rate, a row far from it is a mismatch on that row, its achievement shown", () => {
  expect(
    read([
      ["Measure", "Target", "Actual", "% achieved"],
      ["Inspections completed", "1,000", "300", "95%"],
      ["Licences issued", "200", "180", "90%"],
      ["Complaints answered in time", "500", "450", "90%"],
      ["Applications processed", "400", "400", "100%"],
    ]),
  ).toEqual({ achievements: [0.3, 0.9, 0.9, 1], findings: [["REPORTED_MISMATCH", "D2", null]] });
});
