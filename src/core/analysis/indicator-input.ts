import type { Direction } from "../measures/achievement";
import type { ParsedValue } from "../values/cell-value";
import type { Period } from "../values/period";

/** One cell the engine read, with where it stands so that findings and formulas can point back at it. */
export interface SourceCell {
  readonly address: string;
  readonly value: ParsedValue;
}

export interface RatingCell extends SourceCell {
  /** The row or column label it came from, e.g. 初核結果. */
  readonly label: string;
}

export interface PeriodInput {
  readonly period: Period | null;
  readonly target: SourceCell | null;
  readonly actual: SourceCell | null;
  readonly reported: SourceCell | null;
  /** Cells summed for the actual, where a stated formula says so: (B+C)/A. */
  readonly actualParts?: readonly SourceCell[];
  /**
   * In a comparison (99 年 | 100 年 | 增減率) there is no target: the previous period's figure is the
   * baseline a reported ratio is checked against, never a target to meet or to lower.
   */
  readonly baseline?: SourceCell;
  /** A printed difference of the target and the actual (Variance, 比較增減), and the relation the table states. */
  readonly difference?: SourceCell | null;
  readonly differenceRelation?: DifferenceRelation;
  readonly ratings: readonly RatingCell[];
  /** The row's own verdict on this period's target, where the table states one. */
  readonly met?: Verdict;
}

/**
 * Whether a row's target was met, as the table itself says: in words ("Met Target: no", 是否達成:
 * 未達成), which also tell which way is better where the figures differ; or by full marks (指标得分
 * equal to 指标权重), which say met but not which way, as forms give full marks by rules of their own.
 */
export interface Verdict {
  readonly address: string;
  readonly met: boolean;
  readonly by: "words" | "score";
}

/** How a table's difference column follows from its target and actual: A − T, T − A, or their distance. */
export type DifferenceRelation = "actualLessTarget" | "targetLessActual" | "distance";

/** "milestone" is set only through the settings sheet (指標設定): no sheet states it well enough to infer. */
export type IndicatorKind = "count" | "rate" | "growth" | "level" | "execution" | "milestone";

/** An indicator as a layout reader found it, before any figure is computed. */
export interface IndicatorInput {
  readonly name: string;
  readonly nameCell: string | null;
  /** A unit stated apart from the figures (a 單位 column); the figures' own units are used otherwise. */
  readonly statedUnit: string | null;
  /** A direction stated in the sheet; inferred from the unit and name when absent. */
  readonly statedDirection: Direction | null;
  readonly periods: readonly PeriodInput[];
  /** A remark (備註) on the indicator; a stated reason for a lowered target, among others. */
  readonly remark?: string | null;
  readonly criteria?: string | null;
  readonly kindHint?: "execution" | null;
  readonly planOnly?: boolean;
  /**
   * The heading row a sub-row breaks down, where it names a measure with its unit: "Average Waiting
   * Time for PRH (years)" over "Overall" and "Elderly". Its words give the direction the name does not.
   */
  readonly heading?: string | null;
  /** The table's own printed rates follow from no reading of its columns: no achievement is computed. */
  readonly doubtful?: boolean;
}
