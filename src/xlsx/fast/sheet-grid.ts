import {
  clipArea,
  MergeIndex,
  memoByText,
  parseAddress,
  type Area,
  type CellInput,
  type Grid,
  type RawValue,
} from "../../core";
import type { CellStyle, SharedStrings } from "./book-parts";
import { parseXml } from "./xml";

/** Excel's sheet: 1,048,576 rows by 16,384 columns (XFD). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** What a sheet part needs from the rest of the package. */
export interface SheetContext {
  readonly styles: readonly CellStyle[];
  readonly sharedStrings: SharedStrings;
  readonly date1904: boolean;
  /** The sheet's relationship ids: a hyperlink with one makes exceljs show the cell's text only. */
  readonly hyperlinkIds: ReadonlySet<string>;
}

interface CellRecord {
  readonly value: RawValue;
  /** The cell's own style index when the file gives it one (s > 0). */
  readonly style: number;
}

interface RowRecord {
  style: number;
  hidden: boolean;
  readonly cells: Map<number, CellRecord>;
}

/**
 * The cells of a sheet part as read, in file order, one entry per <c> kept: four flat lists rather
 * than an object per cell and a map per row (most of what a long sheet's reading kept alive until its
 * grid was built). A row's style and hidden flag only where the file sets them.
 */
interface ReadCells {
  readonly rows: number[];
  readonly cols: number[];
  readonly values: RawValue[];
  readonly styles: number[];
  /** Each row's style and hidden flag as its last <row> gives them, where either is set. */
  readonly rowLooks: Map<number, { style: number; hidden: boolean }>;
  /** Whether every cell comes after the one before it (row, then column): no cell given twice. */
  ordered: boolean;
}

/** exceljs's test for a date format: y, m, d, h, s or b outside quotes and brackets. */
function isDateFormat(format: string | undefined): boolean {
  return format ? dateFormat(format) : false;
}

/** Asked for every styled cell: once per distinct format. */
const dateFormat = memoByText((format) => /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "")));

