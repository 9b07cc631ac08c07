import type { HeaderBand } from "./header-band";
import type { SheetView } from "./sheet-view";

/**
 * An item's code or number on its own: "A.1.", "1.2.3", "B2", "CS02a", "ETS01" (a KPI's reference),
 * "1.1.2.PI" and "1.1.3.KR" (a council's outline number with the kind of measure), "(1)", "一、",
 * "（三）". A label of this shape numbers a line; it names nothing.
 */
const ITEM_CODE =
  /^(?:[A-Z]{1,2}\.?\s?\d{0,3}(?:\.\d{1,3})*\.?|[A-Z]{2,4}\d{1,3}[A-Z]?|\d{1,3}(?:\.\d{1,3})+\.?(?:[A-Z]{1,3})?|[(（]?\s*(?:\d{1,3}|[一二三四五六七八九十百]{1,4})\s*[)）.、．]?)$/i;

export function isItemCode(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== "" && trimmed.length <= 8 && ITEM_CODE.test(trimmed);
}

/** A letter of a name: Latin or CJK (no \p{L}: the pane's scripts must parse as ES2017). */
const LETTER = /[A-Za-z\u00C0-\u024F\u3400-\u9FFF\uF900-\uFAFF]/;

/** Rows under the header looked at: enough to tell a column of codes. */
const SAMPLE_ROWS = 30;

/**
 * "Service | (no header) | Estimate Provision | Outturn" over "A.1. | SALARIES, WAGES AND
 * ALLOWANCES | 14,633 | 13,952": the headed column holds the lines' codes, two at least and nothing
 * else but headings; the names are the words beside them, under no header. That column, or null.
 */
export function namesBesideCodes(view: SheetView, band: HeaderBand, codes: number, before: number): number | null {
  let coded = 0;
  for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + SAMPLE_ROWS); r++) {
    const text = view.text(r, codes);
    if (text === "" || !isItemCode(text)) continue;
    coded++;
  }
  if (coded < 2) return null;
  for (let c = codes + 1; c < before; c++) {
    if (band.columns.some((h) => h.col === c && h.text !== "")) continue;
    // Names differ line by line; a unit ("days", "%") repeats.
    const words = new Set<string>();
    let worded = 0;
    for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + SAMPLE_ROWS); r++) {
      const text = view.text(r, c);
      if (text === "" || isItemCode(text) || !LETTER.test(text)) continue;
      words.add(text);
      worded++;
    }
    if (words.size >= 2 && words.size * 2 >= worded) return c;
  }
  return null;
}
