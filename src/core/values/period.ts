import type { RawValue } from "./cell-value";
import { normalizeText } from "./normalize-text";

/** A reporting period: ROC years (民國, "104 年度" = 2015), AD years, or fiscal years ("2019/20"). */
export interface Period {
  /** The year as written in the sheet, e.g. "104", "2018" or "2019/20". */
  readonly label: string;
  /** The AD year (for a fiscal year, the year it starts in). */
  readonly year: number;
  readonly calendar: "roc" | "ad";
  /** A month within the year (1–12), for monthly and year-to-date tables ("113年1月", "2024-03"). */
  readonly month?: number;
  /** A quarter (1–4) of the year or fiscal year: "Q3 2020/21", "113年第2季". Its label says so. */
  readonly quarter?: number;
  /**
   * A period named relative to the table's own (本年度 0, 上年度 −1, 前年度 −2): its year is the
   * offset until a title or sheet name anchors it, and it is said as written, never as a year.
   */
  readonly relative?: number;
  /** Said by a column's placeholder heading (field2): in no known order, so no growth from the one before. */
  readonly unordered?: boolean;
}

const ROC_OFFSET = 1911;
/**
 * Only years an agency could be reporting on: ROC 80–150 (1991–2061) and AD 1990–2100. A wider
 * range let counts such as 1, 6, 26 in a data row pass for years (issue 10).
 */
const ROC_YEARS = { from: 80, to: 150 };
const AD_YEARS = { from: 1990, to: 2100 };

const PREFIX = String.raw`(?:中華民國|民國|FY|CY|SFY|fiscal\s*year)?\s*`;
const SUFFIX = String.raw`\s*(?:年度|學年度|年|會計年度)?`;
const SINGLE = new RegExp(String.raw`^${PREFIX}(\d{2,4})${SUFFIX}$`, "i");
/** 2019/20, 2019-20, 2019–2020, FY 2020-21, 112/113: a fiscal year across two calendar years. */
const FISCAL = new RegExp(String.raw`^${PREFIX}(\d{2,4})\s*[/\-–~]\s*(\d{2,4})${SUFFIX}$`, "i");
const YEAR_WORD = /年|FY|CY|民國|fiscal/i;
const TO_DATE_NOTE = /\s*[(（](?:up\s*to|upto|till|until|as\s+(?:at|on|of)|截至|截止)[^)）]{1,30}[)）]$/i;

function yearOf(n: number): { year: number; calendar: "roc" | "ad" } | null {
  if (!Number.isInteger(n)) return null;
  if (n >= ROC_YEARS.from && n <= ROC_YEARS.to) return { year: n + ROC_OFFSET, calendar: "roc" };
  if (n >= AD_YEARS.from && n <= AD_YEARS.to) return { year: n, calendar: "ad" };
  return null;
}

function fiscal(first: string, second: string): Period | null {
  const start = yearOf(Number(first));
  if (start === null) return null;
  const end = Number(second);
  // The second half follows the first: 2019/20, 2019/2020, 112/113.
  const follows =
    (second.length === 2 && end === (Number(first) + 1) % 100) ||
    (second.length === first.length && end === Number(first) + 1);
  if (follows) return { label: `${first}/${second}`, ...start };
  // "2015‑162": a footnote's mark (2) printed against 2015-16, its superscript lost in the copy.
  const marked = first.length === 4 && second.length === 3 && Number(second.slice(0, 2)) === (Number(first) + 1) % 100;
  return marked ? { label: `${first}/${second.slice(0, 2)}`, ...start } : null;
}

/** "April 1, 2014", "1 April 2014": a date, its year caught. */
const DATE = String.raw`(?:[a-z]+\.?\s+\d{1,2},?\s+|\d{1,2}\s+[a-z]+\.?,?\s+)(\d{4})`;
const DATES = new RegExp(String.raw`^${DATE}\s*(?:to|until|through|[-–~])\s*${DATE}$`, "i");

/**
 * "April 1, 2014 to March 31, 2015" (a Canadian agency's reporting periods), "1 January 2020 to 31
 * December 2020": a year spelled out as its first and last days, said as written; the fiscal year it
 * starts in, or the calendar year.
 */
