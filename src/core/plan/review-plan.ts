import type { WorkbookReport } from "../analysis/analyze-workbook";
import type { Finding } from "../findings";
import type { ReportLanguage } from "./report-strings";
import { fittedWidths } from "./widths";
import {
  BLANK,
  FINDINGS_MARKER,
  formula,
  NOTE_TAG,
  num,
  text,
  type NotePlan,
  type PlanCell,
  type WritePlan,
} from "./write-plan";

const STRINGS = {
  "zh-TW": {
    sheetName: "檢核結果",
    title: "檢核結果（由績效指標助手產生；重新檢核時會更新）",
    headers: ["代碼", "嚴重度", "工作表", "儲存格", "說明", "Description", "計算值"],
    none: "沒有檢核發現",
    severity: { error: "錯誤", warning: "注意", info: "參考" },
  },
  en: {
    sheetName: "Review findings",
    title: "Review findings (made by the Indicators add-in; replaced when review runs again)",
    headers: ["Code", "Severity", "Sheet", "Cell", "說明", "Description", "Computed"],
    none: "No findings",
    severity: { error: "Error", warning: "Warning", info: "Info" },
  },
} as const;

/** One note per cell, however many findings it has: a cell holds one note (one comment thread). */
export function notesFor(findings: readonly Finding[]): NotePlan[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.cell === null) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    const group = byCell.get(key);
    if (group) group.push(f);
    else byCell.set(key, [f]);
  }
  return [...byCell.values()].map((group) => {
    const first = group[0];
    const lines = group.map((f) => `[${f.code}] ${f.message}\n${f.messageEn}`);
    return { sheet: first?.sheet ?? "", cell: first?.cell ?? "", text: `${NOTE_TAG}\n${lines.join("\n\n")}` };
  });
}

function linkTo(sheet: string, cell: string): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!${cell}`.replace(/"/g, '""');
  return `HYPERLINK("${target}","${cell}")`;
}

/** Findings as notes on the cells, and a findings sheet (檢核結果) with a link to each cell. */
export function buildReviewPlan(report: WorkbookReport, language: ReportLanguage = "zh-TW"): WritePlan {
  const s = STRINGS[language];
  const rows: PlanCell[][] = report.findings.map((f) => [
    text(f.code),
    text(s.severity[f.severity]),
    text(f.sheet),
    f.cell === null ? BLANK : formula(linkTo(f.sheet, f.cell)),
    text(f.message),
    text(f.messageEn),
    f.value === undefined ? BLANK : num(f.value),
  ]);
  if (rows.length === 0) rows.push([text(s.none), BLANK, BLANK, BLANK, BLANK, BLANK, BLANK]);
  const header = s.headers.map(text);
  return {
    sheets: [
      {
        name: s.sheetName,
        role: "findings",
        marker: FINDINGS_MARKER,
        ranges: [
          { row: 0, col: 0, cells: [[text(s.title)]] },
          { row: 2, col: 0, cells: [header, ...rows] },
        ],
        columnFormulas: [],
        columnFormats: [],
        tables: [
          {
            name: "ReviewFindings",
            top: 2,
            left: 0,
            bottom: 2 + rows.length,
            right: header.length - 1,
            style: "TableStyleMedium3",
          },
        ],
        freezeRows: 3,
        columnWidths: fittedWidths([header, ...rows], 50),
      },
    ],
    conditionalFormats: [],
    notes: notesFor(report.findings),
  };
}
