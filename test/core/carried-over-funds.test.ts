/**
 * Issue 21, round 2026-12-07zd (self-evaluation forms' 项目资金 lines: 年度资金总额, 其中:当年财政拨款,
 * 上年结转资金, 其他资金): money carried over from last year is one of this year's sources of funds,
 * not a column of last year; 上年度預算數 still names last year.
 */
import { relativePeriodInText } from "../../src/core/values/period";

test.each(["上年结转资金", "上年結轉", "上年结余资金", "上年度結餘"])("%s is a source of funds, no period", (text) => {
  expect(relativePeriodInText(text)).toBeNull();
});

test.each(["上年度預算數", "上年度决算数", "上年"])("%s names last year", (text) => {
  expect(relativePeriodInText(text)?.relative).toBe(-1);
});
