import type { Finding } from "../findings";
import { achievement, capAt, isMet, type Direction } from "../measures/achievement";
import { notComputable, valueOrNull } from "../measures/computed";
import { uncertainAchievement, uncertainDate, uncertainPrinted, uncertainVerdict } from "./uncertain";
import { checkDifference } from "./review-difference";
import { namesShare } from "../values/sentence-target";
import { printedAsStrictBound } from "../values/cell-value";
import { unlikeTimes } from "../values/time-units";
import { growth } from "../measures/growth";
import { DEFAULT_LIGHT_BANDS, lightFor, type LightBands } from "../measures/lights";
import type { IndicatorInput, IndicatorKind, PeriodInput, SourceCell } from "./indicator-input";
import type { IndicatorResult, PeriodCells, PeriodResult } from "./indicator-result";
import { inferDirection, inferKind, inferUnit } from "./infer";
import { hasNoDirection } from "./direction-words";
import { checkFigureCell } from "./period-findings";
import { checkReported, checkReportedRatio } from "./review-reported";
import { checkLowered, checkMissing, checkRatings, checkTargetSign, checkUnits } from "./review-period";

export interface AnalysisOptions {
  readonly bands: LightBands;
  /** Report achievement capped at 100%, as some offices do. */
  readonly capAtOne: boolean;
}

export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = { bands: DEFAULT_LIGHT_BANDS, capAtOne: false };

export interface IndicatorAnalysis {
  readonly indicator: IndicatorResult;
  readonly findings: readonly Finding[];
}

function add(findings: Finding[], more: readonly Finding[]): void {
  for (const finding of more) findings.push(finding);
}

function figure(cell: SourceCell | null): number | null {
  return cell?.value.kind === "number" ? cell.value.value : null;
}

/** The actual a stated formula sums, (B+C): blanks and "-" count as nothing, text makes it unknown. */
function actualOf(period: PeriodInput): number | null {
  if (period.actualParts === undefined) return figure(period.actual);
  let sum = 0;
  let any = false;
  for (const part of period.actualParts) {
    if (part.value.kind === "missing") continue;
    if (part.value.kind !== "number") return null;
    sum += part.value.value;
    any = true;
  }
  return any ? sum : null;
}

/**
 * Beyond this an achievement is a misreading far more often than a result (a code, a weight or a year
 * read as a figure; units that differ by thousands): 10,000% of target.
 */
export const PLAUSIBLE_ACHIEVEMENT = 100;

function cellsOf(period: PeriodInput): PeriodCells {
  const cells: PeriodCells = {};
  if (period.target && period.target.value.kind !== "missing") cells.target = period.target.address;
  if (period.actual && period.actual.value.kind !== "missing") cells.actual = period.actual.address;
  if (period.reported && period.reported.value.kind !== "missing") cells.reported = period.reported.address;
  if (period.actualParts) cells.actualParts = period.actualParts.map((p) => p.address);
  return cells;
}

/**
 * A row of percentages with one figure written without its sign ("64.74" among "88.12%", "70%"), or
 * a target in bare points against a result in percent (90 against "95.9%", a council's KPI tiles):
 * the bare figures are in percentage points too. Only where no more figures are bare than are
 * percentages, and each bare one lies between 1 and 100, as no fraction does.
 */
function percentRow(input: IndicatorInput): IndicatorInput {
  let percent = 0;
  let bare = 0;
  // Every indicator passes here: no array per period (20,000 of them).
  let other = false;
  const count = (cell: SourceCell | null): void => {
    const v = cell?.value;
    if (v?.kind !== "number") return;
    if (v.percent) percent++;
    // "7 weeks" against "100%": a time, in its own unit, never a percentage written bare.
    else if (v.unit === null && v.value > 1 && v.value <= 100) bare++;
    else other = true;
  };
  for (const p of input.periods) {
    count(p.target);
    count(p.actual);
    if (other) return input;
  }
  if (bare === 0 || bare > percent) return input;
  const points = (cell: SourceCell | null): SourceCell | null => {
    const v = cell?.value;
    if (!cell || v?.kind !== "number" || v.percent) return cell;
    return { ...cell, value: { ...v, value: v.value / 100, step: v.step / 100, percent: true, unit: "%" } };
  };
  return {
    ...input,
    periods: input.periods.map((p) => ({ ...p, target: points(p.target), actual: points(p.actual) })),
  };
}

/**
 * A share ("no more than 23 per cent of outstanding appeals") of more than the whole (138.9%) is no
 * result of that measure: the figure is of something else, and no achievement is shown.
 */
function shareBeyondWhole(name: string, period: PeriodInput): boolean {
  const target = period.target?.value;
  const actual = period.actual?.value;
  if (target?.kind !== "number" || actual?.kind !== "number" || !target.percent || !actual.percent) return false;
  return target.value <= 1 && actual.value > 1 && namesShare(name);
}

/**
 * A share beaten more than fivefold (38% against a target of 4.3%) is likelier a misprint of the
 * target (43%) or a share of something else than a result: said, not shown. Counts and amounts may
 * well run that far; shares held to a floor do not.
 */
