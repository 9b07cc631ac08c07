import { computed, notComputable, type Computed } from "./computed";

/** (A − B) ÷ B: year-over-year growth, and the composite C = (A − B) ÷ B × 100% of the 100 年度 report. */
export function relativeChange(current: number | null, base: number | null): Computed {
  if (current === null) return notComputable("missing-actual");
  if (base === null) return notComputable("missing-previous");
  if (base === 0) return notComputable("zero-base");
  if (base < 0) return notComputable("negative-base");
  return computed((current - base) / base);
}

export function growth(current: number | null, previous: number | null): Computed {
  return relativeChange(current, previous);
}

/** The index current ÷ previous, which the 99 vs 100 年 comparisons report as "達成率". */
export function growthIndex(current: number | null, previous: number | null): Computed {
  if (current === null) return notComputable("missing-actual");
  if (previous === null) return notComputable("missing-previous");
  if (previous === 0) return notComputable("zero-base");
  if (previous < 0) return notComputable("negative-base");
  return computed(current / previous);
}

/** Compound average growth over `years` steps: (last ÷ first)^(1/years) − 1, Excel's RRI. */
export function cagr(first: number | null, last: number | null, years: number): Computed {
  if (first === null) return notComputable("missing-previous");
  if (last === null) return notComputable("missing-actual");
  if (!(years > 0)) return notComputable("no-span");
  if (first === 0) return notComputable("zero-base");
  if (first < 0 || last < 0) return notComputable("negative-base");
  return computed(Math.pow(last / first, 1 / years) - 1);
}
