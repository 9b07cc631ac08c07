import type { Direction } from "../measures/achievement";
import { budgetsAsPlans, ESTIMATE_WORDS, namesProjection, projectionsAside } from "./year-plans";
import { targetOfResultKind } from "./target-kind";
import { isItemCode, namesBesideCodes } from "./item-codes";
import { maxOf, minOf } from "../values/arrays";
import { periodInText, type Period } from "../values/period";
import {
  ALLOTMENT,
  bracketsHoldActual,
  FIGURE_ROLES,
  inPercentPoints,
  isAggregateLabel,
  SHARE_MET_WORDS,
  statedRateFormula,
  TARGET_AND_RESULT_WORDS,
} from "./header-words";
import { isRatioHeader } from "./labels";
import { bareYearsAreHeader, SENTENCE_PREFIX, headerLike, type HeaderBand, type HeaderColumn } from "./header-band";
import type { SheetView } from "./sheet-view";
import { parseValue } from "../values/parse-value";
import { parsePeriod } from "../values/period";
import { rolesBesideNames, rolesColumn } from "./roles-down";
import { mostlyPoints } from "./table-arithmetic";
import type { DifferenceRelation } from "../analysis/indicator-input";

/** Columns of one period in a wide table (2023 Target | 2023 Actual), or of the single period of a long one. */
export interface PeriodColumns {
  readonly period: Period | null;
  readonly target?: number;
  readonly actual?: number;
  /** Columns summed for the actual: (B+C) in an execution rate (B+C)/A. */
  readonly actualSum?: readonly number[];
  readonly reported?: number;
  /** The reported column holds percentage points: "執行率(%)" over 69.86. */
  readonly reportedInPoints?: boolean;
  /** A comparison has no target: the previous period's figure is the baseline a ratio is read against. */
  readonly baseline?: number;
  /** The target cells hold the actual too, in brackets below it: a column headed "Target (actual)". */
  readonly actualInTarget?: boolean;
  /** Bare numbers under a header that says percent ("實際表現(…百分比)", "Target (%)"): 95 is 95%. */
  readonly targetInPoints?: boolean;
  readonly actualInPoints?: boolean;
  /** No target column: each name is a sentence that sets its target ("To clear 75 per cent of claims…"). */
  readonly targetInName?: boolean;
  /** The target column holds standards ("94% within 1.5 hours", "24 hours"): only a share stated is a target. */
  readonly targetShare?: boolean;
  /** A printed difference of the target and the actual (Variance, 比較增減), and the relation it states. */
  readonly difference?: number;
  readonly differenceRelation?: DifferenceRelation;
}

export type ShapeKind = "long" | "wide" | "execution" | "plan" | "comparison";

/** What a header says about its table: which column is the name, and where each figure is. */
export interface ColumnShape {
  readonly kind: ShapeKind;
  readonly nameCol: number;
  /**
   * Columns under one merged name header (計畫名稱 over A:B): the rightmost text on a row is the
   * name, the ones left of it its category.
   */
  readonly nameCols: readonly number[];
  /** The name columns hold one name in parts (a commitment | its standard), not a category and a name. */
  readonly joinNames?: boolean;
  readonly goalCol: number | null;
  readonly unitCol: number | null;
  readonly remarksCol: number | null;
  readonly criteriaCol: number | null;
  readonly directionCol: number | null;
  readonly periodCol: number | null;
  readonly weightCol: number | null;
  /** Budget columns B, C, D that must add up to A, where the table has them. */
  readonly budgetParts: readonly number[];
  readonly periods: readonly PeriodColumns[];
  /** The periods are two measures side by side (expenses | revenue), each row filling one of them. */
  readonly eitherGroup?: boolean;
  /** A column saying what each row holds (Budget Estimates | Actual Expenditure): a name's rows are one indicator. */
  readonly rolesCol?: number;
  readonly band: HeaderBand;
  /** The result is the share of cases that met a standard ("Targets Achieved (%)"): more is better. */
  readonly sharesMet?: boolean;
}

function first(band: HeaderBand, role: string, unperiodised = false): HeaderColumn | undefined {
  return band.columns.find((c) => c.role === role && (!unperiodised || c.period === null));
}

/** A figure summed from the year's start: 累計, cumulative, YTD, "To date". */
const TO_DATE = /累計|cumulative|ytd|to\s*date/i;

/** A plan revised within its year, which the year's result is then held to. */
const REVISION = /supplementary|revised|amended|追加|修正|調整後/i;

/** Of a year's budgets, the one as it stands at the end: 全年預算數 after 年初預算數, a revised one after the first. */
const FINAL_BUDGET = new RegExp(`全年|final|${REVISION.source}`, "i");

/**
 * "Net Expenditure" merged over Actual | Budget beside "Gross Expenditure" (Kilkenny County Council's
 * account), 本年度 merged over 預算數 | 實支數: the result under the budget's own heading is its pair.
 * A heading that states a rate ("% of Actuals to Budget Estimates") pairs no amounts.
 */
function resultUnderHeading(view: SheetView, band: HeaderBand, budget: HeaderColumn): HeaderColumn | undefined {
  const sharesHeading = (col: number) => {
    for (let r = band.top; r < band.bottom; r++) {
      const text = view.text(r, budget.col);
      if (text !== "" && text === view.text(r, col) && !/%|％|percent|率/i.test(text)) return true;
    }
    return false;
  };
  const under = band.columns.filter(
    (c) => c.col !== budget.col && (c.role === "actual" || c.role === "executed") && sharesHeading(c.col),
  );
  return under.length === 1 ? under[0] : undefined;
}

/**
 * The one rate whose header ends with the budget's own words: "… with reference to Revised Estimates"
 * for "Budgetary Allocation Revised Estimates", 執行率 對修正預算數 for 修正預算數.
 */
function rateAgainst(rates: readonly HeaderColumn[], budget: HeaderColumn): HeaderColumn | undefined {
  const words = (t: string) =>
    t
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== "");
  const own = words(budget.text);
  const tail = own.slice(own.length >= 3 ? -2 : -1).join(" ");
  const ending = rates.filter((r) => tail !== "" && words(r.text).join(" ").endsWith(tail));
  return ending.length === 1 ? ending[0] : undefined;
}

/**
 * Whether a rate column holds percentage points: its header says so ("執行率(%)"), or it leads with
 * "%" ("% of Utilization with reference to …") over bare figures most of which pass 2 (77.24, 98.09).
 */
function rateInPoints(view: SheetView, band: HeaderBand, rate: HeaderColumn): boolean {
  if (inPercentPoints(rate.text)) return true;
  if (!/^\s*(?:%|％|percent)/i.test(rate.text)) return false;
  const values = [];
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + 12); r++)
    values.push(parseValue(view.cell(r, rate.col)));
  return mostlyPoints(values);
}

function onlyResult(band: HeaderBand): HeaderColumn | undefined {
  const results = band.columns.filter((c) => c.role === "actual");
  return results.length === 1 ? results[0] : undefined;
}

/** The whole year's budget: "Full Year Budget", "Annual Budget", 全年預算數, 法定預算數. */
const YEAR_BUDGET = /full[\s-]*year|annual|全年|法定/i;

/**
 * A budget given out to date: 分配數, an allotment, or the year's budget profiled to date ("Profiled
 * Budget Y-T-D", "Budget to date") where the only other budget is the whole year's. Spending to date
 * is held to it. A month's budget beside the sum to date (本月份 | 累計 預算數) is a period of its own.
 */
function allotmentToDate(budgets: readonly HeaderColumn[]): HeaderColumn | undefined {
  const allotment = budgets.find((c) => ALLOTMENT.test(c.text));
  if (allotment) return allotment;
  const toDate = budgets.filter((c) => /profiled/i.test(c.text) || TO_DATE.test(c.text));
  const others = budgets.filter((c) => !toDate.includes(c));
  return toDate.length === 1 && others.length > 0 && others.every((c) => YEAR_BUDGET.test(c.text))
    ? toDate[0]
    : undefined;
}

function executionPeriod(view: SheetView, band: HeaderBand): { period: PeriodColumns; parts: number[] } | null {
  // "Budget Estimates | Revised Estimates": the revised estimate is the budget as it stands at the end.
  const firstBudgets = band.columns.filter((c) => c.role === "budget");
  const budgets = band.columns.filter(
    (c) => c.role === "budget" || (firstBudgets.length > 0 && c.role === "target" && REVISION.test(c.text)),
  );
  // An allotment to date (累計分配數) beside the year's budget is what spending to date is held to: not this rule's.
  const allotted = allotmentToDate(budgets) !== undefined;
  const final = budgets.length > 1 && !allotted ? budgets.find((c) => FINAL_BUDGET.test(c.text)) : undefined;
  // With no rate printed to say which, spending to date is held to what was allotted to date (the
  // monthly budget control's rule): "Appropriations | Total Allotments | Obligations", 預算數 | 分配數 | 執行數.
  const noRate = !band.columns.some((c) => c.role === "rate");
  const budget = final ?? (noRate ? allotmentToDate(budgets) : undefined) ?? budgets[0];
  // Of several executed columns (quarters, 當年度 / 以前年度 / 小計), the total or cumulative one.
  const executedCols = band.columns.filter((c) => c.role === "executed");
  // "Total Expenditure for the month | Total Expenditure To date": the sum to date before a total.
  const toDate = (c: HeaderColumn) => TO_DATE.test(c.text);
  // "Progressive Expenditure" over 2021-22 | 2022-23 beside one undated "Budget Provision": the budget
  // is the newest year's, and so is the spending held to it; the earlier year's is an outturn.
  // (當年度計畫 | 以前年度計畫 | 小計 are parts of one year's spending, no years of their own.)
  const dated = budget?.period ? [] : executedCols.filter((c) => c.period !== null && c.period.relative === undefined);
  const newest =
    dated.length >= 2
      ? dated.reduce((a, b) => (a.period && b.period && before(a.period, b.period) ? b : a))
      : undefined;
  const executed =
    (budget && resultUnderHeading(view, band, budget)) ??
    newest ??
    executedCols.find(toDate) ??
    executedCols.find((c) => /小計|合計|total/i.test(c.text)) ??
    executedCols[0] ??
    // "Estimate Provision | Outturn": the one result beside a budget is what was spent of it.
    onlyResult(band);
  const rates = band.columns.filter((c) => c.role === "rate");
  // "% … with reference to Revised Estimates": the rate stated against the budget read.
  const against = budget === undefined ? undefined : rateAgainst(rates, budget);
  const ofNewest = newest ? rates.find((r) => r.period?.label === newest.period?.label) : undefined;
  const rate = ofNewest ?? (executed && toDate(executed) ? rates.find(toDate) : undefined) ?? against ?? rates[0];
  if (budget === undefined || (executed === undefined && rate === undefined)) return null;
  // 本年度預算數 against 前年度決算數: two periods' figures give a change, never an execution rate.
  if (budget.period && executed?.period && budget.period.label !== executed.period.label) return null;
  const byLetter = new Map(band.columns.filter((c) => c.letter !== null).map((c) => [c.letter, c.col]));
  const formula = rate ? statedRateFormula(rate.text) : null;
  const summed = formula?.sum.map((l) => byLetter.get(l)).filter((c): c is number => c !== undefined) ?? [];
  const over = formula ? byLetter.get(formula.over) : undefined;
  const payable = first(band, "payable");
  const reserved = first(band, "reserved");
  const parts = [executed, payable, reserved].flatMap((c) => (c ? [c.col] : []));
  const useSum = summed.length > 1 && summed.length === formula?.sum.length;
  return {
    period: {
      // "109年度" over 可支用預算 and 實現數: the year the table executes.
      period: budget.period ?? newest?.period ?? null,
      target: over ?? budget.col,
      ...(useSum ? { actualSum: summed } : executed ? { actual: executed.col } : {}),
      ...(rate ? { reported: rate.col, reportedInPoints: rateInPoints(view, band, rate) } : {}),
    },
    parts: payable && reserved && executed ? parts : [],
  };
}

