import type { PlanCell } from "./write-plan";

/** A text's width in column characters, as a column is fitted to it: CJK counts double. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

/** Lines a text takes in a column `width` characters wide when it wraps, measured as columns are fitted. */
export function wrappedLines(text: string, width: number): number {
  let lines = 0;
  for (const line of text.split("\n")) lines += Math.max(1, Math.ceil(textWidth(line) / Math.max(1, width - 1)));
  return lines;
}

/** Character widths for fitted columns; formulas get room for a percentage. */
function cellWidth(cell: PlanCell | undefined): number {
  if (cell === undefined) return 0;
  if (cell.kind === "formula") return 10;
  if (cell.kind === "number") return String(cell.value).length + 2;
  if (cell.kind === "blank") return 0;
  return textWidth(cell.text);
}

export function fittedWidths(rows: ReadonlyArray<ReadonlyArray<PlanCell>>, max = 60): number[] {
  const columns = Math.max(...rows.map((r) => r.length));
  return Array.from({ length: columns }, (_, c) => Math.min(max, Math.max(8, ...rows.map((r) => cellWidth(r[c]) + 2))));
}

/**
 * Widths a block's labels need where a value sits right of them (the summary's "□ 無法計算" then a
 * count): such a label cannot spill into its neighbour, so its column must hold it. A label with
 * nothing to its right (a title) may spill and asks for nothing.
 */
export function labelWidths(rows: ReadonlyArray<ReadonlyArray<PlanCell>>, max = 60): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, c) => {
      const next = row[c + 1];
      if (cell.kind !== "text" || next === undefined || next.kind === "blank") return;
      widths[c] = Math.min(max, Math.max(widths[c] ?? 0, textWidth(cell.text) + 2));
    });
  }
  return widths;
}

/** The largest count a summary cell must show without "###": a million. */
export const MAX_COUNT = 1_000_000;

/** Width a count takes in a number format such as #,##0" 項": the figure with separators and the format's words. */
export function countWidth(format: string, count = MAX_COUNT): number {
  const words = [...format.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? "").join("");
  return textWidth(count.toLocaleString("en-US")) + textWidth(words) + 2;
}
