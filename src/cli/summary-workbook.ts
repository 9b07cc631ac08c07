import { basename } from "node:path";
import {
  BLANK,
  columnName,
  formula,
  num,
  text,
  type FindingCode,
  type PlanCell,
  type PrintPlan,
  type ReportLanguage,
  type SheetPlan,
  type StyleRange,
} from "../core";
import { applyPlanToPackage } from "../xlsx/direct/apply-direct";
import { newWorkbookPackage, withSheetSetup } from "../xlsx/direct/new-package";
import { NODE_CODEC } from "../xlsx/read-file";
import { XlsxWorkbook } from "../xlsx/xlsx-workbook";
import type { TaskResult } from "./task";
import { findingKind, joinList, translate, translateList, type MessageKey } from "../messages";

/** The consolidated review's words in one language, from the catalog. */
function wordsOf(language: ReportLanguage) {
  const t = (key: MessageKey) => translate(language, key);
  return {
    summary: t("summary.sheet"),
    title: (files: number, failed: number) =>
      translate(language, "summary.title", {
        files: String(files),
        hasFailed: failed > 0 ? "yes" : "no",
        failed: String(failed),
      }),
    head: translateList(language, "summary.head"),
    link: t("summary.link"),
    reason: t("summary.reason"),
    back: t("summary.back"),
    findingsHead: translateList(language, "summary.findingsHead"),
    none: t("summary.none"),
  };
}

