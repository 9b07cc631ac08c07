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
  /** The result printed as a bound ("<1%", ">99%"), no figure to divide. */
  | "bounded-actual"
  | "zero-base"
  | "negative-base"
  | "no-span"
  | "out-of-range"
  | "uncertain-reading"
  | "no-direction";

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