const TARGET_AND_RESULT = new Set(TARGET_AND_RESULT_WORDS);

/** Whether period a comes before period b in time (上年度 before 本年度, 2007 before 2008). */
function before(a: Period, b: Period): boolean {
  return (a.relative ?? 0) < (b.relative ?? 0) || a.year < b.year;
}

/** Budgeted periods, and before them the outturns of earlier periods that have no budget (Actual 2007). */
function withEarlierOutturns(wide: readonly PeriodColumns[], budgeted: readonly PeriodColumns[]): PeriodColumns[] {
  const firsts = budgeted.flatMap((p) => (p.period ? [p.period] : []));
  const earlier = wide.filter(
    (p) =>
      p.target === undefined &&
      p.reported === undefined &&
      p.actual !== undefined &&
      p.period !== null &&
      firsts.length > 0 &&
      firsts.every((f) => p.period !== null && before(p.period, f)),
  );
  return [...earlier, ...budgeted];
}

/**
 * 本年度預算數 | 本年度決算數 | 上年度決算數: an outturn of an earlier period, with no budget of its own
 * beside it, is that period's amount (a result to compare with, no execution of its own), its first
 * column (金額 before its %). Only periods the table dates before its own.
 */
function outturnsBefore(band: HeaderBand, own: Period | null): PeriodColumns[] {
  if (own === null) return [];
  const earlier = new Map<string, PeriodColumns>();
  for (const c of band.columns) {
    const period = c.period;
    if (c.role !== "executed" || period === null || period.label === own.label) continue;
    if (!before(period, own)) continue;
    const budgeted = band.columns.some((b) => b.role === "budget" && b.period?.label === period.label);
    if (!budgeted && !earlier.has(period.label)) earlier.set(period.label, { period, actual: c.col });
  }
  return [...earlier.values()].sort((a, b) => (a.period?.year ?? 0) - (b.period?.year ?? 0));
}

/**
 * "CY 2015 Target" beside "CY 2015 Quarter 1 … Quarter 4", no target of their own: the year's target
 * holds each quarter (or month) of it, and is no period of its own.
 */
function yearTargetForItsQuarters(byLabel: Map<string, { period: Period; target?: number; actual?: number }>): void {
  const entries = [...byLabel.values()];
  for (const year of entries) {
    const p = year.period;
    if (year.target === undefined || year.actual !== undefined || p.relative !== undefined) continue;
    if (p.quarter !== undefined || p.month !== undefined) continue;
    const within = entries.filter(
      (e) =>
        e !== year &&
        e.period.year === p.year &&
        e.period.relative === undefined &&
        (e.period.quarter !== undefined || e.period.month !== undefined) &&
        e.target === undefined &&
        e.actual !== undefined,
    );
    if (within.length < 2) continue;
    for (const e of within) e.target = year.target;
    byLabel.delete(p.label);
  }
}

/**
 * A period's one budget beside its one actual (本月份 實際數 | 預算數; Budget Estimate | Revised
 * Estimate | Actual): the actual is the result, the budget the plan it is read against where no
 * target column stands. Two budgets of one period (a year's and a month's) pair with neither.
 */
function budgetCol(band: HeaderBand, col: number | undefined): boolean {
  return col !== undefined && band.columns.some((c) => c.col === col && c.role === "budget");
}

function withBudgetAsPlan(band: HeaderBand, entry: { period: Period; target?: number; actual?: number }): void {
  const own = band.columns.filter((c) => c.period?.label === entry.period.label);
  const budgets = own.filter((c) => c.role === "budget");
  // 原預算數 | 修正預算數: the budget as last revised.
  const revised = budgets.filter((c) => REVISION.test(c.text));
  const [budget] = revised.length === 1 ? revised : budgets;
  const actual = own.find((c) => c.role === "actual");
  if (actual === undefined || budget === undefined || (budgets.length !== 1 && revised.length !== 1)) return;
  entry.actual = actual.col;
  entry.target ??= budget.col;
}

/**
 * "Past results" over 2015-16 … 2017-18 beside "Current year progress" (Queensland OIC's dashboard),
 * 歷年實績 beside 本年度進度: the past years are history, the standing target is the current one's.
 */
const PAST = /^(?:past|previous|prior|historical|earlier)\b|^(?:過去|歷年|以往|往年)/i;

function pastResults(band: HeaderBand, col: number | undefined): boolean {
  const header = band.columns.find((c) => c.col === col);
  return (
    header !== undefined &&
    PAST.test(header.text) &&
    band.columns.some((c) => c.role === "actual" && !PAST.test(c.text))
  );
}

/** The band's first column where its header is a year with words and no figure under it: the names, under the table's year. */
function cornerYear(view: SheetView, band: HeaderBand): number | null {
  const [c] = band.columns;
  return c !== undefined &&
    c.period !== null &&
    (c.role === null || c.role === "period") &&
    wordsBelow(view, band, c.col) &&
    !figuresBelow(view, band, c.col)
    ? c.col
    : null;
}

/** A budget book's words for a year's plan of spending: "2020-21 Budget", "FY 2025 Adopted", "2022 Request". */
const BUDGET_PLAN = /\b(?:budget(?:ed)?|adopted|approved|proposed|recommended|requested|request|appropriat\w*)\b/i;

/**
 * "2019-20 Actual | 2020-21 Budget | 2021-22 Budget" (a city's fund summary, a line-item budget): each
 * column one year's amount, the later years' budgets no targets of the earlier years' spending. Only
 * where every target column is a budget so named and no year has both a budget and a result.
 */
function budgetBook(
  view: SheetView,
  band: HeaderBand,
  entries: ReadonlyArray<{ period: Period; target?: number; actual?: number }>,
): boolean {
  const targets = entries.filter((e) => e.target !== undefined);
  if (targets.length === 0) return false;
  // A budget of a year with a result of that year, or of part of it, is spending against budget.
  const resultYears = new Set(entries.filter((e) => e.actual !== undefined).map((e) => e.period.year));
  if (targets.some((e) => resultYears.has(e.period.year))) return false;
  if (!targets.every((e) => BUDGET_PLAN.test(band.columns.find((c) => c.col === e.target)?.text ?? ""))) return false;
  // Amounts that add up to a total ("Total revenues", 合計): a budget's lines, not measures of a service
  // whose next year's figures are set in its budget ("FY 2022-23 Budget" over days to reconcile).
  return totalBelow(view, band);
}

/**
 * "2020-21 Budget | 2020-21 Estimate" in a budget book: the year's estimate (set aside beside its plan,
 * projectionsAside) is a figure of its own, told under its whole header and in no order, so nothing
 * grows from it and the next year grows from the budget.
 */
function estimatesBesideBudgets(band: HeaderBand, byLabel: Map<string, { period: Period; actual?: number }>): void {
  for (const c of band.columns) {
    if (c.period !== null || c.role !== null || !namesProjection(c.text)) continue;
    const year = periodInText(c.text);
    const entry = year && [...byLabel.values()].find((e) => e.period.label === year.label && e.actual !== undefined);
    if (!year || !entry) continue;
    const label = c.text.replace(/\s+/g, " ").trim();
    byLabel.set(`${year.label}\u0000${label}`, { period: { ...entry.period, label, unordered: true }, actual: c.col });
  }
}

/** "Total revenues", "Total Expenditures", "TOTAL": a line that adds up the lines of a kind. */
const TOTAL_LINE = /^\s*(?:grand\s+)?total\b/i;

/** Rows read for a total line under a header: a budget book's page is short. */
const TOTAL_SCAN = 200;

/** A total among the table's own lines: down to the first blank row after them. */
function totalBelow(view: SheetView, band: HeaderBand): boolean {
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + TOTAL_SCAN); r++) {
    if (view.isBlankRow(r)) {
      if (r > band.bottom + 1) return false;
      continue;
    }
    for (let c = view.left; c <= Math.min(view.right, view.left + 2); c++)
      if (TOTAL_LINE.test(view.text(r, c)) || isAggregateLabel(view.text(r, c))) return true;
  }
  return false;
}

/** "%", "Peratus" (Malay), "Percent", 百分比: the leaf over a share. */
const PERCENT_LEAF = /[%％]|peratus|percent|百分比/i;

/**
 * "Berjaya mematuhi piagam" over "Jumlah terima | Jumlah selesai | Peratus" (a land office's charter,
 * each month): the cases met are told as counts and as a share; the share is the result.
 */
function shareBeside(band: HeaderBand, entry: { actual?: number }, c: HeaderColumn): boolean {
  if (entry.actual === undefined || !SHARE_MET.has(c.word ?? "") || !PERCENT_LEAF.test(c.text)) return false;
  const held = band.columns.find((h) => h.col === entry.actual);
  return held !== undefined && SHARE_MET.has(held.word ?? "") && !PERCENT_LEAF.test(held.text);
}

