/** Bad data is a value: a finding names the cell, says what is wrong in zh-TW and English, and what to do. */
export type FindingCode =
  | "REPORTED_MISMATCH"
  | "NOT_A_FIGURE"
  | "ERROR_VALUE"
  | "NOT_COMPUTABLE"
  | "NO_INDICATOR_TABLE"
  | "DUPLICATE_INDICATOR"
  | "UNIT_MISMATCH"
  | "SCORE_NOT_A_FIGURE"
  | "COMPONENTS_SUM_MISMATCH"
  | "RATINGS_DIFFER"
  | "TARGET_MISSING"
  | "ACTUAL_MISSING"
  | "TARGET_LOWERED"
  | "WEIGHTS_NOT_100"
  | "EMPTY_TABLE"
  | "READING_UNCERTAIN"
  | "AGGREGATE_MISMATCH"
  | "BUDGET_PARTS_MISMATCH"
  | "SETTINGS_UNKNOWN_WORD"
  | "SETTINGS_BAD_VALUE"
  | "SETTINGS_NOT_FOUND"
  | "SETTINGS_DUPLICATE"
  | "SETTINGS_BAD_RANGE";

export type Severity = "error" | "warning" | "info";

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address on `sheet`; null when the finding is about the sheet as a whole. */
  readonly cell: string | null;
  /** zh-TW first: the people who read these work in Traditional Chinese. */
  readonly message: string;
  readonly messageEn: string;
  /** The engine's own figure where one applies, e.g. the computed achievement. */
  readonly value?: number;
  /** Why a reported figure disagrees, where the figures say (one problem, one finding: issue 12). */
  readonly diagnosis?: Diagnosis;
}

export type DiagnosisCode = "REPORTED_CAPPED" | "REPORTED_IS_ACTUAL" | "REPORTED_IS_GROWTH";

export interface Diagnosis {
  readonly code: DiagnosisCode;
  readonly message: string;
  readonly messageEn: string;
}

export function formatPercent(value: number, decimals = 2): string {
  return `${(value * 100).toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })}%`;
}
