/**
 * Issue 21, round r: "Budget Estimates | Revised Estimates | Expenditure | % of Utilization with
 * reference to Budget Estimates | Revised Estimates" (India's Ministry of Minority Affairs), 預算數 |
 * 修正預算數 | 實支數 | 執行率 對預算數 | 對修正預算數: the revised estimate is the budget the spending
 * is held to, the columns under a rate's heading are rates (none is a budget), and the rate printed
 * against the revised estimate is the one checked. A unit in brackets over the table is no title.
 */
import { analyzeWorkbook } from "../../src/core";
import { titleAbove } from "../../src/core/layout/title";
import { SheetView } from "../../src/core/layout/sheet-view";
import { rowGrid, type Row } from "../support/row-grid";

const merges = [
  { top: 0, left: 1, bottom: 0, right: 2 },
  { top: 0, left: 4, bottom: 0, right: 5 },
];

function read(rows: Row[]) {
  const report = analyzeWorkbook([rowGrid(rows, merges)]);
  const sheet = report.sheets[0];
  return {
    periods: (sheet?.indicators ?? []).flatMap((i) => i.periods.map((p) => [p.target, p.actual, p.achievement])),
    mismatches: report.findings.filter((f) => f.code.includes("MISMATCH")).length,
  };
}

test.each([
  [
    ["Year", "Budgetary Allocation", null, "Expenditure", "% of Utilization with reference to", null],
    [null, "Budget Estimates", "Revised Estimates", null, "Budget Estimates", "Revised Estimates"],
    ["2010-11", 2600, 2500, 2008.15, 77.24, 80.33],
    ["2011-12", 2850, 2750, 2283.16, 80.11, 83.02],
    ["2012-13", 3135, 2200, 2157.98, 68.84, 98.09],
  ],
  [
    ["年度", "預算", null, "實支數", "執行率(%)", null],
    [null, "預算數", "修正預算數", null, "對預算數", "對修正預算數"],
    ["99年度", 2600, 2500, 2008.15, 77.24, 80.33],
    ["100年度", 2850, 2750, 2283.16, 80.11, 83.02],
    ["101年度", 3135, 2200, 2157.98, 68.84, 98.09],
  ],
] as Row[][])("the spending is held to the revised estimate, and its own rate checked (%#)", (...rows) => {
  const { periods, mismatches } = read(rows);
  expect(periods).toEqual([
    [2500, 2008.15, expect.closeTo(0.80326, 5)],
    [2750, 2283.16, expect.closeTo(0.83024, 5)],
    [2200, 2157.98, expect.closeTo(0.9809, 4)],
  ]);
  expect(mismatches).toBe(0);
});

test("(Rs. in crore) and （單位：千元） over a table are units, not its title", () => {
  for (const unit of ["(Rs. in crore)", "（單位：千元）", "(In Thousand Pesos)"]) {
    const view = new SheetView(rowGrid([["Budget execution"], [unit], ["Year", "Budget"]], []));
    expect(titleAbove(view, 2)).toBe("Budget execution");
  }
});

test.each([
  ["Increase the attendance at community centres", "Actual 2020", "Target 2020"],
  ["提升社區中心參與人次成長率", "109年實際值", "109年目標值"],
])("a rate that fell against a rate to rise by is no achievement, and says so (%s)", (name, actual, target) => {
  const report = analyzeWorkbook([
    rowGrid(
      [
        ["Measure", actual, target],
        [name, { value: -0.8, format: "0%" }, { value: 0.03, format: "0%" }],
        ["Street trees planted, growth", { value: 0.04, format: "0%" }, { value: 0.03, format: "0%" }],
      ],
      [],
    ),
  ]);
  const [fell, rose] = report.sheets[0]?.indicators ?? [];
  expect(fell?.periods[0]?.achievement).toBeNull();
  expect(rose?.periods[0]?.achievement).toBeCloseTo(1.333333, 5);
  expect(report.findings.map((f) => f.cell)).toContain("B2");
});