function widePeriods(view: SheetView, band: HeaderBand): PeriodColumns[] {
  const byLabel = new Map<
    string,
    { period: Period; target?: number; actual?: number; reported?: number; targetInName?: boolean }
  >();
  // Columns that name their role first (2015-16 實際表現 beats 2015-16 服務水平, a column no word
  // names): an unnamed figure under a year is its actual only where no column is.
  // "2006 年" in the corner over the names (輕鐵's monthly pledges): the year the table is of, its
  // column the names', no period's figures.
  const corner = cornerYear(view, band);
  for (const named of [true, false])
    for (const c of band.columns) {
      if (c.period === null || c.col === corner) continue;
      const plain = c.role === null || c.role === "period";
      if (plain === named) continue;
      // Not an execution table (executionPeriod said so): a period's budget or spending is its amount.
      const amount = plain || c.role === "budget" || c.role === "executed";
      const role = amount ? "actual" : c.role;
      if (role !== "target" && role !== "actual" && role !== "reported") continue;
      const entry = byLabel.get(c.period.label) ?? { period: c.period };
      // "Main Estimates 2013/14 | Supplementary Estimates 2013/14": the year's plan as last revised.
      if (entry[role] === undefined || (role === "target" && REVISION.test(c.text)) || shareBeside(band, entry, c))
        entry[role] = c.col;
      // "Targets, Outturns and Achievements" over each year: a bare figure is the outturn, its target in the name.
      if (role === "actual" && TARGET_AND_RESULT.has(c.word ?? "")) entry.targetInName = true;
      byLabel.set(c.period.label, entry);
    }
  for (const entry of byLabel.values()) withBudgetAsPlan(band, entry);
  yearTargetForItsQuarters(byLabel);
  // A budget beside a target of its own year (or an estimate of it) is a plan beside a plan: no result
  // to rate, whatever the reading of either.
  for (const entry of byLabel.values())
    if (entry.target !== undefined && budgetCol(band, entry.actual)) delete entry.actual;
  // 112 | 113 | 114 年度預算數 beside 115及以後年度預估需求數: one column a period, the others budgets, so
  // the estimate is that period's amount, not a target for it to meet. (FY18 Actual | FY19 Target is
  // a target beside a result: budgets only, no column of results.)
  const entries = [...byLabel.values()];
  const single = entries.every((e) => [e.target, e.actual, e.reported].filter((c) => c !== undefined).length === 1);
  const budgets = band.columns.some((c) => c.period !== null && c.role === "budget");
  const results = band.columns.some((c) => c.role === "actual" || c.role === "executed");
  // Asked only of tables of one column a year with a plan among them: it reads down the rows for a total.
  const book = single && budgetBook(view, band, entries);
  if (single && (budgets || book) && (!results || book) && entries.some((e) => e.target !== undefined)) {
    for (const e of entries)
      if (e.target !== undefined) {
        e.actual = e.target;
        delete e.target;
      }
    if (book) estimatesBesideBudgets(band, byLabel);
  }
  // One year over some columns and a plain "Target" beside them (2021/22 Status | 2021/22 Value | Target):
  // the unlabelled figure columns belong to the one year there is.
  // "Target | Achieved 2005-06 | Achieved Apr–Jun 06": one standing target beside results of several
  // periods, none with a target of its own, holds for each.
  const resultsOnly = [...byLabel.values()];
  // "Target | June '16 | Sept '16 | Dec '16" (a year's progress at each quarter's end): months or
  // quarters of one year right of the target, no word over them, are results held to it.
  const months = resultsOnly.map((e) => e.period.year * 12 + (e.period.month ?? (e.period.quarter ?? 0) * 3));
  const withinYear =
    resultsOnly.every((e) => e.period.month !== undefined || e.period.quarter !== undefined) &&
    maxOf(months) - minOf(months) < 12;
  // "Adopted Budget | 1st Quarter | … | 4th Quarter" (a parish council's spending to each quarter's
  // end): the year's one budget is what each quarter's figure is held to, as a target is.
  const oneBudget = withinYear && band.columns.filter((b) => b.role === "budget").length === 1;
  const yearBudget = (c: HeaderColumn) => oneBudget && c.role === "budget";
  const standing = band.columns.filter((c) => c.period === null && (c.role === "target" || yearBudget(c)));
  const [target] = standing;
  const resultCol = (c: HeaderColumn) =>
    c.role === "actual" || (withinYear && target !== undefined && c.col > target.col && c.role === null);
  // "2022/23 results | 2023/24 results | Our target": a target right of years of results is the newest's.
  const afterYears =
    target !== undefined && !withinYear && resultsOnly.every((e) => e.actual !== undefined && e.actual < target.col);
  if (target !== undefined && standing.length === 1 && resultsOnly.length >= 2)
    if (
      !afterYears &&
      resultsOnly.every(
        (e) =>
          e.target === undefined &&
          e.reported === undefined &&
          band.columns.some((c) => c.col === e.actual && resultCol(c)),
      )
    )
      for (const e of resultsOnly.filter((e) => !pastResults(band, e.actual))) e.target = target.col;
    else if (!targetOfPresent(band, target, resultsOnly)) targetOfNewest(view, band, target, resultsOnly);
  const [only] = byLabel.values();
  if (byLabel.size === 1 && only !== undefined) {
    for (const role of ["target", "actual", "reported"] as const) {
      const plain = band.columns.find((c) => c.period === null && c.role === role);
      if (only[role] === undefined && plain !== undefined) only[role] = plain.col;
    }
  }
  toDateApart(band, byLabel);
  // Newest first (本年度 | 上年度 | 前年度, 2024 | 2023): each period is compared with the one before it in time.
  const inTime = [...byLabel.values()].sort(
    (a, b) =>
      a.period.year - b.period.year ||
      (a.period.quarter ?? 0) - (b.period.quarter ?? 0) ||
      (a.period.month ?? 0) - (b.period.month ?? 0),
  );
  return inTime.map((p) => withBracketedActual(band, p));
}

/** "Y-T-D", "YTD", "Year to date", "to date": a figure summed from the year's start to a day within it. */
const SO_FAR = /\by-?t-?d\b|\bto\s*date\b/i;

/**
 * "2017 Actual | 2018 Actual | 2019 Budget | Y-T-D Jul 31, 2019 | 2020 Recommended" (cities' line-item
 * budgets): the year's spending to date beside whole years' results is no result of that year, and its
 * budget no target it is measured against part-way. The budget is the year's amount, as the other
 * years' figures are; the figure to date a column of its own, in no order of the years (nothing grows
 * from it or to it).
 */
function toDateApart(
  band: HeaderBand,
  byLabel: Map<string, { period: Period; target?: number; actual?: number; reported?: number }>,
): void {
  for (const [label, entry] of [...byLabel]) {
    const soFar = band.columns.find((c) => c.col === entry.actual && SO_FAR.test(c.text));
    // A budget to date ("Year to date Budget") is what spending to date is held to: a pair, kept.
    const budget = band.columns.find((c) => c.col === entry.target && c.word === "budget" && !SO_FAR.test(c.text));
    const wholeYears = band.columns.some(
      (c) => c.role === "actual" && c.period !== null && c.period.label !== label && !SO_FAR.test(c.text),
    );
    if (soFar === undefined || budget === undefined || !wholeYears || entry.reported !== undefined) continue;
    byLabel.set(`${label}\u0000${soFar.text}`, {
      period: { ...entry.period, label: soFar.text, unordered: true },
      actual: soFar.col,
    });
    entry.actual = budget.col;
    delete entry.target;
  }
}

/**
 * "2013/14 | … | 2017/18 | 2018/19 | Target" over each year's figure: a target after a run of years,
 * none of them with a target or a word of its own, is the newest year's, the year the report is
 * on; the years before it are results to compare.
 */
function targetOfNewest(
  view: SheetView,
  band: HeaderBand,
  target: HeaderColumn,
  entries: ReadonlyArray<{ period: Period; target?: number; actual?: number; reported?: number }>,
): void {
  // Each year's column headed by the year alone ("2018/19") or as its results ("2022/23 results"), no
  // other word ("Change from December 2016").
  const plain = (col: number | undefined) =>
    band.columns.some(
      (c) =>
        c.col === col &&
        (c.role === null || c.role === "period" || c.role === "actual") &&
        (c.barePeriod ||
          c.text
            .replace(c.period?.label ?? "", "")
            .replace(/\s|年度|年|FY|CY|results?|actuals?|outturns?|實際數?|實績/gi, "") === ""),
    );
  const lastYearCol = maxOf(entries.map((e) => e.actual ?? -1));
  if (target.col < lastYearCol || !entries.every((e) => e.target === undefined && e.reported === undefined)) return;
  if (!entries.every((e) => plain(e.actual))) return;
  const newest = entries.reduce((a, b) => (b.period.year > a.period.year ? b : a));
  // Years headed as results ("2023/24 results") are results, whatever figure the target repeats.
  const results = entries.some((e) => band.columns.some((c) => c.col === e.actual && c.role === "actual"));
  if (newest.actual !== undefined && !results && restates(view, band, target.col, newest.actual)) {
    // The end-of-plan target restates the last year's: every year's figure is a yearly target.
    for (const e of entries) {
      e.target = e.actual;
      delete e.actual;
    }
    return;
  }
  newest.target = target.col;
}

/**
 * "Performance to Q3 2014/15 | Target to Q3 | Previous performance to Q3 2013/14" (a council's
 * summary, the newest first): one standing target beside results of one period headed as this
 * period's and of others headed as past ("Previous", "Last year") is this period's target.
 */
function targetOfPresent(
  band: HeaderBand,
  target: HeaderColumn,
  entries: ReadonlyArray<{ period: Period; target?: number; actual?: number; reported?: number }>,
): boolean {
  if (!entries.every((e) => e.target === undefined && e.reported === undefined && e.actual !== undefined)) return false;
  const present = entries.filter((e) => !pastResults(band, e.actual));
  const [only] = present;
  if (present.length !== 1 || only === undefined) return false;
  only.target = target.col;
  return true;
}

/**
 * Whether a column restates another on most rows ("2022 | Plan Target", the same figure in each): then
 * the years are a plan's yearly targets and the target their end, not a result against its target.
 */
function restates(view: SheetView, band: HeaderBand, a: number, b: number): boolean {
  let both = 0;
  let same = 0;
  for (let r = band.bottom + 1; r <= view.bottom; r++) {
    const x = parseValue(view.cell(r, a));
    const y = parseValue(view.cell(r, b));
    if (x.kind !== "number" || y.kind !== "number") continue;
    both++;
    if (x.value === y.value) same++;
  }
  return both > 0 && same * 2 >= both;
}

/** A period with a target column and no actual column, whose header says the brackets hold the actual. */
function withBracketedActual<P extends PeriodColumns>(band: HeaderBand, p: P): P {
  if (p.target === undefined || p.actual !== undefined) return p;
  const header = band.columns.find((c) => c.col === p.target);
  return header && bracketsHoldActual(header.text) ? { ...p, actualInTarget: true } : p;
}

/** Each period against the one before it; a ratio column (達成率, 增減率, Change) belongs to the last. */
function comparisonPeriods(band: HeaderBand, wide: readonly PeriodColumns[]): PeriodColumns[] {
  const lastYear = maxOf(band.columns.filter((c) => c.period !== null).map((c) => c.col));
  const ratio = band.columns.find(
    (c) => c.col > lastYear && c.period === null && (c.role === "reported" || isRatioHeader(c.text)),
  );
  return wide.map((p, i) => {
    const before = wide[i - 1];
    const isLast = i === wide.length - 1;
    return {
      period: p.period,
      ...(p.actual !== undefined ? { actual: p.actual } : {}),
      ...(before?.actual !== undefined ? { baseline: before.actual } : {}),
      ...(isLast && ratio ? { reported: ratio.col } : {}),
    };
  });
}

