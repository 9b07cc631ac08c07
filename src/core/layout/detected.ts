import type { IndicatorInput, PeriodInput, SourceCell } from "../analysis/indicator-input";
import type { Period } from "../values/period";
import type { HeaderRole } from "./header-words";

export type TableKind = "multiYear" | "longTable" | "periodComparison" | "scoreSheet" | "wide" | "execution" | "plan";

/** How a table was read, for `analyze --explain` and the pane: the header, and what each column was taken for. */
export interface TableReading {
  readonly layout: string;
  /** The header rows, as an A1 range. */
  readonly header: string;
  readonly columns: ReadonlyArray<{
    readonly cell: string;
    readonly header: string;
    readonly role: HeaderRole | null;
    /** The word in the header that gave the role. */
    readonly word: string | null;
    readonly period: string | null;
    /** Whether any figure was read from the column. */
    readonly used: boolean;
  }>;
}

/** A 小計 / 合計 / Total row: checked against the rows it sums, never an indicator. */
export interface AggregateRow {
  readonly row: number;
  readonly label: string;
  readonly periods: readonly PeriodInput[];
  /** Index of the first indicator after the previous aggregate: the rows it may sum. */
  readonly first: number;
  /** The indicators it sums, where its own figures said so (a subtotal over the rows under it). */
  readonly covers?: { readonly from: number; readonly to: number };
  /**
   * The subtotal's line as read, where it is a named line of the table (業務收入 over 教學收入 and
   * 其他業務收入): it sums the rows under it and still has a reading of its own.
   */
  readonly line?: DetectedIndicator;
}

export interface DetectedTable {
  readonly kind: TableKind;
  /** A1 range the table covers, title and header included. */
  readonly range: string;
  readonly title: string | null;
  /** The period a single-year table reports, from its title or sheet name ("100 年度施政績效"). */
  readonly period?: Period | null;
  readonly reading?: TableReading;
  readonly aggregates?: readonly AggregateRow[];
  /**
   * How sure the reading of the figures is: certain where the table's own printed rate follows from
   * the columns read, doubtful where it follows from none (then nothing is computed from the table).
   */
  readonly certainty?: "certain" | "probable" | "doubtful";
  /** The relations the table's own rates state: "H = F ÷ E on 26 of 27 rows". */
  readonly evidence?: readonly TableEvidence[];
  /** The header cell of a rate column no reading explains, where the reading is doubtful. */
  readonly doubtfulColumn?: string | null;
}

export interface TableEvidence {
  /** Header cells: the rate, and the two columns it is computed from. */
  readonly rate: string;
  /** rate = of ÷ over, (of − over) ÷ over, or of − over (a variance column beside a table without a header). */
  readonly relation: "ratio" | "change" | "difference";
  readonly of: string;
  readonly over: string;
  readonly agree: number;
  readonly rows: number;
  readonly decimals: number;
}

/** A row under an indicator that counts toward it (the 81 + 142 + 49 + 2,910 that make 3,182). */
export interface ComponentCell extends SourceCell {
  readonly name: string;
}

export interface DetectedIndicator extends IndicatorInput {
  readonly table: number;
  readonly components: readonly ComponentCell[];
  readonly remark: string | null;
  /** 衡量標準 text: a formula or a bound ("以下", "不超過") that can state the direction. */
  readonly criteria?: string | null;
  /** The goal or section the indicator stands under (a merged 績效目標 cell, a 類別 row). */
  readonly category?: string | null;
  /** A weight written in the name, "推展會展活動(6%)" → 0.06. */
  readonly weight?: number | null;
  readonly kindHint?: "execution" | null;
  /** A plan lists targets only: no actual is missing. */
  readonly planOnly?: boolean;
  /** 實現數 B, 應付數 C, 保留數 D, which must add up to the budget A. */
  readonly budgetParts?: readonly SourceCell[];
  /**
   * The row's depth in the table's outline of codes (款 0, 項 1, 目 2, 節 3: the column its code stands
   * in), where the table has one; a row with a deeper row under it heads those rows.
   */
  readonly outline?: number | null;
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

/** An indicator whose table states nothing about it but its name (a block title, a table title). */
export function namedIndicator(
  name: string,
  nameCell: string | null,
  periods: readonly PeriodInput[],
  table: number,
): DetectedIndicator {
  return { name, nameCell, statedUnit: null, statedDirection: null, periods, table, components: [], remark: null };
}
