/**
 * Figures as people read them, the same wherever they are shown (the command's table, the pane):
 * a share as a percent to two decimals (13.09%), a count with thousands separators, a blank as —.
 * Digits, "," and "." in both languages, as the report's number formats write them.
 */
export function showPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return `${(value * 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;
}

/** A figure with thousands separators, to at most `decimals` places (10 significant digits at most). */
export function showNumber(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined) return "—";
  return Number(value.toPrecision(10)).toLocaleString("en-US", { maximumFractionDigits: decimals });
}
