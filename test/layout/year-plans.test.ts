/**
 * Issue 21: a budget book's performance measures read by the word over each year. A budgeted year
 * beside years of results is that year's target (Mansfield, Keller); an estimate of a year with a
 * later plan is its amount as known (Arlington, Westlake); a year-end projection beside its own
 * year's budget is set aside (Keller, Watauga), so nothing is rated against a projection.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function periods(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  return (sheet?.indicators[0]?.periods ?? []).map(
    (p) => `${p.period}:${p.target}/${p.actual}/${p.achievement === null ? "-" : "rated"}`,
  );
}

test.each([
  [
    ["City Administration", "Actual 2016/2017", "Actual 2017/2018", "Budget 2018/2019"],
    ["Council meetings", 35, 34, 40],
  ],
  [
    ["PERFORMANCE INDICATORS", "FY 2021-22 Actual", "FY 2022-23 Actual", "FY 2023-24 Adopted Budget"],
    ["Days to reconcile", 35, 34, 40],
  ],
])("a budgeted year beside years of results is its target: %j", (header, row) => {
  const read = periods([header, row]);
  expect(read.slice(0, 2).map((p) => p.split(":")[1])).toEqual(["null/35/-", "null/34/-"]);
  expect(read[2]?.split(":")[1]).toBe("40/null/-");
});

test("a budget beside the result of its own period stays spending against budget", () => {
  const sheet = analyzeWorkbook([
    rowGrid([
      ["科目名稱", "本月份實際數", "本月份預算數", "累計實際數", "累計預算數"],
      ["業務收入", 110, 100, 450, 500],
    ]),
  ]).sheets[0];
  expect(sheet?.indicators[0]?.kind).toBe("execution");
});

test.each([
  [["Key Measures", "FY 2017 Actual", "FY 2018 Actual", "FY 2019 Estimate", "FY 2020 Target"]],
  [["Performance Measures", "2017 Actual", "2018 Actual", "2019 Estimated", "2020 Target"]],
])("an estimate before a later target is the year's amount, never its target: %j", (header) => {
  const read = periods([header, ["Community Watch Groups", 200, 210, 233, 240]]);
  expect(read[2]?.split(":")[1]).toBe("null/233/-");
  expect(read[3]?.split(":")[1]).toBe("240/null/-");
});

test.each([
  [["PERFORMANCE INDICATORS", "FY 2021-22 Actual", "FY 2022-23 Budget", "FY 2022-23 YE Proj.", "FY 2023-24 Adopted"]],
  [["Workload Indicators", "FY2021-22 Actual", "FY2022-23 Adopted", "FY2022-23 Projected", "FY2023-24 Target"]],
])("a projection beside its own year's plan is set aside, nothing rated against it: %j", (header) => {
  const read = periods([header, ["Avg # of Days for bank reconciliation", 70, 25, 50, 40]]);
  expect(read.map((p) => p.split(":")[1])).toEqual(["null/70/-", "25/null/-", "40/null/-"]);
});

test.each([
  [["Key Performance Indicators", "2016/17", "2017/18", "2018/19", "Target"]],
  [["績效指標", "110年", "111年", "112年", "目標值"]],
])("a target after a run of bare years is the newest year's, the years before it results: %j", (header) => {
  const read = periods([header, ["% of calls resolved on first contact", "88%", "86%", "95%", "85%"]]);
  expect(read.map((p) => p.split(":")[1])).toEqual(["null/0.88/-", "null/0.86/-", "0.85/0.95/rated"]);
});

test("a target that restates the newest year on most rows leaves the years a plan's figures", () => {
  const sheet = analyzeWorkbook([
    rowGrid([
      ["Indicator", "2020", "2021", "2022", "Plan Target"],
      ["Percentile rank in the WGI", 43, 50, 50, 50],
      ["Percentile rank in the CPI", 44, 50, 55, 55],
    ]),
  ]).sheets[0];
  const rated = (sheet?.indicators ?? []).flatMap((i) => i.periods).filter((p) => p.achievement !== null);
  expect(rated).toEqual([]);
});

test.each([
  [["Indicator", "2020", "2021", "2022", "Plan Target"], "Percentage of shared services integrated (cumulative)"],
  [["績效指標", "110年", "111年", "112年", "計畫目標值"], "線上申辦服務整合百分比"],
])(
  "an end-of-plan target restating the last year: each year's figure is its target, named percent in points: %j",
  (header, name) => {
    const read = periods([header, [name, 30, 50, 100, 100]]);
    expect(read.map((p) => p.split(":")[1])).toEqual(["0.3/null/-", "0.5/null/-", "1/null/-"]);
  },
);
