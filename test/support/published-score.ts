/**
 * How a published table's reading is scored: the checks worked by hand that hold, and the false
 * figures (an achievement shown that differs from the hand-worked one, or one shown where none
 * belongs). Shared by the corpus test (test/published) and the first-sight record, so the numbers
 * the closing notes quote are the ones the tests enforce.
 */
import type { WorkbookReport } from "../../src/core";
import type { WorkbookSpec } from "./workbook-spec";
import { normalizeText } from "../../src/core/values/normalize-text";

export interface ExpectedPeriod {
  period: string | null;
  target?: number | null;
  actual?: number | null;
  achievement?: number | null;
}
export interface ExpectedIndicator {
  name: string;
  direction?: string;
  kind?: string;
  periods: ExpectedPeriod[];
}
export interface Published {
  id: string;
  family: string;
  source?: { publisher?: string };
  sheets: WorkbookSpec;
  expect: {
    indicators?: ExpectedIndicator[];
    /** Cells where the product must say READING_UNCERTAIN and compute nothing: each one a check. */
    uncertain?: string[];
    /** The transcriber's doubts, in words (how a cell was placed, what the source leaves unclear): no check. */
    doubts?: string[];
    findings?: string[];
    scorecards?: Array<{ weightTotal?: number; totals?: number[] }>;
  };
}

export type Indicator = WorkbookReport["sheets"][number]["indicators"][number];

/** A name as compared: without spaces, folded as the product folds text (（－） is (-)). */
export const squash = (text: string): string => normalizeText(text).replace(/\s/g, "");
const CHINESE_DIGITS = "零一二三四五六七八九";
/**
 * "2019–20", "2019-20" and "2019/20" name one fiscal year; so do 二零一九至二零年度 and 2019/20年度, and
 * FY2023 and 2023, "2022 Q1" and "Q1 2022", "Q4 2018 (October to December)" and "Q4 2018", "CY 2015 Quarter 1" and
 * "Q1 2015", "Q1 - 2021" and "Q1 2021", 110學年 and 110,
 * as a label is written in the source and read by the product.
 */
const periodKey = (label: string | null): string | null =>
  label === null
    ? null
    : label
        .replace(/[〇零一二三四五六七八九]/g, (ch) =>
          String(Math.max(0, CHINESE_DIGITS.indexOf(ch === "〇" ? "零" : ch))),
        )
        // "CY 2014 Annual" is 2014, "CY 2015 Quarter 1" is Q1 2015: a calendar year said in full.
        .replace(/^(?:FY|CY|fiscal\s+year)\s*/i, "")
        .replace(/\s+annual$/i, "")
        .replace(/^(\d{4})\s+quarter\s+([1-4])$/i, "Q$2 $1")
        // "2022 Q1" and "Q1 2022" name one quarter; "Q4*" is Q4 with its footnote mark.
        .replace(/[*†‡]+$/, "")
        // "Q4 2018 (October to December)": the quarter glossed by its months is the quarter.
        .replace(/^(Q[1-4]\s+\d{4})\s*\([^)]*\)$/i, "$1")
        // "Q1 - 2021" (a telecom operator's quarters, a line break between) is Q1 2021.
        .replace(/^(Q[1-4])\s*[-–]\s*(\d{4})$/i, "$1 $2")
        .replace(/^(\S+)\s+(Q[1-4])$/i, "$2 $1")
        .replace(/至|\s*\bto\b\s*/g, "/")
        .replace(/學年度?$|年度$|年$/, "")
        // "2023 - 24" as a council prints it is 2023/24.
        .replace(/\s*[-–/]\s*/g, "/");
export const near = (a: number | null | undefined, b: number | null | undefined): boolean =>
  a === null || a === undefined || b === null || b === undefined
    ? (a ?? null) === (b ?? null)
    : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

export function allIndicators(report: WorkbookReport): Indicator[] {
  return report.sheets.flatMap((s) => s.indicators);
}

