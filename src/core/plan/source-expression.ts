import type { SourceCell } from "../analysis/indicator-input";
import { FOOTNOTE_MARK, QUALIFIER_WORDS } from "../values/parse-value";
import { BLANK, formula, sheetRef, type PlanCell } from "./write-plan";

/**
 * A spreadsheet expression that yields the number in a source cell, or "" when there is none,
 * so that the report's formulas follow the user's cell when it is edited. A stored number is
 * referenced as is; text such as "3,182 人" or "60 次以上" is read with VALUE after removing
 * the thousands separators and the words the engine found around the figure.
 */
export function numericExpression(
  ref: string,
  cell: SourceCell | null | undefined,
  /** The engine's figure for the cell where its reading used context (a 單位：% header); else the cell's own. */
  expected?: number | null,
): string | null {
  if (!cell || cell.value.kind !== "number") return null;
  const wanted = expected ?? cell.value.value;
  if (typeof cell.value.raw === "number") {
    if (same(cell.value.raw, wanted)) return `IF(ISNUMBER(${ref}),${ref},"")`;
    // 36.51 under a header that says the column is in % (單位：%): the engine's 0.3651.
    if (same(cell.value.raw / 100, wanted)) return `IF(ISNUMBER(${ref}),${ref}/100,"")`;
    return null;
  }
  const raw = String(cell.value.raw);
  const words = new Set<string>();
  if (cell.value.unit && cell.value.unit !== "%") words.add(cell.value.unit);
  for (const word of [...QUALIFIER_WORDS, " ", "\u3000"]) if (raw.includes(word)) words.add(word);
  const mark = FOOTNOTE_MARK.exec(raw);
  if (mark) words.add(mark[0].trim());
  let expr = /[\uff10-\uff19\uff0c\uff05\uff0e]/.test(raw) ? `ASC(${ref})` : ref;
  expr = `SUBSTITUTE(${expr},",","")`;
  // Longest first: "或以上" before "以上", ">=" before ">".
  for (const word of [...words].sort((a, b) => b.length - a.length))
    expr = `SUBSTITUTE(${expr},"${word.replace(/"/g, '""')}","")`;
  // Only where VALUE of what is left gives the engine's own figure: "48.5% overall" or "Target: 100%"
  // leave words a formula cannot know, and a report that followed them would show the wrong figure.
  let left = raw.replace(/[\uff10-\uff19\uff0c\uff05\uff0e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  left = left.split(",").join("");
  for (const word of [...words].sort((a, b) => b.length - a.length)) left = left.split(word).join("");
  const value = excelValue(left);
  if (value === null || !same(value, wanted)) return null;
  return `IFERROR(VALUE(${expr}),"")`;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** What Excel's VALUE makes of a text: a plain decimal, maybe signed, maybe a percentage. */
function excelValue(text: string): number | null {
  // Spaces only: a line break left in the text makes VALUE fail in LibreOffice.
  const m = /^ *([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?) *(%?) *$/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] === "%" ? n / 100 : n;
}

/** A report cell that follows a source cell on another sheet: its number, or blank when it has none. */
export function followCell(sheet: string, cell: SourceCell | null): PlanCell {
  if (cell === null) return BLANK;
  const expr = numericExpression(sheetRef(sheet, cell.address), cell);
  return expr === null || cell.value.kind !== "number" ? BLANK : formula(expr, cell.value.value);
}
