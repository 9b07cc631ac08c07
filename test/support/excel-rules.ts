/**
 * What Excel enforces and office-addin-mock does not, as plain functions the stricter double
 * (office-mock.ts) calls when a batch is synced. Each rule cites the reference text it models;
 * where the reference is silent, the comment says so and what the rule is based on instead.
 */
import { parseAddress } from "../../src/core";
import { officeTypesSource } from "./office-types-source";

/**
 * An OfficeExtension.Error as Excel reports it: `code` is one of Excel.ErrorCodes.
 * learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling:
 * "code: The code property of an error message contains a string that is part of
 * OfficeExtension.ErrorCodes or {application}.ErrorCodes".
 */
export class OfficeErrorDouble extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation = "",
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

/**
 * learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins:
 * "Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error will
 * be triggered if this limit is exceeded."
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** JSON size in UTF-8, as the request or response would carry it (Buffer in Node, TextEncoder in the page). */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  return typeof Buffer === "undefined" ? new TextEncoder().encode(json).length : Buffer.byteLength(json, "utf8");
}

/**
 * learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-name-member:
 * "The set name of the table must follow the guidelines specified in the Rename an Excel table
 * article" — which says: start with a letter, underscore or backslash; letters, numbers, periods
 * and underscores after; no spaces; at most 255 characters; not a cell reference (A1, R1C1);
 * "C", "c", "R", "r" are not allowed; and "Names must be unique" in the workbook (table names
 * share the namespace of defined names).
 */
export function tableNameProblem(name: string, taken: Iterable<string>): string | null {
  if (name.length === 0 || name.length > 255) return "a table name has 1 to 255 characters";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return `"${name}" is not a valid table name`;
  if (/^[rc]$/i.test(name)) return `"${name}" is reserved`;
  if (parseAddress(name) !== null || /^R\d*C\d*$/i.test(name)) return `"${name}" looks like a cell reference`;
  for (const other of taken) if (other.toLowerCase() === name.toLowerCase()) return `"${name}" is already in use`;
  return null;
}

/**
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member (and
 * formulas, numberFormat): the properties are `any[][]`, one entry per cell; the VBA reference
 * (excel.range.formula) says "you can set the formula to a Visual Basic array of the same
 * dimensions". office.js refuses an array of another shape with InvalidArgument ("The number of
 * rows or columns in the input array doesn't match the size or dimensions of the range"). A single
 * value (not an array) is applied to every cell.
 */
export function shapeProblem(value: unknown, rows: number, columns: number): string | null {
  if (!Array.isArray(value)) return null;
  const ok = value.length === rows && value.every((row) => Array.isArray(row) && row.length === columns);
  return ok ? null : `an array of ${rows}×${columns} was expected`;
}

/** The value a cell holds after a string is written to it, and whether it is a formula. */
export interface StoredCell {
  readonly value: string | number | boolean | null;
  readonly formula?: string;
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/;
const DATE = /^(\d{1,4})[/-](\d{1,2})([/-](\d{1,4}))?$/;
const TIME = /^\d{1,2}:\d{2}(:\d{2})?$/;

/**
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member: "If the
 * returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this
 * value as a formula." And, as typing does, a string that reads as a number, a date or time, a
 * percentage or TRUE/FALSE is stored as that (the VBA reference, excel.range.formula: "If you set
 * the value or formula of a cell to a date, Microsoft Excel verifies that cell is already formatted
 * with one of the date or time number formats"). Text stays text only in a cell formatted "@" or
 * when written with a leading apostrophe (which Excel keeps as the cell's prefix, not its value).
 * Full-width digits (１０４) are read as numbers by CJK Excel, so they are here too.
 */
export function storedOf(written: unknown, numberFormat: string | undefined): StoredCell {
  if (typeof written !== "string") return { value: (written as number | boolean | null) ?? null };
  if (written.startsWith("'")) return { value: written.slice(1) };
  if (numberFormat === "@") return { value: written };
  if (/^[=+-]/.test(written) && !NUMBER.test(written)) return { value: null, formula: written };
  const text = written.replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10)).trim();
  if (text === "") return { value: written };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === "true" };
  if (NUMBER.test(text) && /\d/.test(text)) {
    const n = Number(text.replace(/[,%]/g, ""));
    return { value: text.endsWith("%") ? n / 100 : n };
  }
  const date = DATE.exec(text);
  if (date) return { value: serialOf(Number(date[1]), Number(date[2]), date[4] === undefined ? 1 : Number(date[4])) };
  if (TIME.test(text)) return { value: 0.5 };
  return { value: written };
}

