import { parseXml } from "./xml";

/** Number formats built into Excel that exceljs names (ids without a code are left unnamed). */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** What the grid takes from a cell style: its number format and indent. */
export interface CellStyle {
  readonly format?: string;
  readonly indent?: number;
  /** The style has an <alignment> with any setting: a row's alignment then wins over its column's. */
  readonly aligned?: boolean;
}

const ALIGNMENT_SETTINGS = [
  "horizontal",
  "vertical",
  "wrapText",
  "shrinkToFit",
  "indent",
  "textRotation",
  "readingOrder",
];

/** cellXfs by index; as exceljs: numFmtId 0 gives no format, a custom code loses its backslashes. */
export function parseStyles(xml: string | null): CellStyle[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const styles: CellStyle[] = [];
  let inCellXfs = false;
  let current: { format?: string; indent?: number; aligned?: boolean } | null = null;
  parseXml(xml, {
    open(name, a) {
      if (name === "numFmt" && a.numFmtId !== undefined && a.formatCode !== undefined)
        custom.set(parseInt(a.numFmtId, 10), a.formatCode.replace(/[\\](.)/g, "$1"));
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = parseInt(a.numFmtId ?? "", 10);
        const format = id ? (custom.get(id) ?? BUILT_IN_FORMATS[id]) : undefined;
        current = format ? { format } : {};
      } else if (name === "alignment" && current !== null) {
        if (a.indent) current.indent = parseInt(a.indent, 10);
        if (ALIGNMENT_SETTINGS.some((key) => a[key])) current.aligned = true;
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
      else if (name === "xf" && current !== null) {
        styles.push(current);
        current = null;
      }
    },
  });
  return styles;
}

/** _xHHHH_ escapes in <t>, decoded as exceljs's text reader does. */
function unescapeText(text: string): string {
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Shared strings as the engine sees them: a plain <t> as text, rich runs joined, phonetic runs
 * left out; an <si> with neither is null (exceljs gives an empty object, which shows nothing).
 */
export interface SharedStrings {
  readonly texts: ReadonlyArray<string | null>;
  /** Indices of rich-text strings (exceljs gives their runs, not a string, behind a hyperlink). */
  readonly rich: ReadonlySet<number>;
}

/** Excel's own limit on a cell's text: a string past it is no cell Excel could hold. */
const EXCEL_CELL_TEXT = 32_767;

/**
 * A string read for analysis, cut at Excel's limit with "…": the reader never carries megabytes of
 * one cell through the analysis (the user's part is written back as it was, never from this).
 */
function withinExcel(text: string | null): string | null {
  return text !== null && text.length > EXCEL_CELL_TEXT ? `${text.slice(0, EXCEL_CELL_TEXT - 1)}…` : text;
}

export function parseSharedStrings(xml: string | null): SharedStrings {
  const out: Array<string | null> = [];
  const rich = new Set<number>();
  if (xml === null) return { texts: out, rich };
  let plain: string | null = null;
  let runs: string[] | null = null;
  let depth: "none" | "t" | "r" | "rt" | "rPh" = "none";
  let buffer = "";
  parseXml(xml, {
    open(name) {
      if (name === "si") {
        plain = null;
        runs = null;
      } else if (depth === "rPh") return;
      else if (name === "rPh") depth = "rPh";
      else if (name === "r") depth = "r";
      else if (name === "t") {
        depth = depth === "r" ? "rt" : "t";
        buffer = "";
      }
    },
    text(text) {
      if (depth === "t" || depth === "rt") buffer += text;
    },
    close(name) {
      if (name === "rPh" && depth === "rPh") depth = "none";
      else if (depth === "rPh") return;
      else if (name === "t" && depth === "t") {
        plain = unescapeText(buffer);
        depth = "none";
      } else if (name === "t" && depth === "rt") {
        (runs ??= []).push(unescapeText(buffer));
        depth = "r";
      } else if (name === "r") depth = "none";
      else if (name === "si") {
        if (runs !== null) rich.add(out.length);
        out.push(withinExcel(runs !== null ? runs.join("") : plain));
      }
    },
  });
  return { texts: out, rich };
}

export interface BookSheet {
  readonly name: string;
  readonly part: string;
}

export interface BookInfo {
  readonly sheets: BookSheet[];
  readonly date1904: boolean;
  /** Defined name → its first range as written ('Sheet'!$A$1). */
  readonly names: Map<string, string>;
}

/** Relationship id → target part, resolved against the folder of the part that owns them. */
export function parseRels(xml: string | null, folder: string): Map<string, { target: string; type: string }> {
  const out = new Map<string, { target: string; type: string }>();
  if (xml === null) return out;
  parseXml(xml, {
    open(name, a) {
      if (name !== "Relationship" || a.Id === undefined || a.Target === undefined) return;
      const external = a.TargetMode === "External";
      out.set(a.Id, { target: external ? a.Target : resolvePart(folder, a.Target), type: a.Type ?? "" });
    },
  });
  return out;
}

function resolvePart(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : `${folder}/${target}`).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

/** The first range of a defined name's text (ranges are comma-separated; quotes may hold commas). */
function firstRange(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (text[i] === "," && !quoted) return text.slice(0, i);
  }
  return text;
}

export function parseWorkbook(xml: string, rels: Map<string, { target: string; type: string }>): BookInfo {
  const sheets: BookSheet[] = [];
  const names = new Map<string, string>();
  let date1904 = false;
  let definedName: string | null = null;
  let text = "";
  parseXml(xml, {
    open(name, a) {
      if (name === "sheet") {
        const rel = rels.get(a["r:id"] ?? "");
        if (rel !== undefined && a.name !== undefined && /\/worksheet$/.test(rel.type))
          sheets.push({ name: a.name, part: rel.target });
      } else if (name === "workbookPr") date1904 = a.date1904 === "1";
      else if (name === "definedName") {
        definedName = a.name ?? null;
        text = "";
      }
    },
    text(t) {
      if (definedName !== null) text += t;
    },
    close(name) {
      if (name === "definedName" && definedName !== null) {
        if (!names.has(definedName)) names.set(definedName, firstRange(text));
        definedName = null;
      }
    },
  });
  return { sheets, date1904, names };
}