/**
 * The lines the product reads as subtotals (業務收入 over its accounts). Where the hand-worked list
 * names one, it is that indicator, read; where it does not (the corpus's rule: a row summing rows shown
 * is a total), it is a total shown as one, no extra indicator.
 */
export function allSubtotals(report: WorkbookReport): Indicator[] {
  return report.sheets.flatMap((s) => s.subtotals ?? []);
}

/**
 * Pairs each expected indicator with one found, in reading order: the same name may stand for several
 * rows (法務部 under five strategies), so a found indicator is paired once, the exact name first.
 */
export function pairing(
  found: Indicator[],
  wanted: readonly ExpectedIndicator[],
  subtotals: readonly Indicator[] = [],
): Map<ExpectedIndicator, Indicator> {
  const pairs = new Map<ExpectedIndicator, Indicator>();
  const used = new Set<Indicator>();
  for (const [candidates, exact] of [
    [found, true],
    [found, false],
    [subtotals, true],
    [subtotals, false],
  ] as const)
    for (const want of wanted) {
      if (pairs.has(want)) continue;
      const name = squash(want.name);
      // "Aberdeen City Council — Right to buy": a name the transcriber composed of a row's name and a
      // group's heading, no cell's text; it matches where both parts stand in the product's name.
      const parts = exact ? [] : want.name.split(/\s+—\s+/).map(squash);
      const holds = (text: string) =>
        text.includes(name) || (parts.length === 2 && parts.every((p) => text.includes(p)));
      const got = candidates.find((i) => !used.has(i) && (exact ? squash(i.name) === name : holds(squash(i.name))));
      if (got) {
        pairs.set(want, got);
        used.add(got);
      }
    }
  // One series (BE | RE | Expenditure down the years, no name cell): the transcriber names it from a
  // header, the product from the title; the one found is the one wanted, and its figures are checked.
  const [only] = wanted;
  const [sole] = found;
  if (wanted.length === 1 && found.length === 1 && only && sole && !pairs.has(only)) pairs.set(only, sole);
  return pairs;
}

/**
 * "Actual Q4 2019/20" read as Q4 2019/20 and transcribed as 2019/20: one column, where the indicator
 * has that one quarter of the year (a quarterly table's four quarters stay apart).
 */
const yearOfQuarter = (label: string | null) => periodKey(label?.replace(/^Q[1-4]\s+/i, "") ?? null);

/** The year the product writes after a month or quarter named without one: "Jan-Mar 2023", "JAN 2019/20". */
const YEAR_AFTER = /\s+(?:19|20)\d{2}(?:[/\-–]\d{2,4})?$|\s+1[0-4]\d$/;

/**
 * The kind of a column written beside its year ("2018 Actual", "2021 Budget", "2019-2020 ESTIMATE",
 * "Exp 2010"), as comparison statements are transcribed: the product says the year and the role apart.
 */
const COLUMN_KIND =
  /^(?:exp|bud)\s*(?=\d)|\s+(?:actuals?|budget(?:ed)?|request(?:ed)?|recommended|approved|adopted|proposed(?:\s+budget)?|estimated?|projected|projection|amended|revised|forecast)$/i;

/** The year a label names without its column's kind; null where it names none to strip. */
const yearOfColumn = (label: string | null): string | null => {
  const year = label?.replace(COLUMN_KIND, "") ?? null;
  return year === label ? null : periodKey(year);
};

