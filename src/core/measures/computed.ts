/**
 * A measure either has a value or says why it has none. NaN and Infinity never leave the engine:
 * a zero or missing input becomes a reason, in the manner of a spreadsheet error value.
 */
export type NotComputableReason =
  | "missing-target"
  | "missing-actual"
  | "missing-previous"
  | "zero-target"
  | "zero-actual"
  | "zero-base"
  | "negative-base"
  | "no-span"
  | "out-of-range"
  | "uncertain-reading";

export type Computed =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: NotComputableReason };

/** A quotient that overflows (a denormal divisor such as 5e-324) is not computable, as in Excel. */
export function computed(value: number): Computed {
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: "out-of-range" };
}

export function notComputable(reason: NotComputableReason): Computed {
  return { ok: false, reason };
}

export function valueOrNull(result: Computed): number | null {
  return result.ok ? result.value : null;
}

export const NOT_COMPUTABLE_MESSAGES: Readonly<Record<NotComputableReason, { zh: string; en: string }>> = {
  "missing-target": { zh: "缺少目標值", en: "the target is missing" },
  "missing-actual": { zh: "缺少實際值", en: "the actual is missing" },
  "missing-previous": { zh: "缺少前期實際值", en: "the previous period's actual is missing" },
  "zero-target": { zh: "目標值為 0，無法計算比率", en: "the target is 0, so no ratio can be computed" },
  "zero-actual": {
    zh: "實際值為 0，越低越好之指標無法計算",
    en: "the actual is 0, so a lower-is-better ratio cannot be computed",
  },
  "zero-base": { zh: "基期值為 0，無法計算成長率", en: "the base period is 0, so no growth can be computed" },
  "negative-base": {
    zh: "基期或目標為負值，比率無意義",
    en: "the base or target is negative, so the ratio has no meaning",
  },
  "uncertain-reading": {
    zh: "讀取結果不確定（達成度超出合理範圍），請核對欄位",
    en: "the reading is uncertain (achievement beyond any plausible range); check the columns",
  },
  "no-span": {
    zh: "期間長度不足，無法計算年均成長率",
    en: "the span of periods is too short for an average growth rate",
  },
  "out-of-range": { zh: "數值超出可計算範圍", en: "the figures are out of the range a ratio can be computed in" },
};
