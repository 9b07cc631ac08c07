/** Every figure column has a period (issue 21): the ways published tables name one. */
import {
  arabicYears,
  parsePeriod,
  periodInText,
  periodWithinYear,
  relativePeriodInText,
} from "../../src/core/values/period";

test.each([
  ["Q3 2020/21 Target", "Q3 2020/21", 3],
  ["Q1 (April to June 2019)", "Q1 2019", 1],
  ["113年第2季執行數", "Q2 113", 2],
  ["2019年第三季", "Q3 2019", 3],
])("a quarter is part of the period, never the whole year: %s", (text, label, quarter) => {
  expect(periodInText(text)).toMatchObject({ label, quarter });
});

test.each([
  ["Target 2018 to 2019", "2018/2019", 2018],
  ["Final results 2018 to 2019", "2018/2019", 2018],
  ["二零零四至零五年度", "2004/05", 2004],
  ["中華民國八十九年度", "89", 2000],
  ["一百零八年度", "108", 2019],
])("a year written another way: %s", (text, label, year) => {
  expect(periodInText(text)).toMatchObject({ label, year });
});

test("Chinese numerals are converted only where they count a year", () => {
  expect(arabicYears("第一季")).toBe("第一季");
  expect(arabicYears("八十九年度")).toBe("89年度");
});

test.each([
  ["本年度預算數", "本年度", 0],
  ["本 次 預 算 數", "本次", 0],
  ["上年度預算數", "上年度", -1],
  ["前年度決算數", "前年度", -2],
])("a period named relative to the table's: %s", (text, label, offset) => {
  expect(relativePeriodInText(text)).toMatchObject({ label, relative: offset });
});

test.each(["本年度與上年度比較", "本次與上年度\n比        較", "Long Trend (Last Year)", "Change from previous year"])(
  "a header that compares two periods, or a trend, is no period: %s",
  (text) => {
    expect(relativePeriodInText(text)).toBeNull();
  },
);

test("months are periods of their year", () => {
  expect(parsePeriod("113年1月")).toMatchObject({ label: "113年1月", year: 2024, month: 1 });
  expect(parsePeriod("2024-03")).toMatchObject({ year: 2024, month: 3 });
  expect(parsePeriod("112/113")).toMatchObject({ label: "112/113" });
});

test.each([
  ["JAN", 1, undefined],
  ["Ogos", 8, undefined],
  ["1st Quarter (Jan-Mar)", undefined, 1],
  ["第三季", undefined, 3],
])("a month or quarter without its year is a period of the table's year: %s", (text, month, quarter) => {
  const period = periodWithinYear(text);
  expect(period).toMatchObject({ label: text, relative: 0 });
  expect(period?.month).toBe(month);
  expect(period?.quarter).toBe(quarter);
});

test.each(["Janitor", "Quarterly report", "Mayor"])("words that only start like a month are none: %s", (text) => {
  expect(periodWithinYear(text)).toBeNull();
});

describe("fiscal years as Australian reports print them", () => {
  test.each([
    ["2011\u201112", "2011/12"],
    ["2015\u2011162", "2015/16"],
    ["2019-206", "2019/20"],
  ])("%s reads as %s (a non-breaking hyphen; a footnote's mark glued on)", (text, label) => {
    expect(parsePeriod(text)?.label).toBe(label);
  });
  test("a third digit that does not continue the year is no footnote: 2015-172 is no period", () => {
    expect(parsePeriod("2015-172")).toBeNull();
  });
});

describe("open periods, as multi-year plans split their funds (內政部 跨年期計畫概況表)", () => {
  test.each([
    ["112及以\n前年度\n預算數", "112及以前"],
    ["115及以後\n年度預估\n需求數", "115及以後"],
    ["112年度以前", "112及以前"],
  ])("%j is the period %s, not 前年度", (text, label) => {
    expect(periodInText(text)?.label).toBe(label);
    expect(relativePeriodInText(text)).toBeNull();
  });
});
