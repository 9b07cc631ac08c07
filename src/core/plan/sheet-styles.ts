import type { CellStyle, SheetPlan, StyleRange, TablePlan } from "./write-plan";

/**
 * The look of Excel's built-in table styles the add-in uses, as cell formats: header fill, the
 * stripe of every other body row, and the lines. Excel draws the table style anyway (it keeps its
 * filter buttons); LibreOffice, and so every .ods and .pdf, shows only cell formats.
 */
interface Palette {
  readonly header: string;
  readonly stripe: string | null;
  readonly line: string;
}

const PALETTES: Readonly<Record<string, Palette>> = {
  // accent 1 (blue), 2 (orange), 3 (grey), 6 (green): Office's default theme.
  TableStyleMedium2: { header: "4472C4", stripe: "D9E1F2", line: "8EA9DB" },
  TableStyleMedium3: { header: "ED7D31", stripe: "FCE4D6", line: "F4B084" },
  TableStyleMedium4: { header: "A5A5A5", stripe: "EDEDED", line: "C9C9C9" },
  TableStyleMedium7: { header: "70AD47", stripe: "E2EFDA", line: "A9D08E" },
  TableStyleLight9: { header: "4472C4", stripe: null, line: "8EA9DB" },
};
const DEFAULT_PALETTE: Palette = { header: "4472C4", stripe: "D9E1F2", line: "8EA9DB" };

/** A sheet's title: large and bold. */
export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 14 };
/** A heading above a block (a summary's or a section's name). */
export const HEADING_STYLE: CellStyle = { bold: true, fontSize: 12 };

/** The light symbols' colours (★ green, ▲ amber, ● red, □ grey): font and a pale fill, as the report's rules write them. */
export const LIGHT_COLORS: Readonly<Record<string, { readonly font: string; readonly fill: string }>> = {
  "★": { font: "00703C", fill: "E2F0D9" },
  "▲": { font: "9C5700", fill: "FFEB9C" },
  "●": { font: "C00000", fill: "FFC7CE" },
  "□": { font: "7F7F7F", fill: "EDEDED" },
};

/** A table's header, body lines and stripes as cell formats. */
export function tableStyles(table: TablePlan): StyleRange[] {
  const p = PALETTES[table.style] ?? DEFAULT_PALETTE;
  const box = { fromCol: table.left, toCol: table.right };
  const out: StyleRange[] = [
    {
      ...box,
      fromRow: table.top,
      toRow: table.top,
      style: {
        bold: true,
        fontColor: "FFFFFF",
        fill: p.header,
        border: p.line,
        horizontal: "center",
        vertical: "center",
        wrap: true,
      },
    },
  ];
  if (table.bottom > table.top) {
    for (const run of withoutRows(table.top + 1, table.bottom, table.bandRows ?? []))
      out.push({ ...box, ...run, style: { border: p.line, vertical: "center" } });
    if (p.stripe !== null && table.bottom > table.top + 1)
      out.push({ ...box, fromRow: table.top + 1, toRow: table.bottom, style: { fill: p.stripe }, stripe: true });
  }
  return out;
}

/** The rows from..to as runs, leaving out `skip` (sorted, few). */
function withoutRows(from: number, to: number, skip: readonly number[]): Array<{ fromRow: number; toRow: number }> {
  const out: Array<{ fromRow: number; toRow: number }> = [];
  let next = from;
  for (const row of skip) {
    if (row < next || row > to) continue;
    if (row > next) out.push({ fromRow: next, toRow: row - 1 });
    next = row + 1;
  }
  if (next <= to) out.push({ fromRow: next, toRow: to });
  return out;
}

/** Every look a planned sheet's cells take: its tables' first, then the plan's own (which win). */
export function sheetStyles(plan: SheetPlan): StyleRange[] {
  return [...plan.tables.flatMap(tableStyles), ...(plan.styles ?? [])];
}

/**
 * Looks composed per cell without an object per cell: a cell holds a look's number, and laying a
 * range over it gives the number of the composed look, memoised (a report of 20,000 indicators
 * has a million styled cells and a handful of looks).
 */
export class StyleComposer {
  /** Look 0 is no look. */
  readonly looks: CellStyle[] = [{}];
  /** Composed looks by look × ranges + range (an array: a million cells ask it). */
  private readonly memo: number[] = [];

  constructor(private readonly ranges: readonly StyleRange[]) {}

  /** The look of `look` with range `index` laid over it. */
  compose(look: number, index: number): number {
    const key = look * this.ranges.length + index;
    const known = this.memo[key];
    if (known !== undefined) return known;
    const range = this.ranges[index];
    const style: CellStyle = { ...this.looks[look], ...range?.style };
    this.looks.push(style);
    const id = this.looks.length - 1;
    this.memo[key] = id;
    return id;
  }

  /**
   * Lays every range over the cells, in order: `row(r)` gives row r's cells by column, `make()` a
   * cell where the row has none, and each cell's `look` becomes the composed look's number. A row
   * asked once per range, not two calls per cell: a report of 20,000 indicators paints 400,000.
   */
  paint<T extends { look: number }>(row: (r: number) => Array<T | undefined>, make: () => T): void {
    this.ranges.forEach((range, index) => {
      const step = range.stripe ? 2 : 1;
      for (let r = range.fromRow + (range.stripe ? 1 : 0); r <= range.toRow; r += step) {
        const cells = row(r);
        for (let c = range.fromCol; c <= range.toCol; c++) {
          const cell = (cells[c] ??= make());
          cell.look = this.compose(cell.look, index);
        }
      }
    });
  }
}