/**
 * The shape a header band describes, or null where it is not an indicator table. A name column
 * is needed, and figures: role columns, or two or more year columns that stand where a header stands.
 */
/**
 * "Service | Pledge | Target | Achievement": in English a column headed only "Achievement" beside a
 * target, where no column holds the actual, is the actual (99.88% against 99%), as Hong Kong pledges
 * print it. A rate is named so ("% achieved", "achievement rate") and stays a reported rate.
 */
/** "Achievement", "Performance/ Achievement": a column named for the result alone, not a rate. */
// "% Achievement of client charter" over JAN | FEB: the share of the charter met each month.
// "Achievement Percentage" (Malaysia's charters): the same share, its unit said in words.
const ACHIEVEMENT_ALONE =
  /^%?\s*(?:performance\s*\/\s*)?achievements?(?:\s+of\s+(?:the\s+)?(?:client\s+)?(?:charter|pledges?|standards?))?(?:\s*\(%\)|\s+percentage)?$/i;

function achievementAsActual(view: SheetView, band: HeaderBand): HeaderBand {
  if (band.columns.some((c) => c.role === "actual")) return band;
  // "ACHIEVEMENT" over JAN | FEB | …: one plain column a period, each the period's actual.
  // "Achievement in 2023": the year's preposition goes with the year.
  const word = (c: HeaderColumn) =>
    (c.period ? c.text.replace(c.period.label, "") : c.text).trim().replace(/\s+(?:in|for|of|during)$/i, "");
  const plain = band.columns.filter((c) => c.role === "reported" && ACHIEVEMENT_ALONE.test(word(c)));
  const perPeriod = plain.length >= 2 && plain.every((c) => c.period !== null);
  // "CLIENT CHARTER | PERFORMANCE/ ACHIEVEMENT" over shares, no target anywhere: the one figure a
  // pledge has is its result (no achievement is computed from it alone).
  // A result told in words beside it ("Feedback Achievement": "All 289 projects are completed") is
  // no second figure.
  const figures = band.columns.filter((c) => FIGURE_ROLES.has(c.role ?? "") && figuresBelow(view, band, c.col));
  const alone = plain.length === 1 && figures.length === 1 && figures[0] === plain[0];
  if (!perPeriod && !alone && (plain.length !== 1 || !band.columns.some((c) => c.role === "target"))) return band;
  return {
    ...band,
    columns: band.columns.map((c) => (plain.includes(c) ? { ...c, role: "actual", word: "achievement" } : c)),
  };
}

/** ">" | "<" | "=" (a scorecard's comparison of the result with its target): the direction it states. */
export function directionOfSign(text: string): Direction | null {
  const sign = text.trim();
  if (/^(?:>=?|≥|≧|＞)$/.test(sign)) return "higher";
  if (/^(?:<=?|≤|≦|＜)$/.test(sign)) return "lower";
  if (/^(?:=|＝|═)$/.test(sign)) return "closer";
  return null;
}

/**
 * "Measure-ment" over = | > | <: a column whose every cell is a comparison sign says how each result
 * is compared with its target, whatever its header: the direction, never the names.
 */
function signsAsDirection(view: SheetView, band: HeaderBand): HeaderBand {
  const signs = (col: number) => {
    let count = 0;
    for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + 8); r++) {
      const text = view.isMergedTail(r, col) ? "" : view.text(r, col).trim();
      if (text === "" || /^(?:TBD|TBC|N\/?A|待定|-)$/i.test(text)) continue;
      if (directionOfSign(text) === null) return false;
      count++;
    }
    return count >= 2;
  };
  const column = band.columns.find((c) => c.role !== "direction" && signs(c.col));
  if (column === undefined) return band;
  return { ...band, columns: band.columns.map((c) => (c === column ? { ...c, role: "direction", word: null } : c)) };
}

/**
 * "1999–2000 Target | 1999–2000 Outcome": a goal has no year, so an outcome under a year beside its
 * target is that year's result; a goal under a year, its target.
 */
function outcomeOfYear(band: HeaderBand): HeaderBand {
  if (!band.columns.some((c) => c.role === "goal" && c.period !== null)) return band;
  // "FY2023 Goal | FY2023 Actual": a goal under a year is what the year sets out to reach, its target.
  const roleOf = (c: HeaderColumn) => (c.word === "goal" || c.word === "objective" ? "target" : "actual");
  return {
    ...band,
    columns: band.columns.map((c) => (c.role === "goal" && c.period !== null ? { ...c, role: roleOf(c) } : c)),
  };
}

/**
 * "Approved estimate 2006–07 | Revised estimate 2006–07": where no column holds the result, the
 * revised estimate of a year is the year's spending as known, read against the approved one.
 */
function revisedAsActual(band: HeaderBand): HeaderBand {
  if (band.columns.some((c) => c.role === "actual" || c.role === "executed")) return band;
  const revised = band.columns.filter((c) => c.role === "target" && /revised\s*estimate/i.test(c.text));
  const approved = (r: HeaderColumn) =>
    band.columns.some((c) => c !== r && c.role === "target" && c.period?.label === r.period?.label && c.col < r.col);
  if (revised.length === 0 || !revised.every((r) => r.period !== null && approved(r))) return band;
  return { ...band, columns: band.columns.map((c) => (revised.includes(c) ? { ...c, role: "actual" } : c)) };
}

/**
 * "Actual FY2019 | Estimated FY2020 | Revised FY2020 | Estimated FY2021": estimates of years with no
 * result beside them, and no target anywhere, are amounts to compare, not targets to meet. Where one
 * year stands over two columns (the estimate and its revision), each is said by its whole header.
 */
function estimatesAsAmounts(band: HeaderBand): HeaderBand {
  const dated = band.columns.filter((c) => c.period !== null && c.role !== null && c.role !== "period");
  const estimates = dated.filter((c) => c.role === "target" && ESTIMATE_WORDS.has(c.word ?? ""));
  if (estimates.length < 2 || dated.some((c) => c.role === "target" && !estimates.includes(c))) return band;
  const resultOf = (e: HeaderColumn) => dated.some((c) => c.role === "actual" && c.period?.label === e.period?.label);
  if (estimates.some(resultOf)) return band;
  const labels = new Set(dated.map((c) => c.period?.label));
  const twice = labels.size < dated.length;
  return {
    ...band,
    columns: band.columns.map((c) => {
      if (!dated.includes(c) || c.period === null) return c;
      const period = twice ? { ...c.period, label: c.text } : c.period;
      return { ...c, role: estimates.includes(c) ? null : c.role, period };
    }),
  };
}

const SHARE_IN_TEXT = /\d\s*(?:%|％|per\s?cent\b|percent\b)/i;
const SHARE_FIRST =
  /^\d{1,3}(?:\.\d+)?\s*(?:%|％|per\s?cent\b|percent\b)\s*(?:of\s+\S+\s+)?(?:within|in|by|under|on)\b/i;

/** Names that are sentences stating a share, over results that are shares: two such rows at least, and most. */
function namesSetShares(
  view: SheetView,
  band: HeaderBand,
  nameCol: number,
  periods: readonly PeriodColumns[],
): boolean {
  let stating = 0;
  let named = 0;
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + 10); r++) {
    const name = view.text(r, nameCol);
    if (name === "") continue;
    named++;
    const shares = periods.some((p) => {
      const value = p.actual === undefined ? null : parseValue(view.cell(r, p.actual));
      return value?.kind === "number" && value.percent;
    });
    // "45% within 90 days": a standard led by its share states its target as a sentence does.
    const stated = isSentence(name) ? SHARE_IN_TEXT.test(name.slice(0, SENTENCE_PREFIX)) : SHARE_FIRST.test(name);
    if (shares && stated) stating++;
  }
  return stating >= 2 && stating * 2 >= named;
}

/** A cell of words that reads as a sentence: four words or more, or twelve characters of CJK text. */
function isSentence(text: string): boolean {
  const head = text.slice(0, SENTENCE_PREFIX);
  return head.split(/\s+/, 5).filter(Boolean).length >= 4 || /[\u4e00-\u9fff].{11,}/u.test(head);
}

/**
 * Whether a column left of the targets holds a section's name on some rows and nothing beside most
 * targets: "Section | Target" with "Customer Responsiveness" over three commitments.
 */
function sectionsOnly(view: SheetView, band: HeaderBand, col: number, targetCol: number): boolean {
  let targets = 0;
  let blank = 0;
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + 8); r++) {
    if (view.text(r, targetCol) === "") continue;
    targets++;
    if (view.text(r, col) === "" || view.isMergedTail(r, col)) blank++;
  }
  return targets >= 3 && blank * 2 >= targets;
}

/**
 * "Target | Progress as at 28 February 1999", the target column holding sentences ("To clear 75 per
 * cent of claims within 145 days"): where no column names the indicators, the sentences are the
 * names, each stating its own target (targetInSentence). Null where the target column holds figures.
 */
function targetSentences(view: SheetView, band: HeaderBand): HeaderBand | null {
  if (band.columns.some((c) => c.role === "indicator" || c.role === "goal")) return null;
  const targets = band.columns.filter((c) => c.role === "target" && c.period === null);
  const [target] = targets;
  if (target === undefined || targets.length !== 1) return null;
  // "Services | Time Required / Service Target": words left of the target column are the names. A
  // section's name on its first row only ("Customer Responsiveness", blank beside its later targets) is not.
  for (let c = view.left; c < target.col; c++)
    if (wordsBelow(view, band, c) && !sectionsOnly(view, band, c, target.col)) return null;
  let sentences = 0;
  let figures = 0;
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + 8); r++) {
    if (view.isBlankRow(r)) break;
    const text = view.text(r, target.col);
    if (parseValue(view.cell(r, target.col)).kind === "number") figures++;
    else if (isSentence(text)) sentences++;
  }
  if (sentences < 2 || figures > 0) return null;
  return { ...band, columns: band.columns.map((c) => (c === target ? { ...c, role: "indicator" } : c)) };
}

/**
 * "Agency wide key targets | Agency target | Agency result": of two columns headed as targets, one of
 * sentences ("Improve productivity by 2.5% in 2004–05") beside one of figures, the sentences are the
 * rows' names and the figures their targets.
 */
