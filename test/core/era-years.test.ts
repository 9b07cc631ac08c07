/**
 * Issue 21, round 2026-12-08c (a Tokyo city's accounts, 平成18年度 | 平成17年度 | 比較増減; a Toyama city's
 * outcome indicators by 平成 year): Japan's era years are years, 平成18年度 2006 and 令和元年 2019.
 */
import { analyzeWorkbook } from "../../src/core";
import { periodInText } from "../../src/core/values/period";
import { rowGrid } from "../support/row-grid";

test.each([
  ["平成18年度", "平成18", 2006],
  ["令和元年度", "令和元", 2019],
  ["令和6年度下半期", "令和6", 2024],
  ["昭和63年", "昭和63", 1988],
])("%s is the year %s (%i)", (text, label, year) => {
  expect(periodInText(text)).toMatchObject({ label, year });
});

test("平成 years as a budget statement's columns: two periods' amounts, no achievement between them", () => {
  const report = analyzeWorkbook([
    rowGrid([
      ["年度\n区分", "平成18年度", "平成17年度", "比較増減"],
      ["一般会計", "22,378,000", "21,276,000", "1,102,000"],
      ["国民健康保険", "6,913,933", "6,823,129", "90,804"],
    ]),
  ]);
  const first = report.sheets[0]?.indicators[1];
  expect(first?.periods.map((p) => [p.period, p.actual, p.achievement])).toEqual(
    expect.arrayContaining([
      ["平成18", 6913933, null],
      ["平成17", 6823129, null],
    ]),
  );
});
