import type { IndicatorInput, SourceCell } from "../analysis/indicator-input";

export type TableKind = "multiYear" | "longTable" | "periodComparison" | "scoreSheet";

export interface DetectedTable {
  readonly kind: TableKind;
  /** A1 range the table covers, title and header included. */
  readonly range: string;
  readonly title: string | null;
}

/** A row under an indicator that counts toward it (the 81 + 142 + 49 + 2,910 that make 3,182). */
export interface ComponentCell extends SourceCell {
  readonly name: string;
}

export interface DetectedIndicator extends IndicatorInput {
  readonly table: number;
  readonly components: readonly ComponentCell[];
  readonly remark: string | null;
}

export interface ScoreItemInput {
  readonly dimension: string;
  readonly item: string;
  readonly itemCell: string;
  readonly weight: SourceCell | null;
  /** One per score column, in column order. */
  readonly scores: readonly (SourceCell | null)[];
}

export interface ScorecardInput {
  readonly table: number;
  readonly title: string | null;
  readonly columns: readonly { readonly header: string; readonly address: string }[];
  /** The 配分 header cell. */
  readonly weightHeader: string;
  readonly items: readonly ScoreItemInput[];
}

export interface DetectedSheet {
  readonly sheet: string;
  readonly tables: readonly DetectedTable[];
  readonly indicators: readonly DetectedIndicator[];
  readonly scorecards: readonly ScorecardInput[];
}