function sentencesBesideTargets(view: SheetView, band: HeaderBand): HeaderBand {
  if (band.columns.some((c) => c.role === "indicator" || c.role === "goal")) return band;
  const targets = band.columns.filter((c) => c.role === "target" && c.period === null);
  // One heading merged over several columns ("预期目标" over B:E) is one column of targets, not two.
  if (targets.length < 2 || new Set(targets.map((c) => c.text)).size !== targets.length) return band;
  const worded = targets.filter((c) => sentencesBelow(view, band, c.col) >= 2 && !figuresBelow(view, band, c.col));
  const [names] = worded;
  if (names === undefined || worded.length !== 1 || !targets.some((c) => figuresBelow(view, band, c.col))) return band;
  return { ...band, columns: band.columns.map((c) => (c === names ? { ...c, role: "indicator" } : c)) };
}

/** How many of the first rows under the header hold a sentence in the column (not "Yes", not a figure). */
function sentencesBelow(view: SheetView, band: HeaderBand, col: number): number {
  let sentences = 0;
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + 8); r++)
    if (!view.isMergedTail(r, col) && isSentence(view.text(r, col))) sentences++;
  return sentences;
}

/** Words that name an indicator column only loosely: a column named more precisely is preferred. */
const LOOSE_NAME_WORDS = new Set(["指標", "項目", "名稱", "description", "item", "items", "name"]);

/** 教育政策關鍵指標 | 辦理項目 | 方案量化指標: the column the header names most precisely is the name. */
function nameColumn(band: HeaderBand): HeaderColumn | undefined {
  // "Achieved 2019–20 (indicator)" is a year's mark, not the names: a column of names has no year.
  const named = band.columns.filter((c) => c.role === "indicator" && c.period === null);
  const found = named.find((c) => !LOOSE_NAME_WORDS.has(c.word ?? "")) ?? named[0];
  // "Service | Service standard | Target" (Canada's revenue agency, Hong Kong's Buildings Department):
  // the service names the row, the standard beside it is what each case is held to.
  const service = band.columns.find((c) => c.role === null && c.period === null && SERVICE_HEADER.test(c.text));
  return found?.word === "servicestandard" && service !== undefined && service.col < found.col ? service : found;
}

const SERVICE_HEADER = /^\s*(?:services?|services?\s+provided|服務項目|服務)\s*$/i;

const AGENCY = /機關|^agency$|^department$/i;

/**
 * An agency column right of a plan-category header and left of the figures (計畫類別 | 編列機關 |
 * 112年度): each line item is an agency's share of a plan. Only where no column names the indicator.
 */
function agencyColumn(band: HeaderBand, goalCol: number, firstFigure: number): HeaderColumn | undefined {
  const between = band.columns.filter((c) => c.col > goalCol && c.col < firstFigure);
  const agency = between.find((c) => c.role === null && AGENCY.test(c.text));
  return agency && between.every((c) => c.col <= agency.col) ? agency : undefined;
}

/**
 * The column left of the names, headed by no role or by a name word, holding a different title on
 * every row the names fill (no category repeated or merged down over several rows), each shorter
 * than its row's name.
 */
function titlesBeside(view: SheetView, band: HeaderBand, nameCol: number): boolean {
  const col = nameCol - 1;
  const header = band.columns.find((c) => c.col === col);
  // Headed by no role, or by a name word of its own (服務項目 | 衡量指標: the item, then its measure).
  if (col < view.left || !header || (header.role !== null && header.role !== "indicator") || header.period !== null)
    return false;
  if (mergedFromHeader(view, band, col)) return false;
  const titles = new Set<string>();
  let rows = 0;
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + NAME_SAMPLE_ROWS); r++) {
    const name = view.text(r, nameCol);
    if (name === "") continue;
    const title = view.text(r, col);
    if (title === "" || view.isMergedTail(r, col) || title.length >= name.length || isItemCode(title)) return false;
    if (parseValue(view.cell(r, col)).kind !== "text") return false;
    titles.add(title);
    rows++;
  }
  return rows >= 2 && titles.size === rows;
}

/**
 * Whether the first rows under the header hold words (names) in a column: text of its own, not a
 * figure, not "n/a" or "-", not a section title merged across from the left.
 */
function wordsBelow(view: SheetView, band: HeaderBand, col: number): boolean {
  let words = 0;
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + 6); r++) {
    // The table ends at a blank row: the next table's header ("項目") is not a name of this one.
    if (view.isBlankRow(r)) break;
    if (view.isMergedTail(r, col)) continue;
    const text = view.text(r, col);
    const word =
      text !== "" && !/^[\d\s.,%()（）-]+$/.test(text) && !/^(?:n\/?a|tbd|tbc)$/i.test(text) && !isItemCode(text);
    if (word && parseValue(view.cell(r, col)).kind === "text") words++;
  }
  return words >= 1;
}

const MONEY_ROLES = new Set(["budget", "executed"]);

/** "Our Pledge in 2024" over sentences: the year dates the names, the column holds no figure of it. */
function datedWords(view: SheetView, band: HeaderBand, c: HeaderColumn): boolean {
  return c.period !== null && c.role === null && wordsBelow(view, band, c.col) && !figuresBelow(view, band, c.col);
}

/** Whether the first figure under the header is a year (107, 2019): a label, not an amount. */
function yearsBelow(view: SheetView, band: HeaderBand, col: number): boolean {
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + 6) && !view.isBlankRow(r); r++)
    if (parseValue(view.cell(r, col)).kind === "number") return parsePeriod(view.cell(r, col).value) !== null;
  return false;
}

/** Whether the column's cell under the header is covered by a cell merged down from the header itself. */
function mergedFromHeader(view: SheetView, band: HeaderBand, col: number): boolean {
  return (view.mergedFromRow(band.bottom + 1, col) ?? Infinity) <= band.bottom;
}

/** Whether a column holds a figure in the rows under the header, up to the first blank row. */
function figuresBelow(view: SheetView, band: HeaderBand, col: number): boolean {
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + 6) && !view.isBlankRow(r); r++)
    if (parseValue(view.cell(r, col)).kind === "number") return true;
  return false;
}

/** Whether most of a column's filled cells under the header are figures ("12", "98.3%", "30 minutes"). */
function mostlyFigures(view: SheetView, band: HeaderBand, col: number): boolean {
  let filled = 0;
  let figures = 0;
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + 12) && !view.isBlankRow(r); r++) {
    if (view.text(r, col) === "") continue;
    filled++;
    if (parseValue(view.cell(r, col)).kind === "number") figures++;
  }
  return filled >= 2 && figures * 2 > filled;
}

/**
 * "(blank) | Service standard | 2018/19 result | 2019/20 result" (a water corporation's service
 * standards; a council's levels of service, "Service standard | 2022/23 result"): a standard column
 * of figures (12, 98.3%, 30 minutes) beside results of years is what each year is held to, the
 * target, while the measures are named at the left. A standard in words names the rows, as before.
 */
function standardsBesideResults(view: SheetView, band: HeaderBand): HeaderBand {
  const standard = band.columns.find((c) => c.role === "indicator" && c.word === "servicestandard");
  if (standard === undefined) return band;
  // Times in words ("1 working day", Registers of Scotland's) are the standard each case is held to,
  // the year's figure beside them the share that met it: a criterion, no target and no name.
  const times = standardsBelow(view, band, standard.col);
  if (!times && !mostlyFigures(view, band, standard.col)) return band;
  const dated = (c: HeaderColumn) => c.period !== null && c.col > standard.col;
  const results = band.columns.filter((c) => dated(c) && (c.role === "actual" || (times && c.role === null)));
  if (results.length === 0) return band;
  const namedLeft = standard.col > view.left && wordsBelow(view, band, standard.col - 1);
  if (!namedLeft) return band;
  const role = times ? "criteria" : "target";
  // A bare year beside the times ("2018-19" over 100%) heads that year's share that met them.
  const asResult = (c: HeaderColumn): HeaderColumn => (results.includes(c) ? { ...c, role: "actual" } : c);
  return { ...band, columns: band.columns.map((c) => (c === standard ? { ...c, role } : asResult(c))) };
}

/**
 * "Budget component | Budget 20/21 (£) | Expenditure (£)": a header word of money over the leftmost
 * column, whose cells are words and never figures, beside columns of figures: the names.
 */
function figureWordOverNames(view: SheetView, band: HeaderBand): HeaderBand {
  // A heading merged down the left of the rows ("预算执行情况(10分)") stands beside the names, not over them.
  const leftmost = band.columns.find((c) => !view.isMergedTail(band.bottom + 1, c.col));
  // A target in words ("Target | Performance", sentences) is a target still: only money words are names.
  if (leftmost === undefined || leftmost.period !== null || !MONEY_ROLES.has(leftmost.role ?? "")) return band;
  if (band.columns.some((c) => c.role === "indicator")) return band;
  if (!band.columns.some((c) => c.col > leftmost.col && FIGURE_ROLES.has(c.role ?? ""))) return band;
  if (!wordsBelow(view, band, leftmost.col) || figuresBelow(view, band, leftmost.col)) return band;
  return { ...band, columns: band.columns.map((c) => (c === leftmost ? { ...c, role: "indicator" } : c)) };
}

/**
 * "Services | (no header) | 2017/18": one year over the results, the pledges' standards in the
 * unheaded column between ("98% within 8 hours", "Half a day"): each standard is its row's target
 * for the year, read from its words where it states a figure.
 */
function standardsBeforeYear(
  view: SheetView,
  band: HeaderBand,
  nameCol: number,
  wide: readonly PeriodColumns[],
): PeriodColumns[] | null {
  const [only] = wide;
  if (wide.length !== 1 || only?.actual === undefined || only.target !== undefined) return null;
  const headed = new Set(band.columns.map((c) => c.col));
  for (let c = nameCol + 1; c < only.actual; c++)
    if (!headed.has(c) && wordsBelow(view, band, c)) return [{ ...only, target: c, targetShare: true }];
  return null;
}

/**
 * "基金用途 | 預算金額 | 說明 | 百分比": one column of budgeted amounts, no result and no target anywhere,
 * beside lines of words: each line's amount, for the year the title names (a list, nothing to achieve).
 */
function amountsListed(
  view: SheetView,
  band: HeaderBand,
  labelCol: number | null,
  figure: HeaderColumn | undefined,
): { nameCol: number; nameCols: number[]; period: PeriodColumns } | null {
  const budgets = band.columns.filter((c) => c.role === "budget");
  const [budget] = budgets;
  if (figure !== undefined || budget === undefined || budgets.length !== 1 || labelCol === null) return null;
  // "Agency | Department of Planning and Budget": a word in a value, not a column of amounts.
  if (budget.col <= labelCol || !figuresBelow(view, band, budget.col)) return null;
  if (band.columns.some((c) => c.role === "executed" || c.role === "rate" || c.period !== null)) return null;
  const names = band.columns.filter(
    (c) => c.col < budget.col && c.text === band.columns.find((h) => h.col === labelCol)?.text,
  );
  const nameCols = names.length > 0 ? names.map((c) => c.col) : [labelCol];
  if (!nameCols.some((c) => wordsBelow(view, band, c))) return null;
  return { nameCol: nameCols[nameCols.length - 1] ?? labelCol, nameCols, period: { period: null, actual: budget.col } };
}

