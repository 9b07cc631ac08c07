import type { PlanCell } from "./write-plan";

/** A text's width in column characters, as a column is fitted to it: CJK counts double. */
export function textWidth(text: string): number {
  // By code unit, not `for…of` with a regex: a report measures every cell of its body (a string per
  // CJK character was 40 MB of garbage at 20,000 indicators). A surrogate pair is one wide character.
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    w += unit >= 0x1100 ? 2 : 1;
  }
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
  // One pass over the cells, without an array of widths per column (a report's body is 20,000 rows).
  const widths: number[] = [];
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) widths[c] = Math.max(widths[c] ?? 8, cellWidth(row[c]) + 2);
  }
  return Array.from(widths, (w) => Math.min(max, w ?? 8));
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
