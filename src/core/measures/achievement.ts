import { computed, notComputable, type Computed } from "./computed";

export type Direction = "higher" | "lower" | "closer";

/**
 * 達成度. Higher is better: actual ÷ target (a percentage target gives a ratio of ratios,
 * (9/11) ÷ 80% = 102.3%). Lower is better (a rank such as "1 級"): target ÷ actual.
 * Closer is better: 1 − |actual − target| ÷ target, never below 0.
 */
export function achievement(target: number | null, actual: number | null, direction: Direction): Computed {
  if (target === null) return notComputable("missing-target");
  if (actual === null) return notComputable("missing-actual");
  if (target < 0) return notComputable("negative-base");
  if (direction === "lower") {
    if (actual === 0) return notComputable("zero-actual");
    if (actual < 0) return notComputable("negative-base");
    return computed(target / actual);
  }
  if (target === 0) return notComputable("zero-target");
  if (direction === "closer") return computed(Math.max(0, 1 - Math.abs(actual - target) / target));
  return computed(actual / target);
}

/** Compares the figures themselves, so that 3,287 vs 3,287 is met without a float ratio in between. */
export function isMet(target: number | null, actual: number | null, direction: Direction): boolean | null {
  if (target === null || actual === null) return null;
  if (direction === "higher") return actual >= target;
  if (direction === "lower") return actual <= target;
  return Math.abs(actual - target) <= Math.abs(target) * 1e-9;
}

/** Some offices report achievement capped at 100%; the cap is an option, never the default. */
export function capAt(result: Computed, cap = 1): Computed {
  return result.ok && result.value > cap ? computed(cap) : result;
}
