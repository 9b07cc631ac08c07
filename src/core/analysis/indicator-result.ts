import type { Direction } from "../measures/achievement";
import type { NotComputableReason } from "../measures/computed";
import type { Light } from "../measures/lights";
import type { Qualifier, Rating } from "../values/cell-value";
import type { IndicatorKind } from "./indicator-input";

export interface PeriodCells {
  target?: string;
  actual?: string;
  /** The cells an actual sums, where a stated formula says so: (B+C)/A. */
  actualParts?: string[];
  reported?: string;
}

export interface RatingResult {
  readonly label: string;
  readonly rating: Rating;
  readonly cell: string;
}

/** The names here are the JSON contract of `indicators analyze --json`. */
export interface PeriodResult {
  readonly period: string | null;
  readonly year: number | null;
  readonly target: number | null;
  readonly actual: number | null;
  readonly reported: number | null;
  readonly achievement: number | null;
  readonly growth: number | null;
  readonly met: boolean | null;
  readonly light: Light;
  readonly cells: PeriodCells;
  readonly targetQualifier: Qualifier | null;
  /** Why achievement is null, when it is. */
  readonly notComputable: NotComputableReason | null;
  readonly ratings: readonly RatingResult[];
  /** In no order of the periods (a year's figure to date beside whole years): nothing grows from it or to it. */
  readonly unordered?: true;
}

export interface IndicatorResult {
  readonly name: string;
  readonly nameCell: string | null;
  readonly unit: string | null;
  readonly direction: Direction;
  readonly kind: IndicatorKind;
  readonly periods: readonly PeriodResult[];
}
