import type { SourceCell } from "../analysis/indicator-input";
import { normalizeText } from "../values/normalize-text";
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
  const reading = readingOf(String(cell.value.raw), cell.value.unit);
  // Only where VALUE of what is left gives the engine's own figure: "98% of lots", "7 200\n(7 200)"
  // or "Target: 100%" leave words a formula cannot know; the report then shows the engine's figure.
  if (reading.value === null || !same(reading.value, wanted)) return null;
  let expr = reading.fullWidth ? `ASC(${ref})` : ref;
  expr = `SUBSTITUTE(${expr},",","")`;
  for (const word of reading.words) expr = `SUBSTITUTE(${expr},"${word.replace(/"/g, '""')}","")`;
  return `IFERROR(VALUE(${expr}),"")`;
}

/** What a text figure's formula removes, and what VALUE then makes of the rest. */
interface TextReading {
  /** Longest first: "或以上" before "以上", ">=" before ">". */
  readonly words: readonly string[];
  readonly fullWidth: boolean;
  readonly value: number | null;
}

/**
 * A sheet repeats its texts ("3,182 人", "60 次以上") across thousands of cells: each distinct text
 * and unit is read once (a multi-year report asked this per cell, a quarter of its plan's time).
 * Cleared when full rather than memoByText's keeping the first: a sheet's later texts repeat too.
 */
const readings = new Map<string, TextReading>();

function readingOf(raw: string, unit: string | null | undefined): TextReading {
  const key = `${unit ?? ""}\u0000${raw}`;
  const known = readings.get(key);
  if (known !== undefined) return known;
  const reading = readText(raw, unit ?? "");
  if (readings.size > 50_000) readings.clear();
  readings.set(key, reading);
  return reading;
}

function readText(raw: string, unit: string): TextReading {
  const found = new Set<string>();
  if (unit !== "" && unit !== "%") found.add(unit);
  for (const word of [...QUALIFIER_WORDS, " ", "\u3000"]) if (raw.includes(word)) found.add(word);
  const mark = FOOTNOTE_MARK.exec(raw);
  if (mark) found.add(mark[0].trim());
  const words = [...found].sort((a, b) => b.length - a.length);
  const fullWidth = /[\uff10-\uff19\uff0c\uff05\uff0e]/.test(raw);
  let left = (fullWidth ? normalizeText(raw) : raw).split(",").join("");
  for (const word of words) left = left.split(word).join("");
  return { words, fullWidth, value: excelValue(left) };
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
export function followCell(sheet: string, cell: SourceCell | null, expected?: number | null): PlanCell {
  if (cell === null) return BLANK;
  // The engine's figure where its reading used context (95 beside 度量单位 %: 0.95), else the cell's.
  const expr = numericExpression(sheetRef(sheet, cell.address), cell, expected);
  return expr === null || cell.value.kind !== "number" ? BLANK : formula(expr, expected ?? cell.value.value);
}
