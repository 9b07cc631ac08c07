import { maxOf, minOf } from "../../core/values/arrays";
import {
  addressOf,
  columnName,
  sheetStyles,
  StyleComposer,
  withXlfnPrefixes,
  wrappedLines,
  type PlanCell,
  type SheetPlan,
} from "../../core";
import type { SharedStringsPart } from "./shared-strings";
import type { CellLook, StylesPart } from "./styles-part";
import { escapeAttribute, escapeText, NS_MAIN, NS_R, XML_HEAD } from "./xml-text";

/**
 * A cell to write; its look is kept in fields (not an object per cell: a report has 600,000 cells).
 * A class with every field set at once: slots of one shape, not a shape per order of fields added.
 */
class Slot implements CellLook {
  cell: PlanCell | null = null;
  numberFormat: string | undefined = undefined;
  wrap = false;
  top = false;
  /** The cell's look (title, header, stripe…): a StyleComposer's number, 0 for none. */
  look = 0;
  /** Shared formula: the group's index, and (on the group's first cell) its range. */
  shared: { si: number; ref?: string } | undefined = undefined;
}

export interface SheetParts {
  readonly styles: StylesPart;
  readonly strings: SharedStringsPart;
  /** <conditionalFormatting> elements for this sheet, already written. */
  readonly conditional: string;
  readonly tableIds: readonly string[];
  readonly drawingId: string | null;
  readonly selected: boolean;
}

/** The grid of cells a plan writes, with each cell's look, as the exceljs adapter builds it. */
function slotsOf(plan: SheetPlan, composer: StyleComposer): Array<Array<Slot | undefined> | undefined> {
  const rows: Array<Array<Slot | undefined> | undefined> = [];
  const slot = (r: number, c: number): Slot => {
    const row = (rows[r] ??= []);
    return (row[c] ??= new Slot());
  };
  for (const range of plan.ranges) {
    range.cells.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        // A blank in a block writes nothing (an earlier block's cell stays).
        if (cell.kind !== "blank") slot(range.row + r, range.col + c).cell = cell;
      });
    });
  }
  for (const format of plan.columnFormats) {
    for (let r = format.fromRow; r <= format.toRow; r++) {
      slot(r, format.col).numberFormat = format.numberFormat;
    }
  }
  // A table's header cells hold its column names exactly, as Excel requires (and exceljs writes them).
  plan.tables.forEach((table, i) => {
    tableColumnNames(plan, i).forEach((name, k) => {
      slot(table.top, table.left + k).cell = { kind: "text", text: name };
    });
  });
  plan.columnFormulas.forEach((run, si) => {
    const master = rows[run.fromRow]?.[run.col];
    if (master?.cell?.kind !== "formula") return;
    master.shared = { si, ref: `${addressOf(run.fromRow, run.col)}:${addressOf(run.toRow, run.col)}` };
    for (let r = run.fromRow + 1; r <= run.toRow; r++) {
      const s = rows[r]?.[run.col];
      if (s?.cell?.kind === "formula") s.shared = { si };
    }
  });
  composer.paint(
    (r) => (rows[r] ??= []),
    () => new Slot(),
  );
  return rows;
}

/** Wrapped columns: their cells wrap at the top; a row with a taller text gets the height it needs. */
function wrap(plan: SheetPlan, rows: Array<Array<Slot | undefined> | undefined>): Map<number, number> {
  const heights = new Map<number, number>();
  // From the first table down: the title and summary above it run on over empty cells (a title
  // wrapped in a column of names kept its row's height and ran into the line below).
  const from = wrapFrom(plan);
  for (const c of plan.wrapColumns ?? []) {
    const width = plan.columnWidths[c] ?? 10;
    rows.forEach((row, r) => {
      if (r < from) return;
      const s = row?.[c];
      if (s?.cell === null || s === undefined) return;
      s.wrap = true;
      s.top = true;
      const lines = wrappedLines(s.cell.kind === "text" ? s.cell.text : "", width);
      if (lines <= 1 || row === undefined) return;
      heights.set(r, Math.max(heights.get(r) ?? 0, lines * 15));
      for (const other of row) if (other !== undefined && other.cell !== null) other.top = true;
    });
  }
  return heights;
}

