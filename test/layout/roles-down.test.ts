/**
 * Issue 21: roles down the rows. A column beside the names says what each row holds (Budget
 * Estimates | Revised Estimates | Actual Expenditure under one scheme; 預算數 | 實支數 under one
 * plan), the years across: a name's rows are one indicator, its spending against its budget.
 */
import { analyzeWorkbook } from "../../src/core";
import { parseValue } from "../../src/core/values/parse-value";
import { rowGrid, type Row } from "../support/row-grid";

/** The name merged down over its lines, as such tables print it. */
const namesOver = (first: number, lines: number, groups: number) =>
  Array.from({ length: groups }, (_, g) => ({
    top: first + g * lines,
    left: 0,
    bottom: first + g * lines + lines - 1,
    right: 0,
  }));

function read(rows: Row[], merges = namesOver(1, 3, 2)) {
  const sheet = analyzeWorkbook([rowGrid(rows, merges)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => ({
    name: i.name,
    kind: i.kind,
    periods: i.periods.map((p) => [p.period, p.target, p.actual, p.achievement]),
  }));
}

test("a revised estimate replaces the first; the spending is held to it", () => {
  const schemes = read([
    ["Name of the scheme", "BE/RE/Actuals", "2013-14", "2014-15"],
    ["Propagation of Right to Information Act", "Budget Estimates", 18.36, 21],
    [null, "Revised Estimates", 18.96, 15],
    [null, "Actual Expenditure", 18.46, 15.02],
    ["Scheme for Administrative Reforms", "Budget Estimates", 23.07, 22.5],
    [null, "Revised Estimates", 22.74, 22.5],
    [null, "Actual Expenditure", "22.79 (upto 31.03.2014)", 22.7],
  ]);
  expect(schemes).toEqual([
    {
      name: "Propagation of Right to Information Act",
      kind: "execution",
      periods: [
        ["2013/14", 18.96, 18.46, expect.closeTo(0.973629, 5)],
        ["2014/15", 15, 15.02, expect.closeTo(1.001333, 5)],
      ],
    },
    {
      name: "Scheme for Administrative Reforms",
      kind: "execution",
      periods: [
        ["2013/14", 22.74, 22.79, expect.closeTo(1.002199, 5)],
        ["2014/15", 22.5, 22.7, expect.closeTo(1.008889, 5)],
      ],
    },
  ]);
});

test.each([
  [
    ["計畫名稱", "預算/實支", "111年度", "112年度"],
    ["社區照顧計畫", "預算數", 1200, 1300],
    [null, "實支數", 1126, 1217],
    ["長照服務計畫", "預算數", 4000, 4500],
    [null, "實支數", 3944, 4450],
  ],
  [
    ["Program", "Type", "FY2019", "FY2020"],
    ["Community care", "Budget", 1200, 1300],
    [null, "Actual", 1126, 1217],
    ["Long-term care", "Budget", 4000, 4500],
    [null, "Actual", 3944, 4450],
  ],
] as Row[][])("a budget line and a spending line under each plan, the years across (%#)", (...rows) => {
  const plans = read(rows, namesOver(1, 2, 2));
  expect(plans.map((p) => [p.kind, p.periods.map((q) => q.slice(1))])).toEqual([
    [
      "execution",
      [
        [1200, 1126, expect.closeTo(0.938333, 5)],
        [1300, 1217, expect.closeTo(0.936154, 5)],
      ],
    ],
    [
      "execution",
      [
        [4000, 3944, 0.986],
        [4500, 4450, expect.closeTo(0.988889, 5)],
      ],
    ],
  ]);
});

test("names with figures of their own, and no column of roles, stay one indicator a row", () => {
  const rows = read(
    [
      ["項目", "類別", "111年", "112年"],
      ["補助案件數", "社福", 120, 130],
      ["宣導場次", "教育", 40, 45],
    ],
    [],
  );
  expect(rows.map((r) => r.name)).toEqual(["補助案件數", "宣導場次"]);
});

test.each(["3.94(upto 26.11.2016)", "3.94 (as on 26.11.2016)", "3.94（截至11月26日）"])(
  "%s is the figure to that date",
  (text) => {
    const value = parseValue({ value: text });
    expect(value.kind === "number" && value.value).toBe(3.94);
  },
);

test.each([
  // Mississippi's measures: no word over the names or the roles, the rate line "Achieved" under them.
  [
    [null, null, "FY 2014", "FY 2015"],
    ["Legislative", null, null, null],
    ["Recommendations prepared", "Projected", 314, 327],
    [null, "Actual", 322, 322],
    [null, "Achieved", { value: 1.03, format: "0%" }, { value: 0.98, format: "0%" }],
    ["Average users per analyst", "Projected", 52.3, 54],
    [null, "Actual", 53.6, 53.6],
    [null, "Achieved", { value: 1.02, format: "0%" }, { value: 0.99, format: "0%" }],
  ],
  // A zh-TW plan's: 預估值 | 實際值 | 達成值 down the rows, the rate a bare percent figure.
  [
    [null, null, "112年度", "113年度"],
    ["綜合規劃處", null, null, null],
    ["審查案件數", "預估值", 314, 327],
    [null, "實際值", 322, 322],
    [null, "達成值", 103, 98],
    ["平均訪視次數", "預估值", 52.3, 54],
    [null, "實際值", 53.6, 53.6],
    [null, "達成值", 102.5, 99.3],
  ],
] as Row[][])("role words down the only labelled column are no names; a rate line is the rate (%#)", (...rows) => {
  const measures = read(rows, namesOver(2, 3, 2));
  expect(measures.map((m) => m.periods.map((p) => p.slice(1)))).toEqual([
    [
      [314, 322, expect.closeTo(1.025478, 5)],
      [327, 322, expect.closeTo(0.984709, 5)],
    ],
    [
      [52.3, 53.6, expect.closeTo(1.024857, 5)],
      [54, 53.6, expect.closeTo(0.992593, 5)],
    ],
  ]);
  expect(measures.map((m) => m.name)).toEqual([rows[2]?.[0], rows[5]?.[0]]);
});
