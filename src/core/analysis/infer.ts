import type { Direction } from "../measures/achievement";
import type { NumberValue } from "../values/cell-value";

import { foldScript } from "../values/script-fold";
import { directionOfBound, directionOfName } from "./direction-words";
import type { IndicatorInput, IndicatorKind, SourceCell } from "./indicator-input";

/** Ranks and tiers ("1 級" 第一級國家) are better when lower. */
const RANK_UNITS = new Set(["級", "名", "名次", "位次", "等級"]);
const RANK_NAME = /排名|名次|rank/i;
// A percentile rank (百分位) is the share ranked below: more is better, unlike a place in a ranking.
// (No lookbehind: the pane's scripts must parse as ES2017.)
const PERCENTILE_RANK = /percentile\s+rank/i;
/** The mainland whole-expenditure evaluation's control rates: the share itself is kept at or under its ceiling. */
const RATE_KEPT_DOWN = /人[員员]控制率|經費控制率|調整率|結[餘余]率/;
const GROWTH_NAME = /成長率|增加率|增長率|growth/i;

function numberOf(cell: SourceCell | null): NumberValue | null {
  return cell?.value.kind === "number" ? cell.value : null;
}

export function figuresOf(input: IndicatorInput): NumberValue[] {
  const out: NumberValue[] = [];
  for (const period of input.periods) {
    for (const cell of [period.target, period.actual]) {
      const n = numberOf(cell);
      if (n !== null) out.push(n);
    }
  }
  return out;
}

export function inferUnit(input: IndicatorInput): string | null {
  if (input.statedUnit !== null && input.statedUnit !== "") return input.statedUnit;
  for (const figure of figuresOf(input)) {
    if (figure.unit !== null) return figure.unit;
  }
  return null;
}

function roundsTo(reported: NumberValue, computed: number): boolean {
  return Math.abs(reported.value - computed) <= Math.max(reported.step / 2, 1e-9) * (1 + 1e-9);
}

/** Rows that all point one way say that way; rows that disagree, or none, say nothing. */
function oneWay(higher: number, lower: number): Direction | null {
  if (higher > 0 && lower === 0) return "higher";
  if (lower > 0 && higher === 0) return "lower";
  return null;
}

/**
 * The direction the sheet's own arithmetic states: a printed achievement that is actual ÷ target on
 * every period that prints one (and target ÷ actual on none) says higher is better, and the reverse
 * lower; a rate that agrees with both, or with neither, says nothing.
 */
function directionOfReported(input: IndicatorInput): Direction | null {
  let higher = 0;
  let lower = 0;
  for (const p of input.periods) {
    const reported = numberOf(p.reported);
    const target = numberOf(p.target)?.value;
    const actual = numberOf(p.actual)?.value;
    if (reported === null || target === undefined || actual === undefined || target <= 0 || actual <= 0) continue;
    // Rounded only: a truncated 97% agrees with 97.9% too, which says nothing of the direction.
    const up = roundsTo(reported, actual / target);
    const down = roundsTo(reported, target / actual);
    if (up && !down) higher++;
    if (down && !up) lower++;
  }
  return oneWay(higher, lower);
}

/**
 * The direction the table's own verdicts state: a target met with a result above it (or missed with
 * one below) says higher is better; met below it, or missed above it, lower. Verdicts that disagree,
 * or a result equal to its target, say nothing.
 */
function directionOfVerdicts(input: IndicatorInput): Direction | null {
  let higher = 0;
  let lower = 0;
  for (const p of input.periods) {
    const target = numberOf(p.target);
    const actual = numberOf(p.actual);
    if (p.met?.by !== "words" || target === null || actual === null || target.percent !== actual.percent) continue;
    if (actual.value === target.value) continue;
    if (actual.value > target.value === p.met.met) higher++;
    else lower++;
  }
  return oneWay(higher, lower);
}

export function inferDirection(input: IndicatorInput, unit: string | null): Direction {
  if (input.statedDirection !== null) return input.statedDirection;
  const stated = directionOfReported(input) ?? directionOfVerdicts(input);
  if (stated !== null) return stated;
  const targets = input.periods.map((p) => numberOf(p.target)).filter((n) => n !== null);
  if (targets.some((t) => t.qualifier === "atMost")) return "lower";
  if (targets.some((t) => t.qualifier === "atLeast")) return "higher";
  if ((unit !== null && RANK_UNITS.has(unit)) || (RANK_NAME.test(input.name) && !PERCENTILE_RANK.test(input.name)))
    return "lower";
  const bound = directionOfBound(`${input.criteria ?? ""} ${boundingRemark(input.remark)}`);
  if (bound !== null) return bound;
  const named = directionOfName(input.name) ?? (input.heading ? directionOfName(input.heading) : null);
  // "Complaints" at 85%, 87%: the share of complaints answered in time, not complaints to cut. A
  // share targeted at half or more is a success rate, whatever the thing it counts.
  // A name that is itself the rate kept down (預算調整率, 經費控制率: a ceiling of 100%) is no such share.
  if (
    named === "lower" &&
    !RATE_KEPT_DOWN.test(foldScript(input.name)) &&
    targets.length > 0 &&
    targets.every((t) => t.percent && t.value >= 0.5)
  )
    return "higher";
  // "Fund balance 180 days or greater": a bound the name states outweighs the unit.
  if (named === null && durations(input)) return directionOfBound(input.name) ?? "lower";
  return named ?? "higher";
}

/** A remark short enough to state a bound (目標值以下為達成, "at most 5"); a comment told at length is none. */
const BOUND_REMARK = 80;

/**
 * A remark that may state the bound: a short one. "By way of comparison performance at the end of Q4 is
 * 0.6% less than …", "The arrears have reduced by £4.246m": a council's comment on the period tells
 * what happened, not which way is better.
 */
function boundingRemark(remark: string | null | undefined): string {
  if (!remark || remark.length > BOUND_REMARK) return "";
  // One clause: 目標值以下為達成, "at most 5 days"; "收繳率較上年度降低0.6個百分點，已督促…" tells a story.
  const clauses = remark.split(/[，,。;；]|\.\s/).filter((c) => c.trim() !== "");
  return clauses.length <= 1 ? remark : "";
}

/** "2.5 days", "7.0 days", "3 個工作天", "20ms" (a network's latency): a time written on every figure, the time a case takes. */
const DURATION_UNIT =
  /^(?:(?:working |business |calendar )?days?|hours?|hrs?|weeks?|minutes?|mins?|seconds?|secs?|ms|milliseconds?|工作天|工作日|天|日|小時|分鐘|秒|毫秒|週)$/i;

function durations(input: IndicatorInput): boolean {
  const figures = figuresOf(input);
  return figures.length >= 2 && figures.every((f) => f.unit !== null && DURATION_UNIT.test(f.unit));
}

export function inferKind(input: IndicatorInput, unit: string | null, direction: Direction): IndicatorKind {
  if (input.kindHint === "execution") return "execution";
  if (GROWTH_NAME.test(input.name)) return "growth";
  if (direction === "lower" && unit !== null && RANK_UNITS.has(unit)) return "level";
  if (unit === "%" || figuresOf(input).some((f) => f.percent)) return "rate";
  return "count";
}
