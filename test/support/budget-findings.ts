/**
 * What review finds on budget-performance-100: the three figures the fixture lists as mismatches,
 * each with its diagnosis (capped at 100%, the actual itself, growth over target), as "CODE@cell".
 */
export const BUDGET_FINDINGS: readonly string[] = [
  "REPORTED_CAPPED@F7",
  "REPORTED_IS_ACTUAL@F12",
  "REPORTED_IS_GROWTH@F8",
  "REPORTED_MISMATCH@F12",
  "REPORTED_MISMATCH@F7",
  "REPORTED_MISMATCH@F8",
];