const SHARE_TIMES_TARGET = 5;
/** A rate of change (成長率, growth) may run far past its target: 38.8 times a 2% growth is growth. */
const CHANGE_NAME = /成長|增加|增長|提升|growth|increase|change|rise/i;

function shareFarBeyondTarget(name: string, period: PeriodInput, direction: Direction, value: number): boolean {
  const target = period.target?.value;
  const actual = period.actual?.value;
  if (direction !== "higher" || target?.kind !== "number" || actual?.kind !== "number") return false;
  if (CHANGE_NAME.test(name)) return false;
  return target.percent && actual.percent && target.value <= 1 && value > SHARE_TIMES_TARGET;
}

/**
 * A rate that fell (−80% attendance) against a rate to rise by (3%): actual ÷ target is −26.7, a
 * ratio with no meaning as an achievement (Surrey's growth measures in a pandemic year). Spending
 * below zero (a refund) against a budget is an amount, and stays computed.
 */
function changeBelowZero(period: PeriodInput, value: number): boolean {
  const target = period.target?.value;
  const actual = period.actual?.value;
  if (value >= 0 || target?.kind !== "number" || actual?.kind !== "number") return false;
  return target.percent && actual.percent && target.value > 0;
}

/** A year written as a figure ("2019年"): a date, whatever else the cell could be. */
function isYear(cell: PeriodInput["target"]): boolean {
  const value = cell?.value;
  return (
    value?.kind === "number" &&
    value.unit !== null &&
    /^年度?$/.test(value.unit) &&
    Number.isInteger(value.value) &&
    value.value >= 1900 &&
    value.value <= 2100
  );
}

/** A deadline as target and result (完成时限 "2019年" | "2019年"): two dates, no ratio of them. */
function yearsAsFigures(period: PeriodInput): boolean {
  return isYear(period.target) && isYear(period.actual);
}

/**
 * "7 weeks" held to "100%" (a revenue agency's standard, its share in one column and its time in
 * the other): a percentage against a figure in a unit of its own counts two different things, and
 * their ratio is no achievement.
 */
function unlikeKinds(period: PeriodInput): boolean {
  const target = period.target?.value;
  const actual = period.actual?.value;
  if (target?.kind !== "number" || actual?.kind !== "number") return false;
  // "51 seconds" against "3 minutes": times in units of different sizes, no ratio as written.
  if (unlikeTimes(target.unit, actual.unit)) return true;
  if (target.percent === actual.percent) return false;
  const other = target.percent ? actual : target;
  return other.unit !== null && other.unit !== "%";
}

/**
 * The table's own printed rate more than twice or under half the computed one (79.27% printed, 833%
 * from an amount whose leading digits were lost): the figures are misread, or the rate is of other
 * figures; neither is known, so no achievement is shown. A rate near the computed one, or any rate
 * where the table's other rows confirm the reading, is a mismatch on that row (REPORTED_MISMATCH).
 */
function farFromPrinted(period: PeriodInput, achievement: number): boolean {
  const printed = figure(period.reported);
  if (printed === null || printed <= 0 || achievement <= 0) return false;
  // A rate printed in points with no % ("137.67" under 決算占預算比率) is the same rate a hundred times over.
  const near = (rate: number) => achievement / rate <= 2 && achievement / rate >= 0.5;
  return !near(printed) && !near(printed / 100);
}

/**
 * Forms give full marks by rules of their own (97% of a target, a spending rate of 80%): full marks
 * contradict a result only where it falls short of half its target.
 */
const FULL_MARKS_FLOOR = 0.5;

/**
 * The table's own verdict says met where the achievement is under 100%, or missed where it is at or
 * over; full marks only against a result under half its target, and never on spending (forms score
 * a spending rate on a scale of their own).
 */
function againstVerdict(period: PeriodInput, achievement: number, kind: IndicatorKind): boolean {
  const verdict = period.met;
  if (verdict === undefined) return false;
  if (verdict.by === "score") return kind !== "execution" && achievement < FULL_MARKS_FLOOR;
  return verdict.met === achievement < 1;
}