function yearOfDates(text: string): Period | null {
  const match = DATES.exec(text);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const from = Number(match[1]);
  const to = Number(match[2]);
  if (to !== from && to !== from + 1) return null;
  const year = yearOf(from);
  return year && { label: text, ...year };
}

/** "113年1月", "113 年 12 月份", "2024年3月", "2024-03": a month of a year. */
const MONTH = /^(?:中華民國|民國)?\s*(\d{2,4})\s*(?:年\s*|[-/.])(\d{1,2})\s*(?:月份?)?$/;

/** "106年 2017", "106 年度 (2017)": one year in both calendars, as bilingual statistics print it. */
const BOTH_CALENDARS = /^(\d{2,3})\s*年度?\s*[(（]?\s*((?:19|20)\d{2})\s*[)）]?$/;

/** "2017 (106年)": the same, the Western year first. */
const BOTH_CALENDARS_AD_FIRST = /^((?:19|20)\d{2})\s*[(（]\s*(\d{2,3})\s*年度?\s*[)）]$/;

function bothCalendars(text: string): Period | null {
  const rocFirst = BOTH_CALENDARS.exec(text);
  const adFirst = rocFirst ? null : BOTH_CALENDARS_AD_FIRST.exec(text);
  const roc = rocFirst?.[1] ?? adFirst?.[2];
  const ad = rocFirst?.[2] ?? adFirst?.[1];
  if (roc === undefined || ad === undefined || Number(roc) + ROC_OFFSET !== Number(ad)) return null;
  const year = yearOf(Number(rocFirst ? roc : ad));
  return year && { label: rocFirst ? roc : ad, ...year };
}