/** A date serial, near enough: the double only needs "a number, not the text". */
function serialOf(a: number, b: number, c: number): number {
  return Math.round((Date.UTC(a > 31 ? a : 2026, b - 1, c) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "E16:E20" or "$E$16" → an area; null for anything else. */
export function areaOf(address: string): Area | null {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const [from = "", to = from] = local.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return null;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/**
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-conditionalformats-member:
 * "The collection of ConditionalFormats that intersect the range."
 */
export function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * The members of an office.js enum (Excel.ChartType, ChartLineStyle, …) as the API reference lists
 * them, read from its typed copy in @types/office-js: a value outside the enum is refused with
 * InvalidArgument, as Excel refuses it.
 */
let typesSource: string | null = null;

export function enumValues(name: string): Set<string> {
  typesSource ??= officeTypesSource();
  const source = typesSource;
  const start = source.indexOf(`    enum ${name} {`);
  if (start < 0) throw new Error(`no enum ${name} in @types/office-js`);
  const body = source.slice(start, source.indexOf("\n    }", start));
  return new Set([...body.matchAll(/=\s*"([^"]+)"/g)].map((m) => m[1]!));
}

/**
 * The ExcelApi minor version a chart or page-break member needs, from its "[Api set: ExcelApi 1.x]"
 * remark in the reference (excel.chartcollection add: 1.1; excel.chartseriescollection add: 1.7;
 * excel.chartseries setValues, setXAxisValues, chartType, markerStyle: 1.7; excel.chartlineformat
 * lineStyle: 1.7; excel.chart plotVisibleOnly: 1.8; excel.chartaxis numberFormat: 1.8;
 * excel.pagebreakcollection add: 1.9). A host without it fails the request with ApiNotFound
 * (Excel.ErrorCodes: "The API you are trying to use could not be found").
 */
const API_MINOR: ReadonlyArray<readonly [RegExp, number]> = [
  [/\.series\.add$/, 7],
  [/\.(setValues|setXAxisValues)$/, 7],
  [/\.series\.(add|getItemAt)\(\)\.(chartType|markerStyle)$/, 7],
  [/\.line\.lineStyle$/, 7],
  [/(^|\.)charts\.add\(\)\.plotVisibleOnly$/, 8],
  [/Axis\.numberFormat$/, 8],
  [/(^|\.)horizontalPageBreaks\.add$/, 9],
];

export function apiMinorOf(path: string): number {
  return Math.max(1, ...API_MINOR.filter(([pattern]) => pattern.test(path)).map(([, minor]) => minor));
}

const ENUM_OF: ReadonlyArray<readonly [RegExp, string]> = [
  [/\.series\.(add|getItemAt)\(\)\.chartType$/, "ChartType"],
  [/\.series\.(add|getItemAt)\(\)\.markerStyle$/, "ChartMarkerStyle"],
  [/\.line\.lineStyle$/, "ChartLineStyle"],
  [/\.legend\.position$/, "ChartLegendPosition"],
];

/**
 * learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1):
 * add(type: Excel.ChartType, sourceData: Range, seriesBy?: Excel.ChartSeriesBy); setValues and
 * setXAxisValues take "The Range object corresponding to the source data"; setPosition takes a start
 * cell and an end cell (a Range or an address). `range` says whether an argument is a Range of the
 * sheet (the double's recorder path), `sheet` the sheet written.
 */
export function chartProblem(
  rest: string,
  op: "set" | "call",
  value: unknown,
  isRange: (arg: unknown) => boolean,
): string | null {
  const args = Array.isArray(value) ? (value as unknown[]) : [];
  if (op === "call" && rest === "charts.add") {
    const [type, source, seriesBy] = args;
    if (!enumValues("ChartType").has(String(type)) || type === "Invalid") return `"${String(type)}" is not a ChartType`;
    if (!isRange(source)) return "sourceData must be a Range";
    if (seriesBy !== undefined && (typeof seriesBy !== "string" || !enumValues("ChartSeriesBy").has(seriesBy)))
      return `"${JSON.stringify(seriesBy)}" is not a ChartSeriesBy`;
  }
  if (op === "call" && /\.(setValues|setXAxisValues)$/.test(rest) && !isRange(args[0]))
    return "sourceData must be a Range";
  if (op === "call" && /\.setPosition$/.test(rest)) {
    const [start, end] = args;
    if (typeof start !== "string" || areaOf(start) === null) return "startCell must be a cell";
    if (end !== undefined && (typeof end !== "string" || areaOf(end) === null)) return "endCell must be a cell";
  }
  if (op === "set")
    for (const [pattern, name] of ENUM_OF)
      if (pattern.test(rest) && !enumValues(name).has(String(value))) return `"${String(value)}" is not a ${name}`;
  return null;
}