export function analyzeIndicator(
  sheet: string,
  given: IndicatorInput,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
  /**
   * The table's printed rates follow from the columns read on most rows (its certainty "certain"): a
   * row whose rate disagrees is a mismatch on that row, however far apart the two are. Passed apart
   * from the input, so every indicator of a table keeps one object shape (a spread on 20,000 rows
   * cost a tenth of the analysis).
   */
  rateConfirmed = false,
): IndicatorAnalysis {
  const input = percentRow(given);
  const unit = inferUnit(input);
  const direction = inferDirection(input, unit);
  const kind = inferKind(input, unit, direction);
  const findings: Finding[] = [];
  const periods: PeriodResult[] = [];
  let previousActual: number | null = null;
  let previousTarget: number | null = null;
  let previousBounded = false;
  const reasonStated = (input.remark ?? "").trim() !== "";
  const name = input.name;
  const undirected = hasNoDirection(name);
  // Before the first period there is no previous one: null, which growth and the 下修 check read as "none".
  input.periods.forEach((period, index) => {
    const target = figure(period.target);
    const actual = actualOf(period);
    // "<1%": the result is only bounded, with a target or none: no achievement divides it, no growth
    // grows from it, and the report (which follows notComputable) shows it as printed.
    // ("≥95%" in a self-evaluation's result column restates the target met: the forms' figure.)
    const bounded = printedAsStrictBound(period.actual?.value);
    const computedRaw = input.doubtful
      ? notComputable("uncertain-reading")
      : undirected
        ? notComputable("no-direction")
        : bounded
          ? notComputable("bounded-actual")
          : achievement(target, actual, direction);
    const implausible =
      computedRaw.ok &&
      (computedRaw.value > PLAUSIBLE_ACHIEVEMENT ||
        shareBeyondWhole(name, period) ||
        shareFarBeyondTarget(name, period, direction, computedRaw.value) ||
        unlikeKinds(period) ||
        changeBelowZero(period, computedRaw.value));
    // The first doubt that holds is said; the later ones are not asked (each in the order listed).
    const doubt = !computedRaw.ok
      ? null
      : yearsAsFigures(period)
        ? uncertainDate(sheet, name, period)
        : implausible
          ? uncertainAchievement(sheet, name, period, computedRaw.value)
          : againstVerdict(period, computedRaw.value, kind)
            ? uncertainVerdict(sheet, name, period, computedRaw.value)
            : !rateConfirmed && farFromPrinted(period, computedRaw.value)
              ? uncertainPrinted(sheet, name, period, computedRaw.value)
              : null;
    const raw = doubt !== null ? notComputable("uncertain-reading") : computedRaw;
    if (doubt !== null) findings.push(doubt);
    // A printed achievement as far beyond range (62,520.87% of target) is no more certain than a computed one.
    const printed = figure(period.reported);
    if (printed !== null && printed > PLAUSIBLE_ACHIEVEMENT)
      findings.push(uncertainAchievement(sheet, name, { ...period, target: null, actual: period.reported }, printed));
    const shown = options.capAtOne ? capAt(raw) : raw;
    const met = isMet(target, actual, direction);
    // Columns in no known order (an export's field2 | field3) have no "before" to grow from.
    // A bound ("<1%") has no size to grow from or to.
    const growthValue =
      period.period?.unordered || bounded || previousBounded ? null : valueOrNull(growth(actual, previousActual));
    // Each check's findings added in turn (the order they are listed in): one push of them all,
    // spread with empty arrays for the checks that do not apply, was a third of this loop.
    add(findings, checkFigureCell(sheet, name, period.target));
    for (const cell of period.actualParts ?? [period.actual]) add(findings, checkFigureCell(sheet, name, cell));
    add(
      findings,
      checkReported({
        sheet,
        indicator: name,
        reported: period.reported,
        achievement: raw,
        target,
        actual,
        previousActual,
      }),
    );
    add(findings, checkRatings(sheet, name, period));
    if (!input.planOnly) add(findings, checkMissing(sheet, name, period, index === input.periods.length - 1));
    add(findings, checkUnits(sheet, name, period));
    if (!period.baseline) add(findings, checkTargetSign(sheet, name, direction, period));
    // A smaller budget is a funding decision, not a lowered target.
    if (kind !== "execution") {
      const previous = { target: previousTarget, actual: previousActual };
      add(findings, checkLowered(sheet, name, direction, previous, period, reasonStated));
    }
    add(findings, checkReportedRatio(sheet, name, period.reported, actual, figure(period.baseline ?? null)));
    add(findings, checkDifference(sheet, name, period, target, actual));
    const targetValue = period.target?.value;
    periods.push({
      period: period.period?.label ?? null,
      // 本年度, JAN, 1st Quarter: no year is known until something anchors them.
      year: period.period && period.period.relative === undefined ? period.period.year : null,
      target,
      actual,
      reported: figure(period.reported),
      achievement: valueOrNull(shown),
      growth: growthValue,
      met,
      light: lightFor(shown, met, options.bands),
      cells: cellsOf(period),
      targetQualifier: targetValue?.kind === "number" ? targetValue.qualifier : null,
      notComputable: raw.ok ? null : raw.reason,
      ratings: period.ratings.flatMap((r) =>
        r.value.kind === "rating" ? [{ label: r.label, rating: r.value.rating, cell: r.address }] : [],
      ),
      ...(period.period?.unordered ? { unordered: true as const } : {}),
    });
    // A column in no order of the periods (a year's figure to date beside whole years) is no "before"
    // for the period after it either: the next grows from the last one in order.
    if (period.period?.unordered) return;
    previousActual = actual;
    previousBounded = bounded;
    previousTarget = target;
  });
  return { indicator: { name: input.name, nameCell: input.nameCell, unit, direction, kind, periods }, findings };
}