/** The first row a wrapped column wraps: the top of the sheet's first table (0 without one). */
export function wrapFrom(plan: SheetPlan): number {
  return plan.tables.length === 0 ? 0 : minOf(plan.tables.map((t) => t.top));
}

/** Excel's limits (Specifications and limits): a cell's text, a formula's length, a header or footer. */
export const EXCEL_LIMITS = { cellText: 32_767, formula: 8_192, headerFooter: 255 } as const;

/** Text cut to `limit` characters with "…" at the end (a surrogate pair never split). */
export function withinLimit(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Whether a formula, with its _xlfn. prefixes, is within Excel's length. Each prefix (6 characters)
 * follows a name and its "(" (4 characters at least), so a formula of up to 2/5 of the limit fits
 * without the regex: a report's 100,000 shared-formula cells, whose text is not written, skip it.
 */
function formulaFits(formula: string): boolean {
  return formula.length * 5 <= EXCEL_LIMITS.formula * 2 || withXlfnPrefixes(formula).length <= EXCEL_LIMITS.formula;
}

/** A cell's XML; `st` is its style attribute (` s="3"`), or "" for the default style. */
function cellXml(ref: string, s: Slot, st: string, strings: SharedStringsPart): string {
  const cell = s.cell;
  if (cell === null) return `<c r="${ref}"${st}/>`;
  switch (cell.kind) {
    case "text":
      return `<c r="${ref}"${st} t="s"><v>${strings.index(withinLimit(cell.text, EXCEL_LIMITS.cellText))}</v></c>`;
    case "number":
      return Number.isFinite(cell.value) ? `<c r="${ref}"${st}><v>${cell.value}</v></c>` : `<c r="${ref}"${st}/>`;
    case "blank":
      return `<c r="${ref}"${st}/>`;
    case "formula": {
      // A formula Excel could not hold (over 8,192 characters): its figure is written instead.
      if (!formulaFits(cell.formula)) {
        const value = cell.cached;
        if (typeof value === "number" && Number.isFinite(value)) return `<c r="${ref}"${st}><v>${value}</v></c>`;
        if (typeof value === "string")
          return `<c r="${ref}"${st} t="s"><v>${strings.index(withinLimit(value, EXCEL_LIMITS.cellText))}</v></c>`;
        if (typeof value === "boolean") return `<c r="${ref}"${st} t="b"><v>${value ? 1 : 0}</v></c>`;
        return `<c r="${ref}"${st}/>`;
      }
      const f =
        s.shared === undefined
          ? `<f>${escapeText(withXlfnPrefixes(cell.formula))}</f>`
          : s.shared.ref === undefined
            ? `<f t="shared" si="${s.shared.si}"/>`
            : `<f t="shared" ref="${s.shared.ref}" si="${s.shared.si}">${escapeText(withXlfnPrefixes(cell.formula))}</f>`;
      const cached = cell.cached;
      if (cached === undefined || (typeof cached === "number" && !Number.isFinite(cached)))
        return `<c r="${ref}"${st}>${f}</c>`;
      if (typeof cached === "string")
        return `<c r="${ref}"${st} t="str">${f}<v>${escapeText(withinLimit(cached, EXCEL_LIMITS.cellText))}</v></c>`;
      if (typeof cached === "boolean") return `<c r="${ref}"${st} t="b">${f}<v>${cached ? 1 : 0}</v></c>`;
      return `<c r="${ref}"${st}>${f}<v>${cached}</v></c>`;
    }
  }
}

function colsXml(plan: SheetPlan, styles: StylesPart): string {
  const hidden = new Set(plan.hiddenColumns ?? []);
  const wrapped = new Set(plan.wrapColumns ?? []);
  const count = maxOf(
    [...hidden, ...wrapped].map((c) => c + 1),
    Math.max(plan.columnWidths.length, 0),
  );
  const specs: string[] = [];
  for (let c = 0; c < count; c++) {
    const width = plan.columnWidths[c];
    const style = wrapped.has(c) ? styles.cellStyle({ wrap: true, top: true }) : 0;
    if (width === undefined && !hidden.has(c) && style === 0) {
      specs.push("");
      continue;
    }
    specs.push(
      `${width === undefined ? "" : ` width="${width}" customWidth="1"`}${hidden.has(c) ? ' hidden="1"' : ""}${style > 0 ? ` style="${style}"` : ""}`,
    );
  }
  let out = "";
  for (let c = 0; c < specs.length;) {
    let end = c;
    while (end + 1 < specs.length && specs[end + 1] === specs[c]) end++;
    if (specs[c] !== "") out += `<col min="${c + 1}" max="${end + 1}"${specs[c]}/>`;
    c = end + 1;
  }
  return out === "" ? "" : `<cols>${out}</cols>`;
}

function printXml(plan: SheetPlan): string {
  const print = plan.print;
  const margins = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (print === undefined) return margins;
  // A4 (paperSize 9): the paper of Taiwan's offices, not the host's default US Letter.
  const setup = `<pageSetup paperSize="9" orientation="${print.landscape ? "landscape" : "portrait"}"${print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`;
  const footer = `<headerFooter><oddFooter>${escapeText(footerWithinLimit(print.footer))}</oddFooter></headerFooter>`;
  // A break "after row n" (1-based) starts the next page at 0-based row n.
  const breaks = (print.pageBreaksBefore ?? []).filter((r) => r > 0);
  const rowBreaks =
    breaks.length === 0
      ? ""
      : `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`;
  return margins + setup + footer + rowBreaks;
}

/** A footer's three sections in Excel's codes, the longest cut until the whole is within 255 characters. */
function footerWithinLimit(footer: { left: string; center: string; right: string }): string {
  const sections = [footer.left, footer.center, footer.right];
  const whole = (): string => `&L${sections[0] ?? ""}&C${sections[1] ?? ""}&R${sections[2] ?? ""}`;
  while (whole().length > EXCEL_LIMITS.headerFooter) {
    const longest = sections.reduce((best, s, i) => (s.length > (sections[best]?.length ?? 0) ? i : best), 0);
    const text = sections[longest] ?? "";
    const over = whole().length - EXCEL_LIMITS.headerFooter;
    // A section cut inside a code (&D, &P) would print the code's letter: cut whole codes off the end.
    sections[longest] = withinLimit(text, Math.max(1, text.length - over)).replace(/&+(?=…$)/, "");
    if (sections[longest] === text) break;
  }
  return whole();
}

function validationsXml(plan: SheetPlan): string {
  const list = plan.dataValidations ?? [];
  if (list.length === 0) return "";
  const items = list.map(
    (v) =>
      `<dataValidation type="list" allowBlank="1" sqref="${escapeAttribute(v.range.replace(/\$/g, ""))}"><formula1>${escapeText(`"${v.list.join(",").replace(/"/g, '""')}"`)}</formula1></dataValidation>`,
  );
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

