import type { Direction } from "../measures/achievement";
import type { CachedValue } from "./write-plan";

/** A report row's figures as the engine read them: what its formulas will give, worked out now. */
export interface CachedRow {
  readonly target: number | null;
  readonly actual: number | null;
  readonly direction: Direction;
  readonly previousActual: number | null;
}

export interface CachedResults {
  readonly target: CachedValue;
  readonly actual: CachedValue;
  readonly achievement: CachedValue;
  readonly growth: CachedValue;
  readonly light: "★" | "▲" | "●" | "□";
  readonly belowTarget: boolean;
}

/**
 * The cached results of the report's formulas (report-formulas.ts), by the same rules, so a file
 * opened where nothing recalculates (a mail preview, a phone) shows what Excel will show. Each
 * branch mirrors one formula; LibreOffice's recalculation is compared with these in the tests.
 */
export function reportCache(row: CachedRow, capAtOne: boolean, yellowFrom: number): CachedResults {
  const { target: t, actual: a, direction, previousActual: p } = row;
  const cap = (x: number): number => (capAtOne ? Math.min(1, x) : x);
  let achievement: number | null = null;
  if (t !== null && a !== null) {
    if (direction === "lower") achievement = t >= 0 && a > 0 ? cap(t / a) : null;
    else if (t > 0) achievement = direction === "closer" ? cap(Math.max(0, 1 - Math.abs(a - t) / t)) : cap(a / t);
  }
  const met =
    t !== null &&
    a !== null &&
    (direction === "lower" ? a <= t : direction === "closer" ? Math.abs(a - t) <= Math.abs(t) * 1e-9 : a >= t);
  const light = achievement === null ? "□" : met ? "★" : achievement >= yellowFrom ? "▲" : "●";
  const below = t !== null && a !== null && (direction === "lower" ? a > t : direction === "closer" ? a !== t : a < t);
  return {
    target: t ?? "",
    actual: a ?? "",
    achievement: achievement ?? "",
    growth: a !== null && p !== null && p > 0 ? a / p - 1 : "",
    light,
    belowTarget: below,
  };
}
