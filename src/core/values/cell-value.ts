/** What a workbook adapter hands the engine for one cell: the stored value and its number format. */
export type RawValue = string | number | boolean | null;

export interface CellInput {
  readonly value: RawValue;
  /** Excel number format code, e.g. "0.00%"; "General" or undefined when none. */
  readonly format?: string;
  /** Indent level of the cell's alignment, where the adapter can read it. */
  readonly indent?: number;
}

export type Qualifier = "atLeast" | "atMost" | "about";
export type Rating = "star" | "triangle" | "circle" | "square";

export interface NumberValue {
  readonly kind: "number";
  /** The figure in its own scale: 96.81% is 0.9681. */
  readonly value: number;
  readonly unit: string | null;
  readonly qualifier: Qualifier | null;
  readonly percent: boolean;
  /**
   * The place value of the last digit the figure was written with, in the value's scale:
   * "96.81%" → 0.0001, "1,061%" → 0.01, "3,287 人" → 1. Used to judge agreement at that precision.
   */
  readonly step: number;
  readonly raw: RawValue;
}

export interface MissingValue {
  readonly kind: "missing";
  readonly raw: RawValue;
}

export interface RatingValue {
  readonly kind: "rating";
  readonly rating: Rating;
  readonly raw: RawValue;
}

export interface ErrorValue {
  readonly kind: "error";
  /** The spreadsheet error, e.g. "#DIV/0!". */
  readonly code: string;
  readonly raw: RawValue;
}

export interface TextValue {
  readonly kind: "text";
  readonly text: string;
  readonly raw: RawValue;
}

export type ParsedValue = NumberValue | MissingValue | RatingValue | ErrorValue | TextValue;

/** A result printed as a strict bound: "<1%", "> 99%" (not "≤", "<="). */
const STRICT_BOUND = /^\s*[<>](?!=)/;

/**
 * Whether a figure is only bounded ("<1%"): no achievement divides it and no growth grows from it.
 * The engine and the report ask the same question of the same cell, so they never disagree.
 */
export function printedAsStrictBound(value: ParsedValue | undefined): boolean {
  return value?.kind === "number" && value.qualifier !== null && STRICT_BOUND.test(String(value.raw ?? ""));
}