/** Excel's rules for a sheet name: 31 characters, none of []:*?/\, unique ignoring case. */
function sheetNameFor(file: string, taken: Set<string>): string {
  const stem =
    basename(file)
      .replace(/\.[^.]+$/, "")
      .replace(/[[\]:*?/\\]/g, "_")
      .replace(/^'|'$/g, "_") || "_";
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = stem.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** A link to a sheet of this workbook, as a HYPERLINK formula with its text as the cached value. */
function link(sheet: string, text: string): PlanCell {
  const target = `#'${sheet.replace(/'/g, "''")}'!A1`;
  return formula(`HYPERLINK("${target.replace(/"/g, '""')}","${text.replace(/"/g, '""')}")`, text);
}

const BORDER = "8EA9DB";
/** A header row as the product's tables look (sheet-styles.ts): filled, white bold, centred, wrapped, lined. */
function headerLook(row: number, columns: number): StyleRange {
  return {
    fromRow: row,
    toRow: row,
    fromCol: 0,
    toCol: columns - 1,
    style: {
      bold: true,
      fontColor: "FFFFFF",
      fill: "4472C4",
      horizontal: "center",
      vertical: "center",
      wrap: true,
      border: BORDER,
    },
  };
}

/** A cell's look, on one cell. */
function at(row: number, col: number, style: StyleRange["style"]): StyleRange {
  return { fromRow: row, toRow: row, fromCol: col, toCol: col, style };
}

/** Column characters a landscape A4 page holds at 60% of full size (150 at full size). */
const PAGE_WIDTH = 250;

/**
 * Landscape A4 with the header row on every page, the sheet's name, page and date in the footer;
 * how many pages wide is set after (withSheetSetup), from the columns' widths.
 */
function printPlan(headerRow: number): PrintPlan {
  return {
    landscape: true,
    fitToWidth: true,
    titleRows: { from: headerRow, to: headerRow },
    footer: { left: "&A", center: "&P / &N", right: "&D" },
  };
}

function cellOf(value: string | number | null | undefined): PlanCell {
  if (value === null || value === undefined) return BLANK;
  return typeof value === "number" ? num(value) : text(value);
}

/** A file's sheet of findings: a link back, the file, its title, and a row per finding. */
function detailsPlan(sheet: string, result: TaskResult, language: ReportLanguage): SheetPlan {
  const w = wordsOf(language);
  const s = result.summary;
  const findings = s?.findings ?? [];
  const rows: PlanCell[][] = [
    [link(w.summary, w.back)],
    [text(result.file)],
    [cellOf(s?.title)],
    w.findingsHead.map((h) => text(h)),
    ...findings.map((f) => [text(f.sheet), cellOf(f.cell), text(findingKind(f, language)), text(f.text)]),
  ];
  if (findings.length === 0) rows.push([text(w.none)]);
  return {
    name: sheet,
    role: "findings",
    marker: "",
    ranges: [{ row: 0, col: 0, cells: rows }],
    columnFormulas: [],
    columnFormats: [],
    tables: [],
    freezeRows: 4,
    columnWidths: [18, 10, 26, 90],
    wrapColumns: [3],
    print: printPlan(3),
    styles: [headerLook(3, w.findingsHead.length), at(0, 0, { fontColor: "0563C1" })],
  };
}

/** The consolidated review: a summary table with a row per file (its reason where unreadable) and a sheet of findings per file. */
export function buildSummaryWorkbook(results: readonly TaskResult[], language: ReportLanguage): Promise<XlsxWorkbook> {
  const w = wordsOf(language);
  const taken = new Set([w.summary.toLowerCase()]);
  const codes = [...new Set(results.flatMap((r) => Object.keys(r.summary?.byCode ?? {})))].sort() as FindingCode[];
  const failed = results.filter((r) => r.error).length;
  // A column per kind of finding, named in words (no raw codes in what people read).
  const head = [...w.head, ...codes.map((code) => findingKind({ code }, language)), w.link, w.reason];
  const rows: PlanCell[][] = [[text(w.title(results.length, failed))], [], head.map((h) => text(h))];
  const styles: StyleRange[] = [at(0, 0, { bold: true, fontSize: 14 }), headerLook(2, head.length)];
  const details: SheetPlan[] = [];
  results.forEach((result, i) => {
    const s = result.summary;
    const r = 3 + i;
    if (!s) {
      rows.push([
        text(result.file),
        ...Array<PlanCell>(head.length - 2).fill(BLANK),
        text(result.error?.message ?? ""),
      ]);
      styles.push(at(r, head.length - 1, { fontColor: "C00000" }));
      return;
    }
    const sheet = sheetNameFor(result.file, taken);
    rows.push([
      text(result.file),
      text(s.title),
      text(joinList(language, s.sheets)),
      cellOf(s.period),
      num(s.indicators),
      num(s.lights.green),
      num(s.lights.yellow),
      num(s.lights.red),
      num(s.lights.white),
      cellOf(s.shareMet),
      num(s.findings.length),
      ...codes.map((c) => num(s.byCode[c] ?? 0)),
      link(sheet, w.link),
    ]);
    styles.push(at(r, head.length - 2, { fontColor: "0563C1" }));
    details.push(detailsPlan(sheet, result, language));
  });
  const last = 2 + results.length;
  const widths = head.map((_, k) => (k === 0 ? 36 : k === 1 ? 32 : k === head.length - 1 ? 40 : 10));
  // Counts with thousands separators, the share met as a percentage.
  const counts = head.map((_, k) => k).filter((k) => k >= 4 && k <= head.length - 3);
  const summary: SheetPlan = {
    name: w.summary,
    role: "report",
    marker: "",
    ranges: [{ row: 0, col: 0, cells: rows }],
    columnFormulas: [],
    columnFormats:
      results.length === 0
        ? []
        : counts.map((col) => ({ col, fromRow: 3, toRow: last, numberFormat: col === 9 ? "0.00%" : "#,##0" })),
    tables: [],
    freezeRows: 3,
    columnWidths: widths,
    // Long texts wrap in their columns (their rows get the height the lines need).
    wrapColumns: [0, 1, head.length - 1],
    print: printPlan(2),
    activate: true,
    styles,
  };
  return writeSummary([summary, ...details], {
    sheet: w.summary,
    autoFilter: `A3:${columnName(head.length - 1)}${last + 1}`,
    pagesWide: Math.max(1, Math.ceil(widths.reduce((a, b) => a + b, 0) / PAGE_WIDTH)),
  });
}

/** The plan written into a new package by the package writer, with the summary's autofilter and print width. */
async function writeSummary(
  sheets: readonly SheetPlan[],
  setup: { sheet: string; autoFilter: string; pagesWide: number },
): Promise<XlsxWorkbook> {
  const blank = newWorkbookPackage(NODE_CODEC);
  const { bytes } = applyPlanToPackage(blank, NODE_CODEC, { sheets, conditionalFormats: [] });
  const out = withSheetSetup(bytes, NODE_CODEC, setup.sheet, setup);
  return XlsxWorkbook.fromBuffer(out, "summary.xlsx", NODE_CODEC);
}