/** UTF-8 bytes of many strings, encoded a batch at a time and handed on: never one string of the whole part. */
class Utf8Chunks {
  private readonly encoder = new TextEncoder();
  private readonly pending: string[] = [];
  private pendingLength = 0;

  constructor(private readonly sink: (bytes: Uint8Array) => void) {}

  push(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength > 1 << 18) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    this.sink(this.encoder.encode(this.pending.join("")));
    this.pending.length = 0;
    this.pendingLength = 0;
  }
}

/**
 * The worksheet part of a planned sheet, elements in CT_Worksheet's order (ECMA-376 Part 1,
 * 18.3.1.99), handed to `sink` as UTF-8 a batch at a time: a multi-year report's sheet is 35 MB
 * of XML, which as one string of CJK text would take twice that in memory before it was encoded.
 */
export function sheetXml(plan: SheetPlan, parts: SheetParts, sink: (bytes: Uint8Array) => void): void {
  const composer = new StyleComposer(sheetStyles(plan));
  const rows = slotsOf(plan, composer);
  // A cell's style index by its look, its format, then its alignment flags: found once, and no key
  // string made per cell.
  const xfs: Array<Map<string, number[]> | undefined> = [];
  const xfOf = (s: Slot): number => {
    const byFormat = (xfs[s.look] ??= new Map<string, number[]>());
    const format = s.numberFormat ?? "";
    let byFlags = byFormat.get(format);
    if (byFlags === undefined) {
      byFlags = [];
      byFormat.set(format, byFlags);
    }
    const flags = (s.wrap ? 1 : 0) + (s.top ? 2 : 0);
    let xf = byFlags[flags];
    if (xf === undefined) {
      xf = parts.styles.cellStyle(s, s.look === 0 ? undefined : composer.looks[s.look]);
      byFlags[flags] = xf;
    }
    return xf;
  };
  const heights = wrap(plan, rows);
  const letters: string[] = [];
  const letter = (c: number): string => (letters[c] ??= columnName(c));
  // A row's array ends at its last written cell, so the used area is known before any cell is written.
  const right = rows.reduce((max, row) => Math.max(max, row === undefined ? 0 : row.length - 1), 0);
  const bottom = rows.length - 1;
  const dimension = bottom < 0 ? "A1" : `A1:${letter(right)}${bottom + 1}`;
  const freeze =
    plan.freezeRows > 0
      ? `<pane ySplit="${plan.freezeRows}" topLeftCell="A${plan.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`
      : "";
  const tables =
    parts.tableIds.length === 0
      ? ""
      : `<tableParts count="${parts.tableIds.length}">${parts.tableIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
  const out = new Utf8Chunks(sink);
  out.push(
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
      (plan.print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
      `<dimension ref="${dimension}"/>` +
      `<sheetViews><sheetView${parts.selected ? ' tabSelected="1"' : ""} workbookViewId="0">${freeze}</sheetView></sheetViews>` +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      colsXml(plan, parts.styles) +
      "<sheetData>",
  );
  // A row's cells joined as one string before the encoder has it (handing it each cell's string
  // measured the same); a cell's style attribute made once per style, its row's number once per row.
  const styleAttributes: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined) continue;
    const number = String(r + 1);
    const height = heights.get(r);
    let cells = "";
    for (let c = 0; c < row.length; c++) {
      const s = row[c];
      if (s === undefined) continue;
      const style = xfOf(s);
      const st = style > 0 ? (styleAttributes[style] ??= ` s="${style}"`) : "";
      cells += cellXml(letter(c) + number, s, st, parts.strings);
    }
    out.push(`<row r="${number}"${height === undefined ? "" : ` ht="${height}" customHeight="1"`}>${cells}</row>`);
  }
  out.push(
    "</sheetData>" +
      parts.conditional +
      validationsXml(plan) +
      printXml(plan) +
      (parts.drawingId === null ? "" : `<drawing r:id="${parts.drawingId}"/>`) +
      tables +
      "</worksheet>",
  );
  out.flush();
}

/**
 * A table's column names: its header cells' text, "ColumnN" for a header that is not text, and
 * " 2", " 3" after a repeated name (Excel refuses a table whose column names repeat).
 */
function tableColumnNames(plan: SheetPlan, index: number): string[] {
  const table = plan.tables[index];
  if (table === undefined) throw new Error(`no table ${index}`);
  const seen = new Set<string>();
  const names: string[] = [];
  for (let c = table.left; c <= table.right; c++) {
    let header: string | null = null;
    for (const range of plan.ranges) {
      const cell = range.cells[table.top - range.row]?.[c - range.col];
      if (cell?.kind === "text" && cell.text.trim() !== "") header = cell.text;
    }
    const base = header ?? `Column${c + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

/** A table part over the plan's header row. */
export function tableXml(plan: SheetPlan, index: number, id: number, unique?: string): string {
  const table = plan.tables[index];
  if (table === undefined) throw new Error(`no table ${index}`);
  const name = unique ?? table.name;
  const ref = `${addressOf(table.top, table.left)}:${addressOf(table.bottom, table.right)}`;
  const columns = tableColumnNames(plan, index).map(
    (name, k) => `<tableColumn id="${k + 1}" name="${escapeAttribute(name)}"/>`,
  );
  return (
    `${XML_HEAD}<table xmlns="${NS_MAIN}" id="${id}" name="${escapeAttribute(name)}" displayName="${escapeAttribute(name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${columns.join("")}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttribute(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
