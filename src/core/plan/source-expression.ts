import type { SourceCell } from "../analysis/indicator-input";
import { FOOTNOTE_MARK, QUALIFIER_WORDS } from "../values/parse-value";
import { BLANK, formula, sheetRef, type PlanCell } from "./write-plan";

/**
 * A spreadsheet expression that yields the number in a source cell, or "" when there is none,
 * so that the report's formulas follow the user's cell when it is edited. A stored number is
 * referenced as is; text such as "3,182 人" or "60 次以上" is read with VALUE after removing
 * the thousands separators and the words the engine found around the figure.
 */
export function numericExpression(ref: string, cell: SourceCell | null | undefined): string | null {
  if (!cell || cell.value.kind !== "number") return null;
  if (typeof cell.value.raw === "number") return `IF(ISNUMBER(${ref}),${ref},"")`;
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
  return `IFERROR(VALUE(${expr}),"")`;
}

/** A report cell that follows a source cell on another sheet: its number, or blank when it has none. */
export function followCell(sheet: string, cell: SourceCell | null): PlanCell {
  if (cell === null) return BLANK;
  const expr = numericExpression(sheetRef(sheet, cell.address), cell);
  return expr === null || cell.value.kind !== "number" ? BLANK : formula(expr, cell.value.value);
}