export function periodOf(indicator: Indicator, want: ExpectedPeriod, count: number) {
  const key = periodKey(want.period);
  const yearKey = yearOfColumn(want.period);
  const quarters = indicator.periods.filter(
    (p) => /^Q[1-4]\s/i.test(p.period ?? "") && yearOfQuarter(p.period) === key,
  );
  return (
    indicator.periods.find((p) => periodKey(p.period) === key) ??
    // "Jan-Mar" as transcribed under a title of 2023, "Jan-Mar 2023" as the product says it: one quarter.
    (key !== null && !/\d{4}/.test(key)
      ? indicator.periods.find((p) => periodKey(p.period?.replace(YEAR_AFTER, "") ?? null) === key)
      : undefined) ??
    (quarters.length === 1 && !/^Q[1-4]/i.test(want.period ?? "") ? quarters[0] : undefined) ??
    (yearKey !== null ? indicator.periods.find((p) => periodKey(p.period) === yearKey) : undefined) ??
    (count === 1 && indicator.periods.length === 1 ? indicator.periods[0] : undefined)
  );
}

/** Every achievement shown that the hand-worked figures do not give, one line each. */
export function falseFigures(report: WorkbookReport, wanted: readonly ExpectedIndicator[]): string[] {
  const shown: string[] = [];
  const pairs = pairing(allIndicators(report), wanted, allSubtotals(report));
  // A subtotal the list does not name is a total shown as one: its figures are checked by the totals.
  const paired = new Set(pairs.values());
  for (const indicator of [...allIndicators(report), ...allSubtotals(report).filter((s) => paired.has(s))]) {
    const want = wanted.find((w) => pairs.get(w) === indicator);
    for (const p of indicator.periods) {
      if (p.achievement === null) continue;
      const expected = want?.periods.find((w) => periodOf(indicator, w, want.periods.length) === p);
      if (!expected || !near(p.achievement, expected.achievement ?? null))
        shown.push(
          `${indicator.name} ${p.period ?? ""}: ${p.achievement} (by hand: ${expected?.achievement ?? "none"})`,
        );
    }
  }
  return shown;
}

/**
 * A percentage is one figure whether written 85 (the table's "per cent" unit column, as some
 * transcriptions keep it) or 0.85 (README: percent as fraction): under a percent unit, both hold.
 */
function samePercent(unit: string | null, got: number | null | undefined, want: number | null | undefined): boolean {
  if (unit === null || !/^(?:%|％|per\s*cent|percent)$/i.test(unit) || got == null || want == null) return false;
  return near(got * 100, want) || near(got, want * 100);
}

/** What the reading gets wrong against the hand-worked indicators, and how many checks there were. */
export function indicatorProblems(
  report: WorkbookReport,
  wanted: readonly ExpectedIndicator[],
): { problems: string[]; checks: number } {
  const problems: string[] = [];
  let checks = 0;
  const found = allIndicators(report);
  const pairs = pairing(found, wanted, allSubtotals(report));
  const paired = new Set(pairs.values());
  // What the document does not hold (a section title, a total, a footnote) is no indicator either.
  for (const indicator of found) if (!paired.has(indicator)) problems.push(`extra: ${indicator.name}`);
  for (const want of wanted) {
    checks += checksOf(want);
    const got = pairs.get(want);
    if (!got) {
      problems.push(`missing: ${want.name}`);
      continue;
    }
    if (want.direction && got.direction !== want.direction)
      problems.push(`${want.name}: direction ${got.direction}, expected ${want.direction}`);
    for (const w of want.periods) {
      const p = periodOf(got, w, want.periods.length);
      if (!p) {
        problems.push(`${want.name}: no period ${w.period}`);
        continue;
      }
      for (const key of ["target", "actual", "achievement"] as const) {
        if (w[key] === undefined) continue;
        if (!near(p[key], w[key]) && !(key !== "achievement" && samePercent(got.unit, p[key], w[key])))
          problems.push(`${want.name} ${w.period ?? ""}: ${key} ${p[key]}, expected ${w[key]}`);
      }
    }
  }
  return { problems, checks };
}

/** A cell as an expected finding names it: "E7", or "Sheet!E7". */
export const CELL_ADDRESS = /^(?:[^!]+!)?\$?[A-Z]{1,3}\$?\d+$/;

