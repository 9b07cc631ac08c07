/**
 * Bad data is a value: a finding names the cell, its code and the figures that explain it. The
 * words are not here: each edge (pane, command, written sheets) says it in the user's language
 * from the message catalog (src/messages), so the engine never decides the language.
 */
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
  | "TARGET_NOT_POSITIVE"
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

/** What a message needs besides the code: names and cells as text, figures as numbers. */
export type FindingParams = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address on `sheet`; null when the finding is about the sheet as a whole. */
  readonly cell: string | null;
  readonly params: FindingParams;
  /** The engine's own figure where one applies, e.g. the computed achievement. */
  readonly value?: number;
  /** Why a reported figure disagrees, where the figures say (one problem, one finding: issue 12). */
  readonly diagnosis?: Diagnosis;
}

export type DiagnosisCode = "REPORTED_CAPPED" | "REPORTED_IS_ACTUAL" | "REPORTED_IS_GROWTH";

export interface Diagnosis {
  readonly code: DiagnosisCode;
  /** REPORTED_IS_GROWTH: over the target, or on the previous period. */
  readonly basis?: "target" | "previous";
}
