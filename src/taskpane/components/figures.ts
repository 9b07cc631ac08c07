import type { SheetIndicator } from "../../core";

/** A rate shows as a percent, any other figure with thousands separators; a blank as a dash. */
export function figure(value: number | null | undefined, kind: SheetIndicator["kind"]): string {
  if (value === null || value === undefined) return "—";
  return kind === "rate" ? percent(value) : value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${(value * 100).toFixed(2)}%`;
}
