/**
 * Issue 21, round 2026-12-07x (two Indian ministries' answers): "Year | BE | RE | Expenditure |
 * Expenditure as percentage of RE", no name column and no budget word. The rate the table prints is
 * Expenditure ÷ RE on every row, so the table is one series over the years: RE its budget, Expenditure
 * its spending, the rate in points checked against them. Shares of one whole printed beside each part
 * (人員維持 | 百分比 | 作業維持 | 百分比 | 預算金額) are parts, no spending against a budget.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row, type RowCell } from "../support/row-grid";

function read(rows: Row[]) {
  const analysis = analyzeWorkbook([rowGrid(rows, [])]);
  const indicators = analysis.sheets[0]?.indicators ?? [];
  return { indicators, findings: analysis.findings };
}

test.each([
  [
    ["Year", "BE", "RE", "Expenditure", "Expenditure as percentage of RE"],
    ["2011-12", 12650, 16100, 15604.44, 96.92],
    ["2012-13", "18.500.00", 17180, 16970.19, 98.78],
    ["2013-14", "20.350.00", "18.200.00", 17978.51, 98.78],
    ["2014-15", "21.000.00", "18.500.00", 16854.41, 91.1],
  ],
  [
    ["年度", "原列數", "調整數", "實付數", "實付數占調整數比率"],
    ["108年", 500, 480, 470, 97.92],
    ["109年", 520, 510, 400, 78.43],
    ["110年", 530, 540, 539, 99.81],
  ],
] as Row[][])("the printed rate makes the years one series of spending against budget (%#)", (...rows) => {
  const { indicators, findings } = read(rows);
  expect(indicators).toHaveLength(1);
  const body = rows.slice(1);
  // "18.200.00" is 18,200: the stops group thousands.
  const amount = (cell: RowCell | undefined): number =>
    typeof cell === "number" ? cell : typeof cell === "string" ? Number(cell.slice(0, -3).replace(/\./g, "")) : NaN;
  const periods = indicators[0]?.periods ?? [];
  expect(periods.map((p) => p.target)).toEqual(body.map((r) => amount(r[2])));
  const spent = body.map((r): unknown => expect.closeTo(amount(r[3]) / amount(r[2]), 9));
  expect(periods.map((p) => p.achievement)).toEqual(spent);
  // The printed rate agrees with the figures at its precision: no finding of a mismatch.
  expect(findings.filter((f) => f.code === "REPORTED_MISMATCH")).toEqual([]);
});

test("shares of one whole printed beside each part are no spending against a budget", () => {
  const rows: Row[] = [
    ["年度", "人員維持", "百分比", "作業維持", "百分比", "預算金額"],
    [105, 145723, 45.53, 77252, 24.13, 320085],
    [106, 147714, 46.27, 85865, 26.89, 319275],
    [107, 158508, 48.37, 84116, 25.67, 327700],
  ];
  const { indicators } = read(rows);
  expect(indicators.every((i) => i.periods.every((p) => p.achievement === null))).toBe(true);
});
