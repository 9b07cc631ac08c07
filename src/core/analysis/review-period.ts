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
      message: `「${indicator}」${first.label} ${a} 與 ${later.label} ${b} 不同；請確認評核結果。`,
      messageEn: `"${indicator}": ${first.label} ${a} and ${later.label} ${b} differ; confirm the rating.`,
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
  const label = period.period ? `${period.period.label} 期` : "本期";
  const labelEn = period.period ? `period ${period.period.label}` : "this period";
  // Text or an error value in the cell is NOT_A_FIGURE / ERROR_VALUE already; this is for blanks and "--".
  if (target === null && actual !== null && period.target?.value.kind === "missing") {
    return [
      {
        code: "TARGET_MISSING",
        severity: "warning",
        sheet,
        cell: period.target.address,
        message: `「${indicator}」${label}有實際值但沒有目標值，無法評核達成度；請填入目標值。`,
        messageEn: `"${indicator}" has an actual but no target for ${labelEn}, so achievement cannot be judged; enter the target.`,
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
        message: `「${indicator}」${label}有目標值但沒有實際值；請填入實際值或說明原因。`,
        messageEn: `"${indicator}" has a target but no actual for ${labelEn}; enter the actual or state why.`,
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
      message: `「${indicator}」目標值單位為「${tu}」，實際值單位為「${au}」，兩者不同；請確認是否衡量同一事物。`,
      messageEn: `"${indicator}": the target is in "${tu}" but the actual in "${au}"; check that they measure the same thing.`,
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
      message: `「${indicator}」目標值 ${target.value.toLocaleString("en-US")} 較前期（${base.toLocaleString("en-US")}）下修，未見說明；請於備註說明理由。`,
      messageEn: `"${indicator}": the target ${target.value.toLocaleString("en-US")} is lowered from the previous period's ${base.toLocaleString("en-US")} with no stated reason; give the reason in the remarks.`,
      value: base,
    },
  ];
}