/**
 * A recorded problem "uncertain <words>": a doubt a transcriber wrote in words where a cell belongs,
 * as 245 tables did before 2026-12-07. No cell to flag, so no check: first sight is recounted without it.
 */
export const wordsAsUncertain = (problem: string): boolean =>
  problem.startsWith("uncertain ") && !CELL_ADDRESS.test(problem.slice("uncertain ".length));

/** Expected uncertain cells and findings the report does not give. */
export function missingFindings(report: WorkbookReport, table: Published): string[] {
  const at = new Set(report.findings.map((f) => `${f.code}@${f.cell ?? ""}`));
  const cells = new Set(report.findings.map((f) => f.cell));
  return [
    ...(table.expect.uncertain ?? []).filter((cell) => !cells.has(cell)).map((c) => `uncertain ${c}`),
    ...(table.expect.findings ?? []).filter((f) => !at.has(f)),
  ];
}

export function scorecardProblems(report: WorkbookReport, table: Published): string[] {
  const cards = table.expect.scorecards ?? [];
  const got = report.sheets.flatMap((s) => s.scorecards);
  const problems: string[] = [];
  const totals = cards.flatMap((c) => c.totals ?? []);
  const gotTotals = got.map((c) => c.total);
  if (totals.length > 0 && JSON.stringify(gotTotals) !== JSON.stringify(totals))
    problems.push(`totals ${JSON.stringify(gotTotals)}, expected ${JSON.stringify(totals)}`);
  const weight = cards[0]?.weightTotal;
  if (weight !== undefined && !near(got[0]?.weightTotal, weight))
    problems.push(`weight total ${got[0]?.weightTotal}, expected ${weight}`);
  return problems;
}

export interface Score {
  /** Hand-worked checks: each indicator found, its direction, each target, actual and achievement, each expected finding, each score-sheet total. */
  checks: number;
  held: number;
  /** Achievements shown that differ from the hand-worked ones, or shown where none belongs. */
  falseFigures: string[];
  problems: string[];
}

/** The checks one expected indicator carries: found, its direction, each figure worked by hand. */
function checksOf(want: ExpectedIndicator): number {
  let checks = 1 + (want.direction ? 1 : 0);
  for (const w of want.periods)
    for (const key of ["target", "actual", "achievement"] as const) if (w[key] !== undefined) checks++;
  return checks;
}

/**
 * What the problems cost: an indicator missed costs every check it carries (a table not read at all
 * scores nothing), any other problem one (an extra indicator too, as a reading a person would have
 * to undo). A period missed costs one, however many figures it carries: first sight is recounted
 * from its recorded problems with this, and stays comparable only while it holds (README).
 */
export function costOf(problems: readonly string[], table: Published): number {
  const wanted = table.expect.indicators ?? [];
  let cost = 0;
  for (const problem of problems) {
    const missing = /^missing: (.*)$/.exec(problem)?.[1];
    const want = missing === undefined ? undefined : wanted.find((w) => w.name === missing);
    cost += want ? checksOf(want) : 1;
  }
  return cost;
}

/** One table's score: its checks, less what its problems cost, never below nothing. */
export function scoreTable(report: WorkbookReport, table: Published): Score {
  const wanted = table.expect.indicators ?? [];
  const { problems, checks: indicatorChecks } = indicatorProblems(report, wanted);
  const missing = missingFindings(report, table);
  const cards = scorecardProblems(report, table);
  const cardChecks = (table.expect.scorecards ?? []).reduce(
    (n, c) => n + (c.totals?.length ?? 0) + (c.weightTotal !== undefined ? 1 : 0),
    0,
  );
  const checks =
    indicatorChecks + (table.expect.uncertain?.length ?? 0) + (table.expect.findings?.length ?? 0) + cardChecks;
  const all = [...problems, ...missing, ...cards];
  return {
    checks,
    held: Math.max(0, checks - costOf(all, table)),
    falseFigures: falseFigures(report, wanted),
    problems: all,
  };
}
