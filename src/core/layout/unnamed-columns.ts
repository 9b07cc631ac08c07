import { agreesAtPrecision } from "../measures/agreement";
import { parseValue } from "../values/parse-value";
import type { Period } from "../values/period";
import { namesAndFigures, type ColumnShape, type PeriodColumns } from "./column-shape";
import type { HeaderBand } from "./header-band";
import type { SheetView } from "./sheet-view";

/**
 * A header of placeholders (an export's field1 | field2 | …): the names are the column of
 * distinct words, each other column of figures an amount said by its header as written. Columns the
 * table's arithmetic shows to be a difference or a sum of two others are not amounts of their own.
 * Nothing tells which column is a target, a result, or which period comes first, so the reading is a
 * comparison without order: the figures as printed, no achievement, no growth.
 */
const SAMPLE_ROWS = 200;
const MIN_ROWS = 3;

function rowsBelow(view: SheetView, band: HeaderBand, taken: ReadonlySet<number>): number[] {
  const rows: number[] = [];
  for (let r = band.bottom + 1; r <= view.bottom && rows.length < SAMPLE_ROWS && !taken.has(r); r++) {
    if (view.isBlankRow(r)) break;
    rows.push(r);
  }
  return rows;
}

function figuresOf(view: SheetView, rows: readonly number[], col: number): Array<number | null> {
  return rows.map((r) => {
    const value = parseValue(view.cell(r, col));
    return value.kind === "number" ? value.value : null;
  });
}

const mostly = (count: number, of: number) => count * 3 >= of * 2;

/** Whether d is X − Y or X + Y of two columns left of it on most rows where all three are figures. */
function derivedFrom(
  columns: ReadonlyMap<number, Array<number | null>>,
  col: number,
  left: readonly number[],
): boolean {
  const d = columns.get(col) ?? [];
  for (const x of left)
    for (const y of left) {
      const [xs, ys] = [columns.get(x) ?? [], columns.get(y) ?? []];
      if (x === y) continue;
      let n = 0;
      let difference = 0;
      let sum = 0;
      for (let i = 0; i < d.length; i++) {
        const [dv, xv, yv] = [d[i], xs[i], ys[i]];
        if (dv == null || xv == null || yv == null) continue;
        n++;
        if (agreesAtPrecision({ value: dv, step: 0 }, xv - yv)) difference++;
        if (agreesAtPrecision({ value: dv, step: 0 }, xv + yv)) sum++;
      }
      if (n >= MIN_ROWS && (mostly(difference, n) || mostly(sum, n))) return true;
    }
  return false;
}

/** The columns that are amounts of their own: a column that follows from two left of it is printed after them. */
function amountsOf(columns: ReadonlyMap<number, Array<number | null>>): number[] {
  const kept: number[] = [];
  for (const col of [...columns.keys()].sort((a, b) => a - b)) if (!derivedFrom(columns, col, kept)) kept.push(col);
  return kept;
}

/** An export's placeholder for a lost heading: field1, Column2 (Power Query), 欄位3, F4. */
const PLACEHOLDER = /^(?:field|column|col|f|欄位?|字段)\s*_?\d{1,3}$/i;

export function unnamedColumnsShape(view: SheetView, band: HeaderBand, taken: ReadonlySet<number>): ColumnShape | null {
  // Only placeholders: a header of words nobody recognised keeps its way forward (a 表格宣告 to fill in).
  if (band.columns.length < 3 || !band.columns.every((c) => PLACEHOLDER.test(c.text))) return null;
  const rows = rowsBelow(view, band, taken);
  if (rows.length < MIN_ROWS) return null;
  let nameCol: number | null = null;
  const figures = new Map<number, Array<number | null>>();
  for (const c of band.columns) {
    const values = figuresOf(view, rows, c.col);
    const counted = values.filter((v) => v !== null).length;
    if (mostly(counted, rows.length)) {
      if (nameCol !== null) figures.set(c.col, values);
      continue;
    }
    const words = new Set(rows.map((r) => view.text(r, c.col)).filter((t) => t !== ""));
    if (nameCol === null && figures.size === 0 && mostly(words.size, rows.length)) nameCol = c.col;
  }
  const amounts = amountsOf(figures);
  if (nameCol === null || amounts.length < 2) return null;
  const periods: PeriodColumns[] = amounts.map((col, index) => {
    const text = band.columns.find((c) => c.col === col)?.text ?? "";
    // Said as written; the order is the sheet's, no year is known.
    const period: Period = { label: text, year: index, calendar: "ad", relative: 0, unordered: true };
    return { period, actual: col };
  });
  return namesAndFigures("comparison", nameCol, band, periods);
}
