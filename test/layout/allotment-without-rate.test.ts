/**
 * Issue 21, round 2026-12-07g (a Philippine city's Statement of Appropriations, Allotments,
 * Obligations and Balances; a zh-TW 預算執行 table laid out the same way): with no rate printed, spending
 * to date is held to what was allotted to date, not the year's appropriation; "Balances of" columns
 * (budget less spent) are neither; a numbered section heading under the header ("I | CURRENT YEAR
 * APPROPRIATIONS", "一、 | 本年度預算") is the data's first row, not a row of the header.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [i.kind, i.periods[0]?.target, i.periods[0]?.actual]);
}

test.each([
  [
    ["Code", "Item", "APPROPRIATIONS", "TOTAL ALLOTMENTS", "OBLIGATIONS", "BALANCES OF", null],
    [null, null, null, null, null, "APPROPRIATIONS", "ALLOTMENTS"],
    ["I", "CURRENT YEAR APPROPRIATIONS", null, null, null, null, null],
    [null, "Personal Services", 19311794.59, 19311794.59, 6062819.18, 13248975.41, 13248975.41],
    [null, "Maintenance and Other Operating Expenses", 32803380, 21855880, 14065309.77, 18738070.23, 7790570.23],
    [null, "Capital Outlays", 16970000, 16970000, 119947.04, 16850052.96, 16850052.96],
  ],
  [
    ["代號", "科目", "預算數", "累計分配數", "累計執行數", "預算餘額", "分配餘額"],
    [null, null, null, null, null, null, null],
    ["一、", "本年度預算", null, null, null, null, null],
    [null, "人事費", 19311794.59, 19311794.59, 6062819.18, 13248975.41, 13248975.41],
    [null, "業務費", 32803380, 21855880, 14065309.77, 18738070.23, 7790570.23],
    [null, "設備及投資", 16970000, 16970000, 119947.04, 16850052.96, 16850052.96],
  ],
] as Row[][])("executed against the allotment, balances no budget (%#)", (...rows) => {
  expect(read(rows)).toEqual([
    ["execution", 19311794.59, 6062819.18],
    ["execution", 21855880, 14065309.77],
    ["execution", 16970000, 119947.04],
  ]);
});

test("a printed rate against the year's budget still decides", () => {
  const rows: Row[] = [
    ["科目", "預算數", "累計分配數", "累計執行數", "執行率(%)"],
    ["人事費", 200, 100, 50, 25],
    ["業務費", 400, 300, 100, 25],
    ["設備及投資", 100, 100, 50, 50],
  ];
  expect(read(rows)).toEqual([
    ["execution", 200, 50],
    ["execution", 400, 100],
    ["execution", 100, 50],
  ]);
});

/**
 * Round 2026-12-07k (a district council's budgetary control report; a zh-TW 歲出預算執行 table laid
 * out the same way): the year's budget profiled to date beside the full year's is what spending to
 * date is held to, as an allotment is; a month's budget beside the sum to date stays its own period.
 */
test.each([
  [
    ["Directorate", "Full Year Budget", "Profiled Budget Y-T-D", "Actual + Commitments", "Variance", "Variance %"],
    ["Recreation Grounds", 107200, 80368, 30595, 49773, "62%"],
    ["Allotments", 28600, 21442, 19039, 2403, "11%"],
    ["Cemetery", 169800, 127299, 48741, 78558, "62%"],
  ],
  [
    ["科目", "全年預算數", "累計預算數", "累計實支數", "差額", "差異%"],
    ["休閒設施", 107200, 80368, 30595, 49773, "62%"],
    ["農地管理", 28600, 21442, 19039, 2403, "11%"],
    ["公墓管理", 169800, 127299, 48741, 78558, "62%"],
  ],
] as Row[][])("spent to date against the budget profiled to date (%#)", (...rows) => {
  expect(read(rows)).toEqual([
    ["execution", 80368, 30595],
    ["execution", 21442, 19039],
    ["execution", 127299, 48741],
  ]);
});