/** Rows of a column read to tell that it holds periods: enough for a few months, cheap. */
const PERIOD_SAMPLE_ROWS = 6;

/**
 * "(no header) | Our result | Our target" over July 2018, August 2018 …: an unheaded label column
 * whose every cell is a period holds the periods of one indicator, as a column headed 年度 / Year does.
 */
function periodsDown(view: SheetView, band: HeaderBand, labelCol: number | null): boolean {
  if (labelCol === null || band.columns.some((c) => c.col === labelCol && c.text !== "")) return false;
  let periods = 0;
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + PERIOD_SAMPLE_ROWS); r++) {
    if (view.isBlankRow(r)) break;
    if (parsePeriod(view.cell(r, labelCol).value) === null) return false;
    periods++;
  }
  return periods >= 3;
}

/**
 * A column headed 年度 / Period whose first cell below is a period (or blank); "Period" over "Major
 * Applications" is the corner of a table of years across, its cells the names.
 */
function periodHeaded(view: SheetView, band: HeaderBand): number | null {
  const headed = first(band, "period", true);
  if (headed === undefined) return null;
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + 3); r++) {
    const cell = view.cell(r, headed.col);
    if (view.isMergedTail(r, headed.col) || view.text(r, headed.col) === "") continue;
    return parsePeriod(cell.value) !== null || parseValue(cell).kind === "number" ? headed.col : null;
  }
  return headed.col;
}

/**
 * "Bench Mark" over n/a beside the years, the names in a column left of it with no header of its
 * own: the names are where the words are.
 */
function namesLeftOf(view: SheetView, band: HeaderBand, col: number): number {
  if (wordsBelow(view, band, col)) return col;
  // Unheaded, or headed by no role ("Departments | Opening Bank Balances | Cash Allocation"): words, the names.
  const described = new Set(band.columns.filter((c) => c.role !== null || c.period !== null).map((c) => c.col));
  for (let c = col - 1; c >= view.left; c--) if (!described.has(c) && wordsBelow(view, band, c)) return c;
  return col;
}

/**
 * "KPI category | … | KPI definition" (Eastleigh's corporate KPIs), 構面 | 衡量標準: no column headed
 * as the names, a category's words repeating down one column and a definition for each row in
 * another. The definitions name the indicators; the category is their heading.
 */
function definitionsAsNames(
  view: SheetView,
  band: HeaderBand,
  goal: HeaderColumn | undefined,
): HeaderColumn | undefined {
  const criteria = first(band, "criteria");
  if (goal === undefined || criteria === undefined || !wordsBelow(view, band, criteria.col)) return undefined;
  const texts: string[] = [];
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + 12) && !view.isBlankRow(r); r++) {
    const text = view.text(r, criteria.col);
    if (text !== "") texts.push(text);
  }
  return texts.length >= 2 && new Set(texts).size === texts.length ? { ...criteria, role: "criteria" } : undefined;
}

/**
 * 科目 over 款 | 名稱: of the columns headed as names, the one whose cells are words; a column of
 * numbers (1, 2, 3) under a name header is the items' codes.
 */
function namesByValue(view: SheetView, band: HeaderBand, named: HeaderColumn | undefined): HeaderColumn | undefined {
  // A name header merged down over the rows (项目资金(万元) beside its lines) is their heading, no names.
  const mergedDown = named !== undefined && mergedFromHeader(view, band, named.col);
  if (named === undefined || (wordsBelow(view, band, named.col) && !mergedDown)) return named;
  // One name header merged over numbers and names (KPI over "(1)" | "No. of flats") is read as one.
  const worded = band.columns.find(
    (c) => c.role === "indicator" && c.text !== named.text && wordsBelow(view, band, c.col),
  );
  // 項目 over "(1)" beside 工作 over the pledges: the names are the words right of the numbers,
  // under whatever header, before the first figure.
  const beside = band.columns.find(
    (c) => c.col > named.col && c.role === null && c.period === null && wordsBelow(view, band, c.col),
  );
  // "LINKED ITEMS | UNIT | TARGET | ACTUAL | INDICATOR", the last a status light left blank: the names
  // are the words of the unheaded-role column at the left.
  const left = band.columns.find(
    (c) => c.col < named.col && c.role === null && c.period === null && wordsBelow(view, band, c.col),
  );
  // 科目 over 一、 | 二、, the names beside them under no header.
  const unheaded = (beside ?? left) ? null : namesBesideCodes(view, band, named.col, view.right + 1);
  const besideCodes = unheaded === null ? undefined : { ...named, col: unheaded, text: "" };
  return worded ?? beside ?? left ?? besideCodes ?? named;
}

/**
 * "Scheme | Total Recipients | Target | Measure | Recorded": a name header right of the figures it
 * would name ("Measure" over "In 6 Weeks", the standard each is held to) names no rows where words
 * stand at the left, before the first figure: those are the names.
 */
function namesLeftOfFigures(
  view: SheetView,
  band: HeaderBand,
  named: HeaderColumn | undefined,
  firstFigure: number,
): HeaderColumn | undefined {
  if (named === undefined || named.col < firstFigure) return named;
  for (let c = view.left; c < firstFigure; c++) {
    if (mergedFromHeader(view, band, c)) continue;
    const header = band.columns.find((h) => h.col === c);
    // A column merged down over several rows (单位名称, 项目名称 over a project's rows) heads them.
    if (mergedRowsBelow(view, band, c) !== null) continue;
    if (wordsBelow(view, band, c)) return { ...(header ?? named), col: c, role: "indicator" };
  }
  return named;
}

/**
 * "预算资金(万元)" merged from the header down the left of its lines, the lines' names in the column
 * beside it before the figures: the names are there, the merged cell their heading.
 */
function besideMergedHeading(view: SheetView, band: HeaderBand, col: number, firstFigure: number): number {
  const next = col + 1;
  return mergedFromHeader(view, band, col) && next < firstFigure && wordsBelow(view, band, next) ? next : col;
}

const PERCENT_HEADER = /百分比|百分率|per\s*cent|%|％/i;

/**
 * Whether a column's header says percent and its first figures are bare numbers beyond 1 (95, 99).
 * "Target (per cent.)" over 98.5, 2.5, 0.4 (a UK agency's key targets): a few small shares among
 * figures no fraction reaches are points too; a column of fractions has none as large.
 */
function inPoints(view: SheetView, band: HeaderBand, col: number | undefined): boolean {
  const header = band.columns.find((c) => c.col === col);
  if (
    col === undefined ||
    !header ||
    !PERCENT_HEADER.test(header.text) ||
    /高於|低於|差|above|below|change/i.test(header.text)
  )
    return false;
  let bare = 0;
  let small = 0;
  let marked = false;
  let largest = 0;
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + 20); r++) {
    const value = parseValue(view.cell(r, col));
    if (value.kind !== "number") continue;
    if (value.percent) marked = true;
    else if (Math.abs(value.value) <= 1) small++;
    else if (value.value <= 1000) {
      bare++;
      largest = Math.max(largest, value.value);
    }
  }
  return !marked && bare > 0 && (small === 0 || (bare > small && largest >= 10));
}

/** Marks the target and actual columns that hold percentage points. */
function withPoints(view: SheetView, band: HeaderBand, periods: readonly PeriodColumns[]): PeriodColumns[] {
  return periods.map((p) => {
    const target = inPoints(view, band, p.target);
    const actual = inPoints(view, band, p.actual);
    return target || actual
      ? { ...p, ...(target ? { targetInPoints: true } : {}), ...(actual ? { actualInPoints: true } : {}) }
      : p;
  });
}

/** Words of a result that is the share of cases meeting a standard (header-words.ts). */
const SHARE_MET = new Set(SHARE_MET_WORDS);

/** Whether the band's result is a share of cases that met a standard. */
function sharesMet(band: HeaderBand): boolean {
  // "Was the Target Achieved?" asks yes or no of each row (✓, or the result where not met): no share.
  return band.columns.some((c) => c.role === "actual" && SHARE_MET.has(c.word ?? "") && !c.text.includes("?"));
}

/** "Fulfilled … Standard" over Number | %: of the count and the share that met it, the share is the result. */
function shareOfMet(band: HeaderBand): HeaderColumn | undefined {
  if (!sharesMet(band)) return undefined;
  const met = band.columns.filter((c) => c.role === "actual" && c.period === null);
  // "… (%)" at the end, or "% Menepati Standard" leading its own cell.
  return met.length > 1 ? met.find((c) => /(?:^|\s)[(（]?[%％][)）]?(?:$|\s)/.test(c.text)) : undefined;
}

/** Whether a column's figures are the actual's over the target's on most rows that hold all three. */
function quotientOf(view: SheetView, band: HeaderBand, rate: number, actual: number, target: number): boolean {
  let agree = 0;
  let rows = 0;
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + 12) && !view.isBlankRow(r); r++) {
    const [q, a, t] = [rate, actual, target].map((c) => parseValue(view.cell(r, c)));
    if (q?.kind !== "number" || a?.kind !== "number" || t?.kind !== "number" || t.value === 0) continue;
    rows++;
    // At the precision printed: "67%" for 2 ÷ 3.
    if (Math.abs(q.value - a.value / t.value) <= Math.max(q.step, 1e-9) / 2 + 1e-9) agree++;
  }
  return rows >= 2 && agree * 4 >= rows * 3;
}

/**
 * "Target | Actual Achieved | % of Targets Met" (California's Water Boards): a share-met header over
 * figures that are the actual over the target, row by row, is the achievement printed, not a result.
 */
function printedAchievement(view: SheetView, band: HeaderBand): HeaderBand {
  const met = band.columns.find((c) => c.role === "actual" && SHARE_MET.has(c.word ?? "") && c.period === null);
  const target = band.columns.find((c) => c.role === "target" && c.period === null);
  const actual = band.columns.find((c) => c.role === "actual" && c !== met && c.period === null);
  if (!met || !target || !actual || !quotientOf(view, band, met.col, actual.col, target.col)) return band;
  return { ...band, columns: band.columns.map((c) => (c === met ? { ...c, role: "reported" } : c)) };
}

/**
 * "Time Required / Service Target | Targets Achieved (%)": beside the share of cases that met it, the
 * "target" column states the standard each case is held to (12 calendar days), the criteria, not a
 * figure for the share to reach.
 */
function standardBesideShareMet(band: HeaderBand): HeaderBand {
  if (!sharesMet(band)) return band;
  return {
    ...band,
    columns: band.columns.map((c) => (c.role === "target" && c.period === null ? { ...c, role: "criteria" } : c)),
  };
}

/** Columns that describe an indicator (its standard, unit, remarks, code), never name it. */
const DESCRIBING = new Set(["criteria", "unit", "remarks", "code", "direction", "weight"]);

