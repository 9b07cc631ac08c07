import { showNumber, showPercent, type SheetIndicator } from "../../core";

/** A rate shows as a percent, any other figure with thousands separators; a blank as a dash. */
export function figure(value: number | null | undefined, kind: SheetIndicator["kind"]): string {
  return kind === "rate" ? showPercent(value) : showNumber(value);
}

/** The command's and the report's percent: 13.09%. */
export const percent = showPercent;
