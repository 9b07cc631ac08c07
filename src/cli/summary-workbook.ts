import { basename } from "node:path";
import ExcelJS from "exceljs";
import { wrappedLines, type FindingCode, type ReportLanguage } from "../core";
import { XlsxWorkbook } from "../xlsx/xlsx-workbook";
import type { TaskResult } from "./task";
import { findingKind } from "../messages";

const WORDS = {
  "zh-TW": {
    summary: "彙整",
    title: (files: number, failed: number) =>
      `績效指標檢核彙整：${files} 個檔案${failed > 0 ? `，${failed} 個無法讀取` : ""}`,
    head: [
      "檔案",
      "機關／標題",
      "工作表",
      "期別",
      "指標數",
      "★ 達成",
      "▲ 接近",
      "● 落後",
      "□ 無法計算",
      "達成比率",
      "檢核發現",
    ],
    link: "明細",
    reason: "無法讀取之原因",
    back: "← 回彙整",
    findingsHead: ["工作表", "儲存格", "類別", "說明"],
    none: "無檢核發現。",
  },
  en: {
    summary: "Summary",
    title: (files: number, failed: number) =>
      `Indicator review summary: ${files} files${failed > 0 ? `, ${failed} unreadable` : ""}`,
    head: [
      "File",
      "Agency / title",
      "Sheets",
      "Period",
      "Indicators",
      "★ met",
      "▲ near",
      "● behind",
      "□ not computable",
      "Share met",
      "Findings",
    ],
    link: "Details",
    reason: "Why it could not be read",
    back: "← Summary",
    findingsHead: ["Sheet", "Cell", "Kind", "Finding"],
    none: "No findings.",
  },
} as const;

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

function link(sheet: string, text: string): ExcelJS.CellFormulaValue {
  const target = `#'${sheet.replace(/'/g, "''")}'!A1`;
  return { formula: `HYPERLINK("${target.replace(/"/g, '""')}","${text.replace(/"/g, '""')}")`, result: text };
}

/** A header row as the product's tables look (sheet-styles.ts): filled, white bold, centred, wrapped, lined. */
function headerLook(row: ExcelJS.Row, columns: number): void {
  const side: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF8EA9DB" } };
  for (let c = 1; c <= columns; c++) {
    row.getCell(c).style = {
      font: { bold: true, color: { argb: "FFFFFFFF" } },
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FF4472C4" } },
      alignment: { horizontal: "center", vertical: "middle", wrapText: true },
      border: { top: side, left: side, bottom: side, right: side },
    };
  }
  row.height = 32;
}

/**
 * Landscape A4 with the header row on every page, on as few pages across as the columns allow: one
 * page while the columns print at 60% of their size or more (about 7 pt), more pages across after that.
 */
function printSetup(sheet: ExcelJS.Worksheet, headerRow: number, widths: readonly number[]): void {
  const total = widths.reduce((a, b) => a + b, 0);
  sheet.pageSetup = {
    ...sheet.pageSetup,
    // A4 (9); exceljs declares its paper sizes as an enum it does not export at run time.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: Math.max(1, Math.ceil(total / PAGE_WIDTH)),
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: "&L&A&C&P / &N&R&D" };
}

/** Column characters a landscape A4 page holds at 60% of full size (150 at full size). */
const PAGE_WIDTH = 250;

/** The consolidated review: a summary table with a row per file (its reason where unreadable) and a sheet of findings per file. */
export function buildSummaryWorkbook(results: readonly TaskResult[], language: ReportLanguage): XlsxWorkbook {
  const w = WORDS[language];
  const book = new ExcelJS.Workbook();
  const summary = book.addWorksheet(w.summary, { views: [{ state: "frozen", ySplit: 3 }] });
  const taken = new Set([w.summary.toLowerCase()]);
  const codes = [...new Set(results.flatMap((r) => Object.keys(r.summary?.byCode ?? {})))].sort() as FindingCode[];
  const failed = results.filter((r) => r.error).length;
  summary.getCell("A1").value = w.title(results.length, failed);
  summary.getCell("A1").font = { bold: true, size: 14 };
  // A column per kind of finding, named in words (no raw codes in what people read).
  const head = [...w.head, ...codes.map((code) => findingKind({ code }, language)), w.link, w.reason];
  summary.getRow(3).values = head;
  headerLook(summary.getRow(3), head.length);
  results.forEach((result, i) => {
    const row = summary.getRow(4 + i);
    const s = result.summary;
    if (!s) {
      row.values = [result.file, ...Array<null>(head.length - 2).fill(null), result.error?.message ?? ""];
      row.getCell(head.length).font = { color: { argb: "FFC00000" } };
      return;
    }
    const sheet = sheetNameFor(result.file, taken);
    row.values = [
      result.file,
      s.title,
      s.sheets.join(language === "zh-TW" ? "、" : ", "),
      s.period,
      s.indicators,
      s.lights.green,
      s.lights.yellow,
      s.lights.red,
      s.lights.white,
      s.shareMet,
      s.findings.length,
      ...codes.map((c) => s.byCode[c] ?? 0),
    ];
    row.getCell(head.length - 1).value = link(sheet, w.link);
    row.getCell(head.length - 1).font = { color: { argb: "FF0563C1" }, underline: true };
    const details = book.addWorksheet(sheet, { views: [{ state: "frozen", ySplit: 4 }] });
    details.getCell("A1").value = link(w.summary, w.back);
    details.getCell("A2").value = result.file;
    details.getCell("A3").value = s.title;
    details.getRow(4).values = [...w.findingsHead];
    headerLook(details.getRow(4), w.findingsHead.length);
    s.findings.forEach((f, k) => {
      details.getRow(5 + k).values = [f.sheet, f.cell, findingKind(f, language), f.text];
    });
    if (s.findings.length === 0) details.getCell("A5").value = w.none;
    details.columns.forEach((c, k) => (c.width = [18, 10, 26, 90][k] ?? 12));
    details.getColumn(4).alignment = { wrapText: true, vertical: "top" };
    printSetup(details, 4, [18, 10, 26, 90]);
  });
  summary.getColumn(10).numFmt = "0.00%";
  summary.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + results.length, column: head.length } };
  const widths = head.map((_, k) => (k === 0 ? 36 : k === 1 ? 32 : k === head.length - 1 ? 40 : 10));
  summary.columns.forEach((c, k) => (c.width = widths[k] ?? 10));
  // Long texts wrap in their columns; counts with thousands separators.
  for (const k of [1, 2, head.length]) summary.getColumn(k).alignment = { wrapText: true, vertical: "top" };
  for (let k = 5; k <= head.length - 2; k++) if (k !== 10) summary.getColumn(k).numFmt = "#,##0";
  // A file carries row heights (no host fits them on opening): the wrapped lines counted, as the plans' writers do.
  summary.eachRow((row, r) => {
    if (r <= 3) return;
    const lines = Math.max(
      1,
      ...[1, 2, head.length].map((k) => {
        const value = row.getCell(k).value;
        return typeof value === "string" ? wrappedLines(value, widths[k - 1] ?? 10) : 1;
      }),
    );
    if (lines > 1) row.height = lines * 15;
  });
  printSetup(summary, 3, widths);
  return XlsxWorkbook.wrap(book);
}
