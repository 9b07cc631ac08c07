import type { Finding } from "../findings";
import type { Direction } from "../measures/achievement";
import type { NumberValue } from "../values/cell-value";
import type { PeriodInput, SourceCell } from "./indicator-input";

const RATING_SYMBOL = { star: "★", triangle: "▲", circle: "●", square: "□" } as const;

function numberValue(cell: SourceCell | null): NumberValue | null {
  return cell?.value.kind === "number" ? cell.value : null;
}

/** 初核 and 複核 that differ (★ then ▲): the later review changed the rating. */
export function checkRatings(sheet: string, indicator: string, period: PeriodInput): Finding[] {
  const rated = period.ratings.filter((r) => r.value.kind === "rating");
  const first = rated[0];
  const out: Finding[] = [];
  for (const later of rated.slice(1)) {
    if (first === undefined || first.value.kind !== "rating" || later.value.kind !== "rating") continue;
    if (first.value.rating === later.value.rating) continue;
    const a = RATING_SYMBOL[first.value.rating];
    const b = RATING_SYMBOL[later.value.rating];
    out.push({
      code: "RATINGS_DIFFER",
      severity: "info",
      sheet,
      cell: later.address,
      params: { indicator, first: first.label, firstRating: a, later: later.label, laterRating: b },
    });
  }
  return out;
}

/** A period under evaluation (reported, rated, or the latest) needs both a target and an actual. */
export function checkMissing(sheet: string, indicator: string, period: PeriodInput, latest: boolean): Finding[] {
  const evaluated =
    latest || numberValue(period.reported) !== null || period.ratings.some((r) => r.value.kind === "rating");
  if (!evaluated) return [];
  const target = numberValue(period.target);
  const actual = numberValue(period.actual);
  const periodLabel = period.period?.label ?? "";
  // Text or an error value in the cell is NOT_A_FIGURE / ERROR_VALUE already; this is for blanks and "--".
  if (target === null && actual !== null && period.target?.value.kind === "missing") {
    return [
      {
        code: "TARGET_MISSING",
        severity: "warning",
        sheet,
        cell: period.target.address,
        params: { indicator, period: periodLabel, hasPeriod: periodLabel === "" ? "no" : "yes" },
      },
    ];
  }
  if (actual === null && target !== null && period.actual?.value.kind === "missing") {
    return [
      {
        code: "ACTUAL_MISSING",
        severity: "warning",
        sheet,
        cell: period.actual.address,
        params: { indicator, period: periodLabel, hasPeriod: periodLabel === "" ? "no" : "yes" },
      },
    ];
  }
  return [];
}

function unitOf(value: NumberValue): string | null {
  return value.percent ? "%" : value.unit;
}

/** "600,000 件" against "603,349 人": the two figures do not count the same thing. */
export function checkUnits(sheet: string, indicator: string, period: PeriodInput): Finding[] {
  const target = numberValue(period.target);
  const actual = numberValue(period.actual);
  if (target === null || actual === null || period.actual === null) return [];
  const tu = unitOf(target);
  const au = unitOf(actual);
  if (tu === null || au === null || tu === au) return [];
  return [
    {
      code: "UNIT_MISMATCH",
      severity: "warning",
      sheet,
      cell: period.actual.address,
      params: { indicator, targetUnit: tu, actualUnit: au },
    },
  ];
}

/** 下修: a target below the previous period's target or actual (above, when lower is better). */
export function checkLowered(
  sheet: string,
  indicator: string,
  direction: Direction,
  previous: { target: number | null; actual: number | null },
  period: PeriodInput,
  reasonStated: boolean,
): Finding[] {
  const target = numberValue(period.target);
  if (target === null || period.target === null || reasonStated || direction === "closer") return [];
  const worse = (base: number | null): boolean =>
    base !== null && (direction === "higher" ? target.value < base : target.value > base);
  const base = worse(previous.target) ? previous.target : worse(previous.actual) ? previous.actual : null;
  if (base === null) return [];
  return [
    {
      code: "TARGET_LOWERED",
      severity: "warning",
      sheet,
      cell: period.target.address,
      params: { indicator, target: target.value, base },
      value: base,
    },
  ];
}

/**
 * A target of 0 (higher or closer is better) or below 0 leaves achievement without a meaning: the
 * cell gets a finding, not only a □. A lower-is-better target of 0 (no deaths) is a real goal.
 */
export function checkTargetSign(
  sheet: string,
  indicator: string,
  direction: Direction,
  period: PeriodInput,
): Finding[] {
  const target = numberValue(period.target);
  if (target === null || period.target === null || target.value > 0) return [];
  if (target.value === 0 && direction === "lower") return [];
  const label = period.period?.label ?? "";
  return [
    {
      code: "TARGET_NOT_POSITIVE",
      severity: "warning",
      sheet,
      cell: period.target.address,
      params: {
        indicator,
        period: label,
        hasPeriod: label === "" ? "no" : "yes",
        target: target.value,
        sign: target.value === 0 ? "zero" : "negative",
      },
    },
  ];
}
