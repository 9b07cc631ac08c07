/**
 * Issue 21, round 2026-12-07b: a header row with years newest first beside words no list holds
 * ("Budget | Projected | Actual | Encumbered | Available Budget | Percentage Used | 2007 | 2006 |
 * 2005", a county's schedule of expenditures under "Audited"; 預算數 | 實支數 | 保留數 | 113 | 112 | 111):
 * a header, not a data row, so the table is read; "Percentage Used" is the rate of the budget used.
 * Round 2026-12-07j: years down the rows newest first (a transport body's FOI figures) read in time order.
 */
import { analyzeWorkbook } from "../../src/core";
import { headerRole } from "../../src/core/layout/header-words";
import { rowGrid, type Row } from "../support/row-grid";

test.each(["Percentage Used", "% used"])("%s is a rate", (text) => {
  expect(headerRole(text)?.role).toBe("rate");
});

test.each([
  [
    [null, "Amended", "Year to Date", "Year to Date", null, "Audited", "Audited", "Audited"],
    [null, "Budget", "Actual", "Encumbered", "Percentage Used", 2007, 2006, 2005],
    ["Board of Commissioners", 1069433, 808429, 18102, "77.29%", 887471, 753736, 717573],
    ["County Clerk", 169898, 126128, 0, "74.24%", 158021, 144001, 139870],
  ],
  [
    [null, "本年度", "累計", "累計", null, "決算", "決算", "決算"],
    [null, "預算數", "實支數", "保留數", "執行率", 113, 112, 111],
    ["議會業務", 1069433, 808429, 18102, "77.29%", 887471, 753736, 717573],
    ["戶政業務", 169898, 126128, 0, "74.24%", 158021, 144001, 139870],
  ],
] as Row[][])("years newest first in a header row: the table is read (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows, [])]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => i.name)).toEqual([rows[2]?.[0], rows[3]?.[0]]);
  expect(indicators[0]?.kind).toBe("execution");
});

test.each([
  [
    ["Year", "Number of requests", "Percentage answered on time"],
    ["2017/18", 3201, "91.6%"],
    ["2016/17", 2616, "80.7%"],
    ["2015/16", 2582, "85.4%"],
  ],
  [
    ["年度", "受理件數", "準時回復比率"],
    ["112年", 3201, "91.6%"],
    ["111年", 2616, "80.7%"],
    ["110年", 2582, "85.4%"],
  ],
] as Row[][])("years down the rows newest first: each column one measure, its years in time order (%#)", (...rows) => {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  const years = [rows[3]?.[0], rows[2]?.[0], rows[1]?.[0]].map((y) => `${y as string | number}`.replace(/年$/, ""));
  expect((sheet?.indicators ?? []).map((i) => [i.name, i.periods.map((p) => [p.period, p.actual])])).toEqual([
    [rows[0]?.[1], [2582, 2616, 3201].map((v, k) => [years[k], v])],
    [rows[0]?.[2], [0.854, 0.807, 0.916].map((v, k) => [years[k], v])],
  ]);
});