/** "July 2018", "Sept. 2019", "Jan-2020": a month named in words, and its year. */
// "June 2016", and "June '16" (a Scottish agency's quarter ends): the year's last two digits after an apostrophe.
const NAMED_MONTH_YEAR = /^([a-z]{3,9})\.?(?:[\s-]+((?:19|20)\d{2})|\s*['’‘‟‛′`]\s*(\d{2}))$/i;

function namedMonth(text: string): Period | null {
  const match = NAMED_MONTH_YEAR.exec(text);
  const digits = match?.[2] ?? (match?.[3] === undefined ? undefined : `20${match[3]}`);
  if (match?.[1] === undefined || digits === undefined) return null;
  return monthOfYear(match[1], Number(digits), text);
}

/**
 * "Dec 17", "Apr-23": a month and a two-digit year, as monthly dashboards head their columns. Read
 * only where a row of them runs month by month (monthByMonth): alone, "Dec 17" may be a day.
 */
export function shortMonthYear(text: string): Period | null {
  const match = /^([a-z]{3,9})\.?[\s-]+(\d{2})$/i.exec(text.trim());
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const yy = Number(match[2]);
  return monthOfYear(match[1], yy < 50 ? 2000 + yy : 1900 + yy, text.trim());
}

/** Whether periods run a month apart, in order, three at least: Dec 17 | Jan 18 | Feb 18. */
export function monthByMonth(periods: readonly Period[]): boolean {
  const at = (p: Period) => p.year * 12 + (p.month ?? 0);
  return periods.length >= 3 && periods.every((p, i) => i === 0 || at(p) === at(periods[i - 1] ?? p) + 1);
}

/** A month named in words ("Oct", "October") of a year, said as `label`; null where either is none. */
function monthOfYear(name: string, adYear: number, label: string): Period | null {
  const month = MONTHS.find(([pattern]) => pattern.test(name))?.[1];
  const year = yearOf(adYear);
  return month === undefined || !year ? null : { label, ...year, month };
}

/**
 * A period's place in time: its year, then its month or quarter within it (a quarter stands at its
 * last month). Orders periods of one table, and the report's periods by their labels.
 */
export function timeOrder(year: number, within: Pick<Period, "month" | "quarter"> | null): number {
  return year * 100 + (within?.month ?? (within?.quarter === undefined ? 0 : within.quarter * 3));
}

function monthPeriod(text: string): Period | null {
  const named = namedMonth(text);
  if (named) return named;
  const match = MONTH.exec(text);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const month = Number(match[2]);
  // "2024-03" needs a four-digit year; "112/113" is a fiscal year, read before this. "2010/11" beside
  // "2011/12", the second number the next year's: a fiscal year, not November.
  if (month < 1 || month > 12 || (!/年/.test(text) && match[1].length !== 4)) return null;
  if (!/年|月/.test(text) && match[2].length === 2 && month === (Number(match[1]) + 1) % 100) return null;
  const year = yearOf(Number(match[1]));
  return year && { label: text, ...year, month };
}

/**
 * Reads a period label. `bare` says whether a plain number (104, 2018) may be taken as a year:
 * only a caller that knows it is looking at a header passes true; a number in a data row is a figure.
 */
export function parsePeriod(raw: RawValue, bare = true): Period | null {
  if (typeof raw === "number") {
    if (!bare) return null;
    const year = yearOf(raw);
    return year && { label: String(raw), ...year };
  }
  if (typeof raw !== "string") return null;
  // "2018-19 (Upto Jan. 19)", "2023 (as at 30 June)": the year, its figures to a date within it.
  const text = normalizeText(raw).trim().replace(TO_DATE_NOTE, "");
  const two = FISCAL.exec(text);
  if (two?.[1] !== undefined && two[2] !== undefined) {
    const period = fiscal(two[1], two[2]);
    if (period) return { ...period, label: text.replace(/[-–~]/, "/").includes("/") ? period.label : text };
  }
  const span = yearOfDates(text);
  if (span) return span;
  const month = monthPeriod(text);
  if (month) return month;
  const both = bothCalendars(text);
  if (both) return both;
  const match = SINGLE.exec(text);
  const digits = match?.[1];
  if (digits === undefined) return null;
  if (!YEAR_WORD.test(text) && (!bare || digits.length < 3)) return null;
  const year = yearOf(Number(digits));
  return year && { label: digits, ...year };
}

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 八十九 → 89, 一百零八 → 108, 十 → 10: a number written with 十 and 百. */
function counted(text: string): number | null {
  const match = /^(?:([一二三四五六七八九])百)?(零)?(?:([一二三四五六七八九])?十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === "" || text === "零") return null;
  const [, hundreds, , tens, ones] = match;
  const has十 = text.includes("十");
  return (
    (hundreds ? (DIGITS[hundreds] ?? 0) * 100 : 0) +
    (has十 ? (tens ? (DIGITS[tens] ?? 0) : 1) * 10 : 0) +
    (ones ? (DIGITS[ones] ?? 0) : 0)
  );
}

/**
 * Years written in Chinese numerals, as 年度 labels in many published tables are: 二零零四至零五年度
 * (2004/05, digit by digit), 八十九年度 and 一百零八年 (ROC years with 十 and 百). Only runs followed
 * by 年 or 至 are converted; other text is left as it is.
 */
export function arabicYears(text: string): string {
  if (!/[〇零一二三四五六七八九十百]/.test(text)) return text;
  return text
    .replace(/[〇零一二三四五六七八九十百]+(?=\s*(?:年|至|[-–/]))/g, (run) => {
      if (/[十百]/.test(run)) return String(counted(run) ?? run);
      return Array.from(run, (ch) => String(DIGITS[ch] ?? ch)).join("");
    })
    .replace(/(\d{2,4})\s*至\s*(\d{2,4})(?=\s*年)/g, "$1/$2");
}

/** A period named inside a longer label: "2024 Target", "FY2023\nActual", "113年度目標值", "100 年度施政績效". */
export function periodInText(text: string): Period | null {
  const t = arabicYears(normalizeText(text));
  // "2024年4月", "113年1月", "2024-03": a month of its year, the whole label.
  const month = monthPeriod(t.trim());
  if (month) return month;
  // "Performance in May 2019": the month a header's figures are of, the month and its year. "BP on RGSL
  // to end of Nov‟22", "Actual to End of Nov'21" (an Indian Railways division's fund statement): the
  // figures to the end of that month.
  const inMonth =
    /\b(?:in|for|during|(?:to\s+(?:the\s+)?)?end\s+of)\s+([a-z]{3,9}\.?(?:\s+(?:19|20)\d{2}|\s*['’‘‟‛′`]\s*\d{2}))$/i.exec(
      t.trim(),
    );
  // "Target to end of Oct 21": at a month's end, the two digits after it are its year, no day.
  const atEnd = /\bend\s+of\s+([a-z]{3,9})\.?\s+(\d{2})\s*\)?$/i.exec(t.trim());
  const named =
    inMonth?.[1] !== undefined
      ? namedMonth(inMonth[1])
      : atEnd?.[1] !== undefined && atEnd[2] !== undefined
        ? monthOfYear(atEnd[1], 2000 + Number(atEnd[2]), `${atEnd[1]} ${atEnd[2]}`)
        : null;
  if (named) return named;
  const toDate = yearToDate(t);
  if (toDate) return toDate;
  const year = yearInText(t);
  const quarter = quarterOf(t);
  // "Q3 2020/21", "113年第2季": the quarter is part of the period, never the whole year.
  if (year && quarter !== null) return { ...year, label: `Q${quarter} ${year.label}`, quarter };
  // "Apr-Jun 2020": a quarter written as its months, in the year written beside it. "Apr - Sept 2013":
  // half a year, said as written.
  const months = year ? monthSpan(t) : null;
  if (!year || !months) return year;
  const label = `${months.written} ${year.label}`;
  return months.quarter === null ? { ...year, label } : { ...year, label, quarter: months.quarter };
}

/**
 * "Year to Dec 2018", "Year to 31 March 2019": the year's figures to that month (an Australian or
 * British dashboard's current year), said as written, dated by the month it runs to.
 */
function yearToDate(t: string): Period | null {
  const match = YEAR_TO_DATE.exec(t);
  const month = match?.[1] === undefined ? undefined : MONTHS.find(([pattern]) => pattern.test(match[1] ?? ""))?.[1];
  if (!match || month === undefined) return null;
  return { label: match[0].trim(), year: Number(match[2]), calendar: "ad", month };
}

/** "Jan-Mar", "Apr - Sept": a span of months as written, and the calendar quarter where it is one. */
function monthSpan(t: string): { written: string; quarter: number | null } | null {
  const span = /\b([a-z]{3,9})\.?\s*[-–~]\s*([a-z]{3,9})\b\.?/i.exec(t);
  const from = span?.[1] === undefined ? undefined : MONTHS.find(([pattern]) => pattern.test(span[1] ?? ""))?.[1];
  const to = span?.[2] === undefined ? undefined : MONTHS.find(([pattern]) => pattern.test(span[2] ?? ""))?.[1];
  if (span === null || from === undefined || to === undefined || to <= from) return null;
  const quarter = to === from + 2 && from % 3 === 1 ? (from + 2) / 3 : null;
  return { written: span[0].trim(), quarter };
}

/** "Q3", "Quarter 2", "第2季", "第二季": the quarter a label names; months spelled out are not read. */
function quarterOf(text: string): number | null {
  const match = /\bQ([1-4])\b|\bquarter\s*([1-4])\b|第\s*([1-4一二三四])\s*季/i.exec(text);
  const digit = match?.[1] ?? match?.[2] ?? match?.[3];
  if (digit === undefined) return null;
  return /\d/.test(digit) ? Number(digit) : (DIGITS[digit] ?? null);
}

const MONTH_NAME = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";
const YEAR_TO_DATE = new RegExp(`\\byear\\s+to\\s+(?:\\d{1,2}\\s+)?(${MONTH_NAME})\\.?\\s+((?:19|20)\\d{2})\\b`, "i");
/** "01 April 05 to 31 March 06", "1 April 2005 - 30 June 2005": a span of dates, as UK agencies report. */
const DATE_SPAN = new RegExp(
  String.raw`\b(\d{1,2}\s+${MONTH_NAME}\s+(\d{2}|\d{4}))\s*(?:to|-|–)\s*(\d{1,2}\s+${MONTH_NAME}\s+(?:\d{2}|\d{4}))\b`,
  "i",
);

/** A span of dates named by its start's year (05 is 2005), said as written. */
function dateSpan(t: string): Period | null {
  const match = DATE_SPAN.exec(t);
  if (match?.[1] === undefined || match[2] === undefined || match[3] === undefined) return null;
  const written = Number(match[2]);
  const year = match[2].length === 4 ? written : written <= 50 ? 2000 + written : 1900 + written;
  return { label: `${match[1]} to ${match[3]}`, year, calendar: "ad" };
}

/** Words that say a header's "20/21" is a fiscal year: FY, or the kind of figure under it. */
const FISCAL_CONTEXT = /\bFY|budget|actual|target|expenditure|estimate|outturn|spend|revenue|forecast|plan\b/i;

/** Japan's eras: 平成18年度 is 2006, 令和元年 2019 (元 the era's first year). */
const ERAS: Readonly<Record<string, number>> = { 昭和: 1925, 平成: 1988, 令和: 2018 };
const ERA_YEAR = /(昭和|平成|令和)\s*(\d{1,2}|元)\s*(?:年度|年)/;

function eraYear(t: string): Period | null {
  const match = ERA_YEAR.exec(t);
  const base = match?.[1] === undefined ? undefined : ERAS[match[1]];
  if (match?.[2] === undefined || base === undefined) return null;
  const n = match[2] === "元" ? 1 : Number(match[2]);
  return { label: `${match[1]}${match[2]}`, year: base + n, calendar: "ad" };
}

function yearInText(t: string): Period | null {
  const span = dateSpan(t);
  if (span) return span;
  const era = t.includes("和") || t.includes("平成") ? eraYear(t) : null;
  if (era) return era;
  // "2018 to 2019", "2019-20", "FY2020/21": one fiscal year.
  const fiscalMatch = /(?:FY\s*)?((?:19|20)\d{2})\s*(?:[/\-–]|\bto\b)\s*(\d{2}(?:\d{2})?)(?!\d)/i.exec(t);
  if (fiscalMatch?.[1] !== undefined && fiscalMatch[2] !== undefined) {
    const period = fiscal(fiscalMatch[1], fiscalMatch[2]);
    if (period) return period;
  }
  // "Budget 20/21 (£)", "FY 20/21": a fiscal year in two two-digit years, where a figure's word or FY
  // says it is one (12/13 alone may be a date).
  const pair = /(?:^|[^\d/.])(\d{2})\s*\/\s*(\d{2})(?![\d/])/.exec(t);
  // "FY 18-19", "FY19–20": with FY written before it, a dash joins the two years as well as a slash.
  const dashed = /\bFY\s*(\d{2})\s*[-–]\s*(\d{2})(?![\d/])/i.exec(t);
  const years = pair ?? dashed;
  if (years?.[1] !== undefined && years[2] !== undefined && Number(years[2]) === (Number(years[1]) + 1) % 100)
    if (dashed !== null || FISCAL_CONTEXT.test(t)) {
      const first = Number(years[1]);
      return { label: `${years[1]}/${years[2]}`, year: first <= 50 ? 2000 + first : 1900 + first, calendar: "ad" };
    }
  // "101~今", "2012-present": a year to this day, a year not yet over, said as written.
  const toNow = /(?:^|\D)(\d{2,4})\s*(?:學?年度?)?\s*[~～\-–至]\s*(?:今|迄今|現在|present|now|date)(?![a-z])/i.exec(t);
  if (toNow?.[1] !== undefined) {
    const year = yearOf(Number(toNow[1]));
    if (year) return { label: toNow[0].replace(/^\D/, "").trim(), ...year };
  }
  // "112及以前年度", "115及以後年度": the years up to or from one, as multi-year plans split their funds.
  const open = /(?:^|\D)(\d{2,4})\s*(?:年度?)?\s*及?\s*以\s*([前後])/.exec(t);
  if (open?.[1] !== undefined && open[2] !== undefined) {
    const year = yearOf(Number(open[1]));
    if (year) return { label: `${open[1]}及以${open[2]}`, ...year };
  }
  // "115預算", "112決算數": a budget book's column, the ROC year written straight before the figure's kind.
  // "106售電度數": a year glued to what it counts, at the head of the header (not "100人以上", a count).
  const roc =
    /(?:^|\D)(\d{2,3})\s*(?:年度|年|(?=(?:預算|決算|概算|預計|實際|目標|執行|法定)))/.exec(t) ??
    /^(\d{2,3})(?=[\u4e00-\u9fff]{2})(?![人件元萬億千百日天次個家戶位名台輛噸度倍成]|差異|比例|比較|增減|差額)/.exec(t);
  if (roc?.[1] !== undefined) {
    const year = yearOf(Number(roc[1]));
    if (year?.calendar === "roc") return { label: roc[1], ...year };
  }
  const ad = /(?:^|\D)((?:19|20)\d{2})(?!\d)/i.exec(t);
  if (ad?.[1] !== undefined) {
    const year = yearOf(Number(ad[1]));
    if (year) return { label: ad[1], ...year };
  }
  // "FY16": a fiscal year in two digits, as US city budgets write it.
  const short = /\bFY\s*(\d{2})(?!\d)/i.exec(t);
  if (short?.[1] !== undefined) return { label: short[1], year: 2000 + Number(short[1]), calendar: "ad" };
  return null;
}

/**
 * A year label in a row a header calls 年度 (年度 | 81-86 | 98 | 99 | … | 106): two- or three-digit ROC
 * years, and spans of a few years ("81-86", a plan's phase), which alone would be no year.
 */
export function yearInYearRow(text: string): Period | null {
  const t = normalizeText(text);
  const span = /^(\d{2,3})\s*[-–~]\s*(\d{2,3})$/.exec(t);
  if (span?.[1] !== undefined && span[2] !== undefined) {
    const [from, to] = [Number(span[1]), Number(span[2])];
    const start = yearOf(from);
    if (start?.calendar !== "roc" || yearOf(to)?.calendar !== "roc" || to <= from || to - from > 10) return null;
    return fiscal(span[1], span[2]) ?? { label: `${span[1]}-${span[2]}`, ...start };
  }
  const single = /^(\d{2,3})$/.exec(t);
  const year = single?.[1] === undefined ? null : yearOf(Number(single[1]));
  return single?.[1] !== undefined && year?.calendar === "roc" ? { label: single[1], ...year } : null;
}

const RELATIVE: ReadonlyArray<readonly [RegExp, number]> = [
  [/本年度|本年|本次|本期|今年度|當年度|current\s*year|this\s*year/i, 0],
  [/上年度|上年|去年度|去年|previous\s*year|last\s*year|prior\s*year/i, -1],
  [/前年度|前年|two\s*years\s*(?:ago|before)/i, -2],
  // "Last quarter | This quarter" (a council's quarterly indicators): the quarter reported and the
  // one before it, said as written; they follow one another as the years above do.
  [/^(?:this|current)\s+quarter$/i, 0],
  [/^(?:last|previous|prior)\s+quarter$/i, -1],
];

/**
 * A period named relative to the table's (本年度預算數 | 上年度預算數 | 前年度決算數): a budget
 * statement's columns. A header that names two ("本年度與上年度比較") compares them and is no period.
 */
export function relativePeriodInText(text: string): Period | null {
  // "本 次 預 算 數", "本次與上年度\n比        較": Chinese spaced out as printed is read without the spaces.
  const t = normalizeText(text).replace(/([\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, "$1");
  if (/比較|增減|差異|change|compar|versus|\bvs\b|difference|trend|趨勢/i.test(t)) return null;
  // A monthly statement's two periods: 本月份, and 本年度截止本月份累計數 (the year to this month).
  // "2015 YTD" is that year's figure to date: a year named is the period, read by periodInText.
  const toDate = /[\u4e00-\u9fff]*(?:截至|截止)本月份?[\u4e00-\u9fff]*累計數?|year[\s-]*to[\s-]*date|\bytd\b/i.exec(
    t,
  )?.[0];
  if (toDate !== undefined && /\d{2,4}/.test(t)) return null;
  if (toDate !== undefined) return { label: toDate, year: 0, calendar: "roc", relative: 0 };
  const month = /本月份?|current\s+month|this\s+month/i.exec(t)?.[0];
  if (month !== undefined && !/本年|今年|當年/.test(t)) return { label: month, year: 0, calendar: "roc", relative: 0 };
  // "上年结转资金", "上年結餘": money carried over from last year, one of this year's sources of funds
  // (a self-evaluation form's 项目资金 lines), not a column of last year.
  if (/結轉|结转|結餘|结余/.test(t)) return null;
  // "112及以前年度": the years up to 112, a period of its own (periodInText), not 前年度.
  if (/\d\s*(?:年度?)?\s*及?\s*以[前後]/.test(t)) return null;
  const matches = RELATIVE.flatMap(([pattern, offset]) => {
    const match = pattern.exec(t);
    return match ? [{ word: match[0], offset }] : [];
  });
  const [only] = matches;
  if (only === undefined || matches.length !== 1) return null;
  // Said as written (本次, 上年度, previous year): no year is known until a title anchors it.
  return { label: only.word, year: only.offset, calendar: "roc", relative: only.offset };
}

/** Months by name: English, Chinese, and Malay (Januari, Mac, Mei, Julai, Ogos, Disember: Malaysian charters). */
const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:jan(?:uary|uari)?|一月)$/i, 1],
  [/^(?:feb(?:ruary|ruari)?|二月)$/i, 2],
  [/^(?:mar(?:ch)?|mac|三月)$/i, 3],
  [/^(?:apr(?:il)?|四月)$/i, 4],
  [/^(?:may|mei|五月)$/i, 5],
  [/^(?:june?|六月)$/i, 6],
  [/^(?:july?|julai|七月)$/i, 7],
  [/^(?:aug(?:ust)?|ogos|八月)$/i, 8],
  [/^(?:sept?(?:ember)?|九月)$/i, 9],
  [/^(?:oct(?:ober)?|okt(?:ober)?|十月)$/i, 10],
  [/^(?:nov(?:ember)?|十一月)$/i, 11],
  [/^(?:dec(?:ember)?|dis(?:ember)?|十二月)$/i, 12],
];

/**
 * A month or quarter named without its year (JAN | FEB | …, "1st Quarter (Jan-Mar)", 第一季): a
 * period within the table's year, said as written; its year is the table's, unknown here.
 */
export function periodWithinYear(text: string): Period | null {
  // "Q4*": a footnote's mark after the quarter ("*KPIs were changed …") is no part of it.
  const t = normalizeText(text)
    .trim()
    .replace(/\s*[*†‡]+$/, "");
  const label = t.split(/\r?\n/)[0]?.trim() ?? t;
  // "Jan-Mar", "Apr- Jun", "Oct - Dec": a quarter written as its months, and nothing else.
  const span = monthSpan(t);
  if (span !== null && span.written === t && span.quarter !== null)
    return { label, year: 0, calendar: "ad", relative: 0, quarter: span.quarter };
  // "1月", "12月份": a month in digits, as Chinese tables write it.
  const digits = /^(\d{1,2})\s*月份?$/.exec(t)?.[1];
  const month =
    digits !== undefined && Number(digits) >= 1 && Number(digits) <= 12
      ? Number(digits)
      : MONTHS.find(([pattern]) => pattern.test(t.replace(/\.$/, "")))?.[1];
  if (month !== undefined) return { label, year: 0, calendar: "ad", relative: 0, month };
  const ordinal = /^(?:([1-4])(?:st|nd|rd|th)\s*quarter|quarter\s*([1-4])|q([1-4]))\b(?:\s*\([^)]*\))?$/i.exec(t);
  const digit = ordinal?.[1] ?? ordinal?.[2] ?? ordinal?.[3];
  const quarter = digit !== undefined ? Number(digit) : quarterOf(t);
  if (quarter === null || (digit === undefined && !/^第\s*[1-4一二三四]\s*季(?:度)?$/.test(t))) return null;
  return { label, year: 0, calendar: "ad", relative: 0, quarter };
}
