import type { PeriodInput, SourceCell } from "../analysis/indicator-input";
import { asPoints } from "./cells";
import type { DetectedIndicator } from "./detected";

/** A name that says its figure is a percentage: "Percentage of …", "(cumulative, %)", "% of …", 百分比. */
// "13. % major planning applications determined …": a name opening on % (after its number) names a share.
const PERCENT_NAME =
  /\bpercent(?:age)?\s+of\b|[(（][^)）]*[%％][)）]|(?:^|\s)[%％]\s*of\b|百分比|[(（]\s*[%％]\s*[)）]|^(?:\d{1,3}[.)]?\s+)?[%％]\s/i;

/** 合格率, "Collection rate": a rate's name, its figures shares. */
const RATE_NAME = /率|\brate\b/i;

/** A figure written without % or a unit of its own: 78.6, where its neighbours say 80%. */
function isBare(c: SourceCell): boolean {
  return c.value.kind === "number" && !c.value.percent && c.value.unit === null;
}

function figures(periods: readonly PeriodInput[]): SourceCell[] {
  return periods.flatMap((p) => [p.target, p.actual].filter((c): c is SourceCell => c?.value.kind === "number"));
}

/**
 * "Percentage of government shared services integrated (cumulative)" over 10 | 30 | 50 | 100: a name
 * that says percentage, its figures bare numbers up to 100 and some above 1, is in percentage points:
 * 10 is 10%. Not where a figure carries its own % or goes past 100.
 */
export function percentByName(indicator: DetectedIndicator): DetectedIndicator {
  const percentName = PERCENT_NAME.test(indicator.name);
  if (!percentName && !RATE_NAME.test(indicator.name)) return indicator;
  const cells = figures(indicator.periods);
  const mixed = bareBesidePercents(indicator, cells);
  if (mixed) return mixed;
  if (!percentName) return indicator;
  const bare = cells.every(isBare);
  const inRange = cells.every((c) => c.value.kind === "number" && c.value.value >= 0 && c.value.value <= 100);
  const points = cells.some((c) => c.value.kind === "number" && c.value.value > 1);
  if (cells.length === 0 || !bare || !inRange || !points) return indicator;
  const asShare = (c: SourceCell | null) => (c === null ? null : asPoints(c));
  return {
    ...indicator,
    periods: indicator.periods.map((p) => ({ ...p, target: asShare(p.target), actual: asShare(p.actual) })),
  };
}

/**
 * "% major planning applications …" over 100% | 78.6 | 80%: where the share's other figures carry %, a
 * bare figure between 1 and 100 is in percentage points too (78.6 is 78.6%), not 78.6 times the target.
 */
function bareBesidePercents(indicator: DetectedIndicator, cells: readonly SourceCell[]): DetectedIndicator | null {
  const marked = cells.filter((c) => c.value.kind === "number" && c.value.percent);
  const points = cells.filter(isBare);
  const inPoints = (c: SourceCell) => c.value.kind === "number" && c.value.value > 1 && c.value.value <= 100;
  if (marked.length === 0 || points.length === 0 || !points.every(inPoints)) return null;
  const asShare = (c: SourceCell | null) => (c !== null && isBare(c) ? asPoints(c) : c);
  return {
    ...indicator,
    periods: indicator.periods.map((p) => ({ ...p, target: asShare(p.target), actual: asShare(p.actual) })),
  };
}
