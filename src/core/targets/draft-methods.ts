import { maxOf, minOf } from "../values/arrays";
import type { Direction } from "../measures/achievement";

export type DraftMethod = "trend" | "growth" | "hold" | "stretch";

export const DRAFT_METHODS: readonly DraftMethod[] = ["trend", "growth", "hold", "stretch"];

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Excel's FORECAST.LINEAR: the least-squares line through the points, at x. */
export function forecastLinear(x: number, points: readonly Point[]): number | null {
  if (points.length < 2) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (sxx === 0) return null;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const slope = sxy / sxx;
  return my - slope * mx + slope * x;
}

/** Excel's RRI(n, pv, fv): the equivalent growth rate per period. */
export function rri(periods: number, first: number, last: number): number | null {
  if (!(periods > 0) || !(first > 0) || last < 0) return null;
  return Math.pow(last / first, 1 / periods) - 1;
}

export interface DraftInputs {
  readonly points: readonly Point[];
  readonly nextX: number;
  readonly lastTarget: number | null;
  readonly lastActual: number | null;
  readonly direction: Direction;
  readonly stretch: number;
}

/** The draft figure for one method, or null where the history does not allow it (with the reason in the plan). */
export function draftValue(method: DraftMethod, d: DraftInputs): number | null {
  const first = d.points[0];
  const last = d.points[d.points.length - 1];
  switch (method) {
    case "trend":
      return forecastLinear(d.nextX, d.points);
    case "growth": {
      if (first === undefined || last === undefined || d.points.length < 2) return null;
      const rate = rri(last.x - first.x, first.y, last.y);
      return rate === null ? null : last.y * (1 + rate);
    }
    case "hold": {
      const known = [d.lastTarget, d.lastActual].filter((v): v is number => v !== null);
      if (known.length === 0) return null;
      return d.direction === "lower" ? minOf(known) : maxOf(known);
    }
    case "stretch":
      if (d.lastActual === null) return null;
      return d.direction === "lower" ? d.lastActual * (1 - d.stretch) : d.lastActual * (1 + d.stretch);
  }
}

/** A draft below the last target or actual (above, when lower is better) lowers the bar: 下修. */
export function isLowered(draft: number, d: Pick<DraftInputs, "lastTarget" | "lastActual" | "direction">): boolean {
  const worse = (base: number | null): boolean =>
    base !== null && (d.direction === "lower" ? draft > base : draft < base);
  return worse(d.lastTarget) || worse(d.lastActual);
}
