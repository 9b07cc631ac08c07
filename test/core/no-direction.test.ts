/**
 * Issue 21: a line with no better direction gets no achievement. A financial position or a change
 * that may go either way has a budget figure that is a forecast, not a goal ("Total equity", "Net
 * increase / (decrease) in cash held", 本期賸餘(短絀)), read beside lines that are limits to spend
 * against. And a vote's total ("Total for Vote :") is a total, not a programme.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const report = analyzeWorkbook([rowGrid(rows)]);
  const sheet = report.sheets[0];
  return {
    achievements: (sheet?.indicators ?? []).map((i) => [i.name, i.periods[0]?.achievement ?? null]),
    reasons: (sheet?.indicators ?? []).map((i) => i.periods[0]?.notComputable ?? null),
  };
}

test.each([
  [
    ["Financial Targets", "2018 Target\n($000)", "2018 Actual\n($000)", "Variation\n($000)"],
    ["Total cost of services (expense limit)", "298,755", "280,302", "(18,453)"],
    ["Total equity", "397,944", "422,972", "25,028"],
    ["Net increase / (decrease) in cash held", "7,705", "56,243", "48,538"],
  ],
  [
    ["項目", "預算數", "決算數", "比較增減"],
    ["業務成本與費用", 298755, 280302, -18453],
    ["淨值", 397944, 422972, 25028],
    ["本期賸餘(短絀)", 7705, 56243, 48538],
  ],
] as Row[][])("a position or a change either way beside a limit: the limit's execution only (%#)", (...rows) => {
  const { achievements, reasons } = read(rows);
  expect(achievements.map((a) => a[1])).toEqual([expect.closeTo(0.938234, 5), null, null]);
  expect(reasons.slice(1)).toEqual(["no-direction", "no-direction"]);
});

test("a fairness measure named equity keeps its direction", () => {
  const { achievements } = read([
    ["Measure", "Target", "Actual"],
    ["Gender equity index", "0.9", "0.93"],
    ["Pay equity reviews completed", "10", "12"],
  ]);
  expect(achievements.map((a) => a[1])).toEqual([expect.closeTo(0.93 / 0.9, 6), 1.2]);
});

test("a vote's total is a total, checked, not a programme", () => {
  const report = analyzeWorkbook([
    rowGrid([
      ["Program", "Approved Budget", "Released by End Q3", "Spent by End Q3", "% Budget Spent"],
      ["Policing", 500, 400, 380, "76%"],
      ["Training", 100, 70, 60, "60%"],
      ["Total for Vote :", 600, 470, 440, "73%"],
    ]),
  ]);
  expect(report.sheets[0]?.indicators.map((i) => i.name)).toEqual(["Policing", "Training"]);
});

test("a percentile rank is the share ranked below: more is better; a place in a ranking, less", () => {
  const report = analyzeWorkbook([
    rowGrid([
      ["Indicator", "2019 Target", "2019 Actual"],
      ["Percentile rank in the Corruption Perceptions Index improved", 50, 44],
      ["World Competitiveness Yearbook rank", 10, 8],
    ]),
  ]);
  expect(report.sheets[0]?.indicators.map((i) => i.direction)).toEqual(["higher", "lower"]);
});

test.each([
  [
    ["Item", "Budgeted Amounts", "Actual Amounts", "Variance"],
    ["Capital outlay", 4931894, 106566, 4825328],
    ["EXCESS (DEFICIT) OF REVENUES OVER (UNDER) EXPENDITURES", -4671947, 238210, 4910157],
    ["BEGINNING FUNDS AVAILABLE", 4984286, 5058379, 74093],
    ["ENDING FUNDS AVAILABLE", 312339, 5296589, 4984250],
  ],
  [
    ["Item", "Budget", "Actual", "Variance"],
    ["Capital outlay", 4931894, 106566, 4825328],
    ["Excess (deficit) of income over expenditure", -4671947, 238210, 4910157],
    ["Opening cash balance", 4984286, 5058379, 74093],
    ["Closing cash balance", 312339, 5296589, 4984250],
  ],
] as Row[][])("a fund's balances at either end, and the excess or deficit, have no direction (%#)", (...rows) => {
  const { achievements, reasons } = read(rows);
  expect(achievements.map((a) => a[1])).toEqual([expect.closeTo(106566 / 4931894, 6), null, null, null]);
  expect(reasons.slice(1)).toEqual(["no-direction", "no-direction", "no-direction"]);
});

test.each([
  [
    ["Item", "Budgeted Amounts", "Actual Amounts"],
    ["Automobile", 8000, 5614],
    ["Utilities", 126000, 110865],
    ["Total Maintenance", 134000, 116479],
    ["Debt service - interest", 66425, 62317],
    ["Debt service - loan fees", 24400, 24400],
    ["Capital outlay", 4931894, 106566],
    // The lines on the page before are in it too: more than all the lines above, not their sum.
    ["Total Expenditures", 5789206, 903801],
    ["BEGINNING FUNDS AVAILABLE", 4984286, 5058379],
  ],
  [
    ["Account", "Budget", "Actual"],
    ["Meter charges", 8000, 5614],
    ["Standby charges", 126000, 110865],
    ["Total Charges", 134000, 116479],
    ["Water sales", 66425, 62317],
    ["Connection fees", 24400, 24400],
    ["Property taxes", 4931894, 106566],
    ["Total Revenues", 5789206, 903801],
    ["Opening cash balance", 4984286, 5058379],
  ],
] as Row[][])("a line named Total after a subtotal, its budget at least all above it, is a total (%#)", (...rows) => {
  const report = analyzeWorkbook([rowGrid(rows)]);
  const lines = [1, 2, 4, 5, 6, 8].map((k) => rows[k]?.[0]);
  expect(report.sheets[0]?.indicators.map((i) => i.name)).toEqual(lines);
});

test("a line named Total with no subtotal before it is a line of its own", () => {
  const report = analyzeWorkbook([
    rowGrid([
      ["Item", "Budget", "Actual"],
      ["Programme line 1", 5354, 3085],
      ["Programme line 2", 23438, 24213],
      ["Total cost of services", 40000, 39000],
    ]),
  ]);
  expect(report.sheets[0]?.indicators.map((i) => i.name)).toContain("Total cost of services");
});
