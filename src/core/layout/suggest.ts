import type { FindingParams } from "../findings";
import { parseValue } from "../values/parse-value";
import { bandOf, headerRowsFrom, startsHeader } from "./header-band";
import { addressOf } from "./grid";
import type { SheetView } from "./sheet-view";
import { statedRates } from "./table-arithmetic";

/**
 * Where nothing was read, the table a person would see at a glance: the first header over rows of
 * figures, its names, and which roles it could not tell. The finding then says how to declare it (a
 * 表格宣告 line ready to paste into 指標設定) instead of a bare "no table".
 */

/** Rows under a header read for the suggestion. */
const ROWS = 50;

/** Where a header is looked for: the top of the sheet, where a person looks first. */
const HEADER_ROWS = 200;

const letters = (col: number): string => addressOf(0, col).replace(/\d+$/, "");

function figureShare(view: SheetView, top: number, bottom: number, col: number): number {
  let figures = 0;
  let filled = 0;
  for (let r = top; r <= bottom; r++) {
    const text = view.text(r, col);
    if (text === "") continue;
    filled++;
    if (parseValue(view.cell(r, col)).kind === "number") figures++;
  }
  return filled === 0 ? 0 : figures / filled;
}

/** The last row of data under a header: up to two blank rows, ROWS at the most. */
function lastRow(view: SheetView, from: number): number {
  let last = from - 1;
  let blank = 0;
  for (let r = from; r <= view.bottom && r < from + ROWS && blank < 2; r++) {
    if (view.isBlankRow(r)) blank++;
    else {
      blank = 0;
      last = r;
    }
  }
  return last;
}

/** The likeliest table on a sheet where none was read, as finding parameters; null on an empty sheet. */
export function suggestTable(view: SheetView): FindingParams | null {
  for (let top = view.top; top <= Math.min(view.bottom, view.top + HEADER_ROWS); top++) {
    if (!startsHeader(view, top)) continue;
    const bottom = headerRowsFrom(view, top);
    const last = lastRow(view, bottom + 1);
    if (last < bottom + 2) continue;
    const band = bandOf(view, top, bottom);
    const cols = band.columns.map((c) => c.col);
    const figures = cols.filter((c) => figureShare(view, bottom + 1, last, c) >= 0.6);
    const names = cols.filter((c) => !figures.includes(c) && figureShare(view, bottom + 1, last, c) < 0.3);
    const name = names.find((c) => c < (figures[0] ?? Infinity));
    if (name === undefined || figures.length === 0) continue;
    const rows = Array.from({ length: last - bottom }, (_, i) => bottom + 1 + i);
    const ratio = statedRates(view, band, rows).find((s) => s.relation === "ratio");
    const role = (r: string) => band.columns.find((c) => c.role === r && figures.includes(c.col))?.col;
    const target = ratio?.over ?? role("target") ?? role("budget");
    const actual = ratio?.of ?? role("actual") ?? role("executed");
    const missing =
      target === undefined ? (actual === undefined ? "both" : "target") : actual === undefined ? "actual" : "none";
    return {
      range: `${view.address(top, Math.min(...cols))}:${view.address(last, Math.max(...cols))}`,
      headerRow: bottom + 1,
      name: letters(name),
      target: target === undefined ? "?" : letters(target),
      actual: actual === undefined ? "?" : letters(actual),
      missing,
      figures: figures.map(letters).join(", "),
    };
  }
  return null;
}
