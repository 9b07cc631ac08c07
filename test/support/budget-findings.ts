/**
 * What review finds on budget-performance-100: the three figures the fixture lists as mismatches,
 * one finding each ("CODE@cell"), each carrying its diagnosis (capped at 100%, the actual itself,
 * growth over target) as a field, not as a finding of its own (issue 12).
 */
export const BUDGET_FINDINGS: readonly string[] = [
  "REPORTED_MISMATCH@F12",
  "REPORTED_MISMATCH@F7",
  "REPORTED_MISMATCH@F8",
];

export const BUDGET_DIAGNOSES: Readonly<Record<string, string>> = {
  F7: "REPORTED_CAPPED",
  F8: "REPORTED_IS_GROWTH",
  F12: "REPORTED_IS_ACTUAL",
};