/** A serial read through exceljs's Date and back: rounded to the millisecond, 1904 shifted as it does. */
function dateSerial(value: unknown, date1904: boolean): number {
  const ms = Math.round((Number(value) - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  return new Date(ms).getTime() / 86_400_000 + 25_569;
}

/** exceljs decodes a "str" value's entities a second time. */
function decodeAgain(text: string): string {
  const named: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' };
  return text.replace(/&([a-z]*);/g, (entity) => named[entity] ?? entity);
}

function unescapeText(text: string): string {
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function columnOf(address: string): number {
  let col = 0;
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col - 1;
}

/** "B2:D4" as an area; null where it is not one. */
export function areaOf(range: string): Area | null {
  const [from, to = from] = range.split(":");
  const a = from === undefined ? null : parseAddress(from);
  const b = parseAddress(to ?? "");
  if (a === null || b === null) return null;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/**
 * One sheet part as the engine's grid, giving exactly what the exceljs reader gives (values,
 * number formats, indents, merges, hidden rows), without building a cell object per cell.
 */
export function sheetGrid(name: string, xml: string, context: SheetContext): Grid {
  const read: ReadCells = { rows: [], cols: [], values: [], styles: [], rowLooks: new Map(), ordered: true };
  const columns: Array<{ min: number; max: number; style: number }> = [];
  const mergeRanges: string[] = [];
  const hyperlinked = new Set<string>();
  let inRow = false;
  let rowIndex = -1;
  let col = -1;
  // The last cell kept, to tell whether the part's cells come in order.
  let lastRow = -1;
  let lastCol = -1;
  // The cell being read gathers its parts here, reset at each <c>: one record, not one per cell.
  const cell: {
    t: string;
    s: number;
    address: string;
    formula: string;
    shareType: string;
    value: string | undefined;
    runs: string[] | null;
  } = { t: "", s: 0, address: "", formula: "", shareType: "", value: undefined, runs: null };
  let inCell = false;
  let node: "f" | "v" | "t" | "rt" | null = null;
  let run = "";
  let inRun = false;

  parseXml(xml, {
    open(tag, a) {
      if (inCell) {
        if (tag === "f") {
          node = "f";
          cell.shareType = a.t ?? "";
        } else if (tag === "v") node = "v";
        else if (tag === "r") {
          inRun = true;
        } else if (tag === "t") {
          node = inRun ? "rt" : "t";
          run = "";
        }
        return;
      }
      if (tag === "row") {
        rowIndex = a.r !== undefined ? parseInt(a.r, 10) - 1 : rowIndex + 1;
        col = -1;
        inRow = true;
        const style = a.s ? parseInt(a.s, 10) : 0;
        const hidden = a.hidden === "1" || a.hidden === "true";
        // The last <row> of an index gives its look, as when each overwrote the one before.
        if (style !== 0 || hidden || read.rowLooks.has(rowIndex)) read.rowLooks.set(rowIndex, { style, hidden });
      } else if (tag === "c") {
        col = a.r !== undefined ? columnOf(a.r) : col + 1;
        cell.t = a.t ?? "";
        cell.s = a.s ? parseInt(a.s, 10) : 0;
        cell.address = a.r ?? "";
        cell.formula = "";
        cell.shareType = "";
        cell.value = undefined;
        cell.runs = null;
        inCell = true;
      } else if (tag === "col") {
        columns.push({
          min: parseInt(a.min ?? "0", 10) - 1,
          max: parseInt(a.max ?? "0", 10) - 1,
          style: a.style ? parseInt(a.style, 10) : 0,
        });
      } else if (tag === "mergeCell" && a.ref) mergeRanges.push(a.ref);
      else if (tag === "hyperlink" && a.ref && context.hyperlinkIds.has(a["r:id"] ?? "")) hyperlinked.add(a.ref);
    },
    text(text) {
      if (!inCell || node === null) return;
      if (node === "f") cell.formula += text;
      else if (node === "rt") run += text;
      else cell.value = (cell.value ?? "") + text;
    },
    close(tag) {
      if (!inCell) return;
      if (tag === "t" && node === "rt") {
        (cell.runs ??= []).push(unescapeText(run));
        node = null;
      } else if (tag === "r") inRun = false;
      else if (tag === "f" || tag === "v" || tag === "t") node = null;
      else if (tag === "c") {
        // Most sheets link nothing: no lookup of each cell's address then.
        const value = valueOf(cell, context, hyperlinked.size > 0 && hyperlinked.has(cell.address));
        // A position past Excel's last row or column (no sheet Excel saves has one) is not a cell.
        if (value !== NO_CELL && inRow && col >= 0 && col < MAX_COLUMNS && rowIndex >= 0 && rowIndex < MAX_ROWS) {
          if (rowIndex < lastRow || (rowIndex === lastRow && col <= lastCol)) read.ordered = false;
          lastRow = rowIndex;
          lastCol = col;
          read.rows.push(rowIndex);
          read.cols.push(col);
          read.values.push(value);
          read.styles.push(cell.s);
        }
        inCell = false;
      }
    },
  });
  return read.ordered
    ? gridOfOrderedCells(name, read, columns, mergeRanges, context.styles)
    : gridOfRecords(name, recordsOf(read), columns, mergeRanges, context.styles);
}

/**
 * The cells as a map of rows, each a map of its cells: for a part whose cells are out of order or
 * given twice (the later one standing), as each was set in file order.
 */
function recordsOf(read: ReadCells): Map<number, RowRecord> {
  const rows = new Map<number, RowRecord>();
  const rowOf = (r: number): RowRecord => {
    let row = rows.get(r);
    if (row === undefined) {
      const look = read.rowLooks.get(r);
      rows.set(r, (row = { style: look?.style ?? 0, hidden: look?.hidden ?? false, cells: new Map() }));
    }
    return row;
  };
  for (const r of read.rowLooks.keys()) rowOf(r);
  for (let k = 0; k < read.rows.length; k++)
    rowOf(read.rows[k] ?? 0).cells.set(read.cols[k] ?? 0, {
      value: read.values[k] ?? null,
      style: read.styles[k] ?? 0,
    });
  return rows;
}

/** Behind a hyperlink exceljs keeps the value as the link's text, and shows it only when it is text. */
function shown(value: RawValue, hyperlink: boolean): RawValue {
  return hyperlink ? (typeof value === "string" ? value : null) : value;
}

/** What valueOf gives for a cell the grid does not keep: no value and no style of its own. */
const NO_CELL: unique symbol = Symbol("no cell");

/** A cell's value as exceljs reads it (its style is the cell's own s); NO_CELL where it is as if absent. */
function valueOf(
  cell: { t: string; s: number; formula: string; shareType: string; value: string | undefined; runs: string[] | null },
  context: SheetContext,
  hyperlink: boolean,
): RawValue | typeof NO_CELL {
  const style = cell.s ? context.styles[cell.s] : undefined;
  const isDate = isDateFormat(style?.format);
  if (cell.formula || cell.shareType) {
    const text = cell.value;
    if (!text) return null;
    if (hyperlink) return cell.t === "str" && !isDate ? decodeAgain(text) : null;
    let result: RawValue;
    if (cell.t === "str") result = decodeAgain(text);
    else if (cell.t === "b") result = parseInt(text, 10) !== 0;
    else if (cell.t === "e") result = isDate ? NaN : text;
    else result = parseFloat(text);
    if (isDate && cell.t !== "e") result = dateSerial(result, context.date1904);
    // A cached 0 or FALSE is a value (exceljs's reader drops them: a formula giving 0 read as blank,
    // and an actual of 0 as missing); an empty text or NaN is none.
    const none = result === "" || (typeof result === "number" && Number.isNaN(result) && !isDate);
    return none ? null : result;
  }
  if (cell.runs !== null) return hyperlink ? null : cell.runs.join("");
  if (cell.value !== undefined) {
    const text = cell.value;
    let value: RawValue;
    switch (cell.t) {
      case "s": {
        const index = parseInt(text, 10);
        value = context.sharedStrings.texts[index] ?? null;
        if (hyperlink && context.sharedStrings.rich.has(index)) value = null;
        break;
      }
      case "str":
        value = decodeAgain(text);
        break;
      case "inlineStr":
        value = text;
        break;
      case "b":
        value = parseInt(text, 10) !== 0;
        break;
      case "e":
        value = text;
        if (hyperlink) value = null;
        break;
      default:
        value = parseFloat(text);
        if (isDate) return hyperlink ? null : dateSerial(value, context.date1904);
    }
    return shown(value, hyperlink);
  }
  // No value: a styled cell is kept (with its own style); an unstyled one is as if absent.
  return cell.s ? null : NO_CELL;
}

/** A part's merges, and whether a cell is a merge's tail. Merges as ranges: H1:XFD1048576 is one entry, never its cells. */
function mergesOf(mergeRanges: readonly string[]): {
  fileMerges: Area[];
  tail: (r: number, c: number) => boolean;
} {
  const fileMerges = mergeRanges.map(areaOf).filter((a): a is Area => a !== null);
  const mergeIndex = new MergeIndex(fileMerges);
  return { fileMerges, tail: (r, c) => mergeIndex.size > 0 && mergeIndex.isTail(r, c) };
}

function gridOfRecords(
  name: string,
  rows: Map<number, RowRecord>,
  columns: ReadonlyArray<{ min: number; max: number; style: number }>,
  mergeRanges: readonly string[],
  styles: readonly CellStyle[],
): Grid {
  const { fileMerges, tail } = mergesOf(mergeRanges);
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  let stored = 0;
  // The used range from the cells that hold a value, not from <dimension> or a far merge.
  for (const [r, record] of rows) {
    for (const [c, cell] of record.cells) {
      stored++;
      if (cell.value === null || tail(r, c)) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  if (bottom < 0) return { sheet: name, originRow: 0, originCol: 0, cells: [], merges: [] };
  const used = { top, left, bottom, right };
  const merges = clippedMerges(fileMerges, used);
  const sparse = !denseFits(used, stored);
  const columnStyleOf = missingCellLook(columns, styles);
  // Sized once: a million rows grown by doubling would copy the array twenty times.
  const cells: CellInput[][] = sparse ? new Array<CellInput[]>(bottom - top + 1) : [];
  const hiddenRows: number[] = [];
  for (let r = top; r <= bottom; r++) {
    const record = rows.get(r);
    if (record?.hidden) hiddenRows.push(r);
    // A used range far larger than its cells: each row as far as its last cell, a row without one empty.
    let end = right;
    if (sparse) {
      end = left - 1;
      if (record !== undefined) for (const c of record.cells.keys()) if (c <= right && c > end) end = c;
      if (end < left) {
        cells[r - top] = EMPTY_ROW;
        continue;
      }
    }
    const rowStyle = (record?.style ? styles[record.style] : undefined) ?? {};
    const out: CellInput[] = [];
    for (let c = left; c <= end; c++) {
      const cell = record?.cells.get(c);
      const value = cell === undefined || tail(r, c) ? null : cell.value;
      let format: string | undefined;
      let indent: number | undefined;
      if (cell !== undefined) {
        const own = cell.style ? styles[cell.style] : undefined;
        format = own?.format;
        indent = own?.indent;
      } else {
        // A cell the file leaves out takes its row's style, else its column's (exceljs's getCell).
        const colStyle = columnStyleOf(c);
        format = rowStyle.format || colStyle.format;
        indent = rowStyle.aligned ? rowStyle.indent : colStyle.aligned ? colStyle.indent : undefined;
      }
      out.push(cellInput(value, format, indent));
    }
    cells[r - top] = out;
  }
  return { sheet: name, originRow: top, originCol: left, cells, merges, hiddenRows };
}

/**
 * gridOfRecords for a part whose cells come in order (every sheet Excel and the usual writers save):
 * the same grid, read off the flat lists a row at a time.
 */
function gridOfOrderedCells(
  name: string,
  read: ReadCells,
  columns: ReadonlyArray<{ min: number; max: number; style: number }>,
  mergeRanges: readonly string[],
  styles: readonly CellStyle[],
): Grid {
  const { fileMerges, tail } = mergesOf(mergeRanges);
  const { rows, cols, values } = read;
  const stored = rows.length;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let k = 0; k < stored; k++) {
    const r = rows[k] ?? 0;
    const c = cols[k] ?? 0;
    if (values[k] === null || tail(r, c)) continue;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  if (bottom < 0) return { sheet: name, originRow: 0, originCol: 0, cells: [], merges: [] };
  const used = { top, left, bottom, right };
  const sparse = !denseFits(used, stored);
  const missing = missingCellLook(columns, styles);
  const cells: CellInput[][] = sparse ? new Array<CellInput[]>(bottom - top + 1) : [];
  const hiddenRows: number[] = [];
  let k = 0;
  for (let r = top; r <= bottom; r++) {
    while (k < stored && (rows[k] ?? 0) < r) k++;
    const start = k;
    while (k < stored && rows[k] === r) k++;
    const look = read.rowLooks.size > 0 ? read.rowLooks.get(r) : undefined;
    if (look?.hidden) hiddenRows.push(r);
    let end = right;
    if (sparse) {
      end = left - 1;
      for (let j = start; j < k; j++) {
        const c = cols[j] ?? 0;
        if (c <= right && c > end) end = c;
      }
      if (end < left) {
        cells[r - top] = EMPTY_ROW;
        continue;
      }
    }
    const rowStyle = (look?.style ? styles[look.style] : undefined) ?? {};
    const out: CellInput[] = [];
    let j = start;
    for (let c = left; c <= end; c++) {
      while (j < k && (cols[j] ?? 0) < c) j++;
      if (j < k && cols[j] === c) {
        const style = read.styles[j] ?? 0;
        const own = style ? styles[style] : undefined;
        out.push(cellInput(tail(r, c) ? null : (values[j] ?? null), own?.format, own?.indent));
      } else {
        const colStyle = missing(c);
        const indent = rowStyle.aligned ? rowStyle.indent : colStyle.aligned ? colStyle.indent : undefined;
        out.push(cellInput(null, rowStyle.format || colStyle.format, indent));
      }
    }
    cells[r - top] = out;
  }
  return { sheet: name, originRow: top, originCol: left, cells, merges: clippedMerges(fileMerges, used), hiddenRows };
}

/** A column's style, asked of each column a cell is missing from: found once per column. */
function missingCellLook(
  columns: ReadonlyArray<{ min: number; max: number; style: number }>,
  styles: readonly CellStyle[],
): (c: number) => CellStyle {
  const known = new Map<number, CellStyle>();
  return (c) => {
    let style = known.get(c);
    if (style === undefined) {
      const column = columns.find((x) => x.min <= c && c <= x.max);
      known.set(c, (style = (column?.style ? styles[column.style] : undefined) ?? {}));
    }
    return style;
  };
}

/** Written out rather than spread in: one literal per shape is much cheaper per cell. */
function cellInput(value: RawValue, format: string | undefined, indent: number | undefined): CellInput {
  return format ? (indent ? { value, format, indent } : { value, format }) : indent ? { value, indent } : { value };
}

/** A row of a sparse grid that holds no cell. */
const EMPTY_ROW: CellInput[] = Object.freeze([]) as unknown as CellInput[];

/**
 * Whether the used range is built cell by cell (every position an object, as exceljs gives it):
 * only where it is not much larger than the cells the file stores, so memory follows the cells.
 */
export function denseFits(used: Area, stored: number): boolean {
  const area = (used.bottom - used.top + 1) * (used.right - used.left + 1);
  return area <= 2 * stored + 100_000;
}

/** The file's merged areas that meet the used range, clipped to it. */
export function clippedMerges(merges: readonly Area[], used: Area): Area[] {
  const out: Area[] = [];
  for (const area of merges) {
    const inside = clipArea(area, used);
    if (inside !== null) out.push(inside);
  }
  return out;
}