/** A column of dates: when a line was set, changed or published. */
const DATE_HEADER = /\bdate\b|日期/i;

/** Columns left of the first figure headed by words no role claims ("User Fee", "Services"). */
function headedWordsLeftOf(band: HeaderBand, firstFigure: number): HeaderColumn[] {
  return band.columns.filter((h) => h.col < firstFigure && h.role === null && h.text !== "");
}

/** Rows whose texts are compared to tell the names from the columns that describe them. */
const NAME_SAMPLE_ROWS = 6;

/** The mean length of a column's texts in the first rows under the header. */
function meanText(view: SheetView, band: HeaderBand, col: number): number {
  let total = 0;
  let count = 0;
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + NAME_SAMPLE_ROWS); r++) {
    const text = view.text(r, col);
    if (text === "") continue;
    total += text.length;
    count++;
  }
  return count === 0 ? 0 : total / count;
}

/**
 * "User Fee | Fee Type | Fee Setting Authority | Date Last Modified | Forecast Revenue": where no
 * header names the names, and the columns left of the figures are all headed words no role claims,
 * the names are the column of the longest texts (a line's name says the most; its type, authority
 * and date are short).
 */
function longestNamesLeftOf(view: SheetView, band: HeaderBand, firstFigure: number): number | null {
  const headed = headedWordsLeftOf(band, firstFigure);
  if (headed.length < 3 || headed.length !== firstFigure - view.left) return null;
  let best: HeaderColumn | undefined;
  for (const h of headed) if (!best || meanText(view, band, h.col) > meanText(view, band, best.col)) best = h;
  return best?.col ?? null;
}

// "14 hari bekerja", "30 minit" (Malaysian charters: working days, minutes, hours, weeks, months).
const STANDARD_TIME =
  /^\s*(?:within\s+)?\d+(?:\.\d+)?\s*(?:business |working |calendar )?(?:days?|weeks?|hours?|minutes?|months?)\s*$|^\s*\d+(?:\.\d+)?\s*(?:個)?(?:工作)?(?:天|日|小時|分鐘|週|星期|個月)內?\s*$|^\s*(?:dalam\s+(?:tempoh\s+)?)?\d+(?:\.\d+)?\s*(?:hari(?:\s+(?:bekerja|kerja))?|minit|jam|minggu|bulan)\s*$/i;

/** A column whose filled cells under the header are times to meet ("2 business days", "14天內"). */
function standardsBelow(view: SheetView, band: HeaderBand, col: number): boolean {
  let standards = 0;
  let filled = 0;
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + 12); r++) {
    const text = view.text(r, col);
    if (text === "") continue;
    filled++;
    if (STANDARD_TIME.test(text)) standards++;
  }
  return filled >= 2 && standards * 3 >= filled * 2;
}

/** The nearest column left of the first figure that no header word gives a describing role to. */
function unroledLeftOf(view: SheetView, band: HeaderBand, firstFigure: number, left: number): number | null {
  // "Services | (no header) | 2017/18": a headed column of words before an unheaded one, which
  // holds what the names promise (the standards), not the names.
  const headed = headedWordsLeftOf(band, firstFigure);
  const unheadedNext = !band.columns.some((h) => h.col === firstFigure - 1);
  const [only] = headed;
  if (unheadedNext && headed.length === 1 && only !== undefined && only.col < firstFigure - 1) return only.col;
  for (let c = firstFigure - 1; c >= left; c--) {
    const header = band.columns.find((h) => h.col === c);
    // "Date Last Modified" beside the figures dates each line; it never names one.
    if (header && DATE_HEADER.test(header.text)) continue;
    // "Previous Measurement Period" over 0.96: an earlier period's figures, no names (years, 107 | 108,
    // may name the rows).
    if (figuresBelow(view, band, c) && !wordsBelow(view, band, c) && !yearsBelow(view, band, c)) continue;
    // "2 business days", "2 weeks" beside the pledges (Hong Kong SFC's): the standards, not the names.
    if (c > left && standardsBelow(view, band, c) && wordsBelow(view, band, c - 1)) continue;
    const role = header?.role;
    if (role === undefined || role === null || !DESCRIBING.has(role)) return c;
  }
  // "計畫總經費" over 9653388 | 12311117 beside the budgets: figures, never the names of the rows.
  const before = firstFigure - 1;
  return firstFigure > left && (wordsBelow(view, band, before) || !figuresBelow(view, band, before)) ? before : null;
}

/**
 * "2019-20 actual | (no header) | 2020-21 target | 2020-21 actual": the names in an unheaded column
 * among the figures, where no column stands left of the first figure.
 */
function unheadedNames(view: SheetView, band: HeaderBand): number | null {
  const headed = new Set(band.columns.map((c) => c.col));
  for (let c = view.left; c <= view.right; c++) if (!headed.has(c) && wordsBelow(view, band, c)) return c;
  return null;
}

/**
 * "KPI" merged down over three rows beside "Measure" naming each: the merged column is the rows'
 * heading, the column beside it their names (the Legal Ombudsman's timeliness tables).
 */
function headingMergedDown(view: SheetView, band: HeaderBand): HeaderBand {
  const [heading] = band.columns.filter((c) => c.role === "indicator" && c.period === null);
  const next = heading && band.columns.find((c) => c.col === heading.col + 1);
  // 项目名称 merged down over each project's rows, 三级指标 further right naming each row (mainland
  // 绩效目标表): the column headed as names that is not merged is the names, wherever it stands.
  const names =
    next && (next.role === "indicator" || next.role === null)
      ? next
      : heading &&
        !mergedFromHeader(view, band, heading.col) &&
        band.columns.find((c) => c.col > heading.col && c.role === "indicator" && c.period === null);
  if (!heading || !names) return band;
  let merged = false;
  // Names differ row by row; a column repeating Budget | Actual under each plan holds roles, not names.
  const seen = new Set<string>();
  let repeated = false;
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + 6); r++) {
    const name = view.text(r, names.col);
    if (r > band.bottom + 1) merged ||= view.isMergedFromAbove(r, heading.col) && name !== "";
    repeated ||= name !== "" && seen.has(name);
    seen.add(name);
  }
  if (!merged || repeated || !wordsBelow(view, band, names.col) || figuresBelow(view, band, names.col)) return band;
  return {
    ...band,
    columns: band.columns.map((c) =>
      c === heading ? { ...c, role: "goal" } : c === names ? { ...c, role: "indicator", period: null } : c,
    ),
  };
}

/**
 * "Service | Service Standard" and nothing else (a Hong Kong department's pledges: ">99.9%", "10
 * working days"): the standard each service is held to is its target, the service the row's name.
 */
function standardsAlone(view: SheetView, band: HeaderBand): HeaderBand {
  if (band.columns.some((c) => c.period !== null || (c.role !== null && FIGURE_ROLES.has(c.role)))) return band;
  const standard = band.columns.find((c) => c.word === "servicestandard");
  const service = band.columns.find((c) => c.role === null && SERVICE_HEADER.test(c.text));
  if (!standard || !service || service.col > standard.col) return band;
  if (!figuresBelow(view, band, standard.col) && !standardsBelow(view, band, standard.col)) return band;
  return {
    ...band,
    columns: band.columns.map((c) =>
      c === standard ? { ...c, role: "target" } : c === service ? { ...c, role: "indicator" } : c,
    ),
  };
}

/** The rows a cell under the header is merged down over, where one is (its first row holding words). */
function mergedRowsBelow(view: SheetView, band: HeaderBand, col: number): { top: number; bottom: number } | null {
  for (let r = band.bottom + 2; r <= Math.min(view.bottom, band.bottom + 6); r++) {
    const top = view.mergedFromRow(r, col);
    if (top === null || top <= band.bottom || view.text(top, col) === "") continue;
    // A merge in the next table down (its own header between) is no heading of these rows.
    for (let h = band.bottom + 1; h <= top; h++) if (headerLike(view, h)) return null;
    let bottom = r;
    while (bottom < view.bottom && view.mergedFromRow(bottom + 1, col) === top) bottom++;
    return { top, bottom };
  }
  return null;
}

/** Whether a column holds a figure on at least two of the rows from top to bottom. */
function figuresWithin(view: SheetView, col: number, rows: { top: number; bottom: number }): boolean {
  let figures = 0;
  for (let r = rows.top; r <= rows.bottom && figures < 2; r++)
    if (parseValue(view.cell(r, col)).kind === "number") figures++;
  return figures >= 2;
}

/**
 * 年度目标 merged down over a project's rows beside 指标值 on each row (mainland 绩效目标申报表): the
 * merged one states the project's aim, in words; the row's own target is the figure beside it.
 */
function targetsMergedDown(view: SheetView, band: HeaderBand): HeaderBand {
  const targets = band.columns.filter((c) => c.role === "target" && c.period === null);
  if (targets.length < 2) return band;
  const aims = targets.filter((aim) => {
    const rows = mergedRowsBelow(view, band, aim.col);
    return rows !== null && targets.some((own) => own !== aim && figuresWithin(view, own.col, rows));
  });
  if (aims.length === 0 || aims.length === targets.length) return band;
  return { ...band, columns: band.columns.map((c) => (aims.includes(c) ? { ...c, role: null } : c)) };
}

/** A figure in a header's words other than its year or its unit ("$'000", "2003/04", "FY13"). */
function levelInHeader(text: string): boolean {
  return /\d/.test(text.replace(/['’]000|\b(?:19|20)\d{2}(?:[/\-–]\d{2,4})?\b|\bFY\s?\d{2,4}\b/gi, ""));
}

export function shapeOf(view: SheetView, given: HeaderBand): ColumnShape | null {
  // Each step reads the band the one before left: roles the arithmetic or the layout confirms first.
  const merged = headingMergedDown(view, targetsMergedDown(view, standardsAlone(view, signsAsDirection(view, given))));
  const met = standardsBesideResults(view, standardBesideShareMet(printedAchievement(view, outcomeOfYear(merged))));
  const worded = figureWordOverNames(
    view,
    budgetsAsPlans(estimatesAsAmounts(projectionsAside(revisedAsActual(achievementAsActual(view, met))))),
  );
  const described = sentencesBesideTargets(view, worded);
  const sentenced = targetSentences(view, described);
  const band = sentenced ?? described;
  const namedAt = namesByValue(view, band, nameColumn(band) ?? first(band, "scoreItem"));
  // "Projected outcomes" over 166 | 2 761: a goal's word over figures heads no names.
  const goalWord = first(band, "goal") ?? first(band, "dimension");
  const goal = goalWord && !figuresBelow(view, band, goalWord.col) ? goalWord : undefined;
  const figureCols = band.columns.filter(
    (c) => (c.role !== null && FIGURE_ROLES.has(c.role)) || (c.period !== null && !datedWords(view, band, c)),
  );
  if (figureCols.length === 0) return null;
  const firstFigure = minOf(figureCols.map((c) => c.col));
  const named = namesLeftOfFigures(view, band, namedAt, firstFigure) ?? definitionsAsNames(view, band, goal);
  const leftOfFigures =
    named?.col ??
    goal?.col ??
    longestNamesLeftOf(view, band, firstFigure) ??
    unroledLeftOf(view, band, firstFigure, view.left);
  const amongFigures = leftOfFigures === null ? unheadedNames(view, band) : null;
  const labelCol = leftOfFigures ?? amongFigures;
  if (amongFigures === null && (labelCol === null || labelCol >= firstFigure + 1)) {
    if (named === undefined && goal === undefined) return null;
  }
  if (!bareYearsAreHeader(view, band, named?.col ?? goal?.col ?? labelCol)) return null;
  const agency = named === undefined && goal ? agencyColumn(band, goal.col, firstFigure) : undefined;
  const guessed = labelCol === null ? view.left : namesLeftOf(view, band, labelCol);
  const nameCol = besideMergedHeading(
    view,
    band,
    agency?.col ?? named?.col ?? goal?.col ?? namesBesideCodes(view, band, guessed, firstFigure) ?? guessed,
    firstFigure,
  );
  const nameText = band.columns.find((c) => c.col === nameCol)?.text;
  const nameCols = [nameCol];
  for (let c = nameCol + 1; band.columns.some((h) => h.col === c && h.text === nameText); c++) nameCols.push(c);
  // 計畫類別 (A:B) | 編列機關 (C): the agency is the line item, the plan columns left of it its category.
  if (agency && goal) for (let c = agency.col - 1; c >= goal.col; c--) nameCols.unshift(c);
  // "Service commitment" merged over the commitment and its standard ("answered within 5 minutes"),
  // the names found in the right one: the name is both, read together.
  let joined = false;
  const hasWords = (c: number) => wordsBelow(view, band, c);
  for (
    let c = nameCol - 1;
    !agency &&
    nameText &&
    hasWords(nameCol) &&
    hasWords(c) &&
    band.columns.some((h) => h.col === c && h.text === nameText);
    c--
  ) {
    nameCols.unshift(c);
    joined = true;
  }
  // "Standard | Measure | Target | Results" (a regulator's service standards: "Participant Funding"
  // beside "80% of funding decisions are provided within 30 days …"): a title of its own on every row,
  // shorter than the sentence the name column holds, names the row with it.
  if (!joined && !agency && named !== undefined && titlesBeside(view, band, nameCol)) {
    nameCols.unshift(nameCol - 1);
    joined = true;
  }
  const base = {
    ...(joined ? { joinNames: true } : {}),
    nameCol,
    nameCols,
    goalCol: named && goal && !agency ? goal.col : null,
    unitCol: first(band, "unit")?.col ?? null,
    remarksCol: first(band, "remarks")?.col ?? null,
    criteriaCol: named?.role === "criteria" ? null : (first(band, "criteria")?.col ?? null),
    directionCol: first(band, "direction")?.col ?? null,
    periodCol: periodHeaded(view, band) ?? (periodsDown(view, band, labelCol) ? labelCol : null),
    weightCol: first(band, "weight")?.col ?? null,
    band,
    ...(sharesMet(band) ? { sharesMet: true } : {}),
  };
  const execution = executionPeriod(view, band);
  if (execution) {
    const periods = [...outturnsBefore(band, execution.period.period), execution.period];
    return { ...base, kind: "execution", budgetParts: execution.parts, periods };
  }
  // The names' column, dated ("Our Pledge in 2024"), is no period's figures.
  const wide = widePeriods(view, band).filter((p) => p.actual === undefined || !nameCols.includes(p.actual));
  const withRoles = wide.filter((p) => p.target !== undefined || p.reported !== undefined);
  const yearCols = band.columns.filter((c) => c.period !== null).length;
  const rolesAt = band.columns.some(
    (c) => c.period !== null && (c.role === "target" || c.role === "actual" || c.role === "reported"),
  );
  // 科目 | 本年度預算數 (a fund's 資金運用預算表, an agency's one-year budget lines): one period's
  // amounts, each line's figure that period's, as a comparison's are; one year of other figures is none.
  // (A header merged over 金額 | % heads one amount, not two.)
  const oneAmount =
    wide.length === 1 &&
    band.columns.filter(
      (c) => c.period !== null && MONEY_ROLES.has(c.role ?? "") && !view.isMergedTail(band.top, c.col),
    ).length === 1;
  // One year's results under a word of their own ("Achievement in 2023") read as that year's.
  if (
    wide.length >= 2 ||
    (wide.length === 1 && (withRoles.length === 1 || (rolesAt && !sentenced))) ||
    (oneAmount && named !== undefined)
  ) {
    // Every target a budget (本月份 實際數 | 預算數, 累計 實際數 | 預算數): spending against budget, periods apart.
    const budgeted = withRoles.length > 0 && withRoles.every((p) => budgetCol(band, p.target));
    const kind = budgeted ? "execution" : rolesAt || withRoles.length > 0 ? "wide" : "comparison";
    if (
      kind === "comparison" &&
      ((yearCols < 2 && !oneAmount) || (named === undefined && goal === undefined && labelCol === null))
    )
      return null;
    // A full-year budget beside them (本年度法定預算數) has no result of its own: no period to read.
    // "To ensure at least 85% of building plans are processed within 54 days" over quarterly shares:
    // each name sets its own target; the quarters are results, not a comparison of amounts.
    if (kind === "comparison" && namesSetShares(view, band, nameCol, wide)) {
      const periods = wide.map((p) => ({ ...p, targetInName: true }));
      return { ...base, kind: "wide", budgetParts: [], periods: withPoints(view, band, periods) };
    }
    // "BE/RE/Actuals" over Budget Estimates | Revised Estimates | Actual Expenditure: each row's
    // figures are what its roles cell says, a name's rows one indicator.
    const firstYear = minOf(band.columns.filter((c) => c.period !== null).map((c) => c.col));
    const roles = kind === "comparison" ? rolesColumn(view, band, nameCol, firstYear) : null;
    const besideNames = kind === "comparison" && !roles ? rolesBesideNames(view, band, nameCol, hasWords) : null;
    const rolesDown = roles ?? besideNames;
    if (rolesDown) {
      const names = besideNames ? { nameCol: besideNames.nameCol, nameCols: [besideNames.nameCol] } : {};
      const rolesKind = rolesDown.execution ? "execution" : "wide";
      const periods = withPoints(view, band, wide);
      return { ...base, ...names, kind: rolesKind, rolesCol: rolesDown.col, budgetParts: [], periods };
    }
    const periods =
      kind === "comparison" ? comparisonPeriods(band, wide) : budgeted ? withEarlierOutturns(wide, withRoles) : wide;
    return { ...base, kind, budgetParts: [], periods: withPoints(view, band, periods) };
  }
  const standards = withRoles.length === 0 ? standardsBeforeYear(view, band, nameCol, wide) : null;
  if (standards) return { ...base, kind: "wide", budgetParts: [], periods: standards };
  // Year | Result, years down the label column: one indicator over the years (read as a series).
  const yearsDown = labelCol !== null && base.periodCol === labelCol;
  // Sentences that set their targets beside "Progress as at 28 February 1999": the one result column,
  // whatever date its header names.
  const actual = shareOfMet(band) ?? first(band, "actual", true) ?? (sentenced ? first(band, "actual") : undefined);
  const targets = band.columns.filter((c) => c.role === "target" && c.period === null);
  const target = targetOfResultKind(view, band, targets, actual);
  const reported = first(band, "reported", true);
  // "Service | Target | Actual | Achievement": a target and a result beside a column of words is a
  // table of indicators whatever the word over the names ("Service", "工作目標", "服務標準").
  // A standard in words ("Time Required") stands for the target beside a share of cases that met it.
  const standard = target ?? first(band, "criteria");
  // "Educational Functioning Level (EFL) | Target" (a state's targets for the year): a target beside
  // words, whatever word heads them, is a plan of those names; nothing else on the band is a figure.
  // A "header" that holds a level itself ("Target ≥ 79%", "Maintain 9.0 (per 10,000)") is a line of
  // figures, read by what reads such lines.
  const planBeside =
    target !== undefined &&
    actual === undefined &&
    reported === undefined &&
    figureCols.length === 1 &&
    !levelInHeader(target.text) &&
    // "Forecast | Collections | Variance (%)": a column of figures no word names may hold the results;
    // then it is for a person to say (the suggestion names it), not a plan that leaves it out.
    !band.columns.some((c) => c.col !== target.col && c.col !== labelCol && mostlyFigures(view, band, c.col));
  // A share of cases that met a standard needs no target column: the names state the standard.
  const namesBeside =
    labelCol !== null &&
    (standard !== undefined || sharesMet(band)) &&
    ((actual ?? reported) !== undefined || planBeside) &&
    wordsBelow(view, band, labelCol);
  if (named === undefined && goal === undefined && !yearsDown && !namesBeside) {
    const listed = amountsListed(view, band, labelCol, target ?? actual ?? reported);
    if (listed === null) return null;
    return {
      ...base,
      nameCol: listed.nameCol,
      nameCols: listed.nameCols,
      kind: "long",
      budgetParts: [],
      periods: [listed.period],
    };
  }
  if (target === undefined && actual === undefined) return null;
  const single: PeriodColumns = withBracketedActual<PeriodColumns>(band, {
    period: target?.period ?? actual?.period ?? null,
    ...(target ? { target: target.col } : {}),
    ...(actual ? { actual: actual.col } : {}),
    ...(reported ? { reported: reported.col } : {}),
    ...(sentenced ? { targetInName: true } : {}),
  });
  const kind = actual === undefined && reported === undefined && !single.actualInTarget ? "plan" : "long";
  return { ...base, kind, budgetParts: [], periods: withPoints(view, band, [single]) };
}

/**
 * A shape read from the figures alone (a rate's arithmetic, a variance, placeholder headings): one
 * name column and the periods found, no column described by words.
 */
export function namesAndFigures(
  kind: ShapeKind,
  nameCol: number,
  band: HeaderBand,
  periods: readonly PeriodColumns[],
): ColumnShape {
  return {
    kind,
    nameCol,
    nameCols: [nameCol],
    goalCol: null,
    unitCol: null,
    remarksCol: null,
    criteriaCol: null,
    directionCol: null,
    // Months down a column headed "Bulan" / 月份, the rate the table prints confirming the rest: one
    // measure over the months (read as a series), never a measure per month.
    periodCol: band.columns.some((c) => c.col === nameCol && c.role === "period") ? nameCol : null,
    weightCol: null,
    budgetParts: [],
    band,
    periods,
  };
}
