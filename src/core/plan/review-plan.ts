import type { WorkbookReport } from "../analysis/analyze-workbook";
import type { Finding, FindingCode } from "../findings";
import type { ReviewStrings } from "./report-strings";
import { TITLE_STYLE } from "./sheet-styles";
import { fittedWidths } from "./widths";
import {
  BLANK,
  FINDINGS_MARKER,
  footerText,
  formula,
  num,
  text,
  type NotePlan,
  type ColumnFormat,
  type PlanCell,
  type WritePlan,
} from "./write-plan";

/** One note per cell, however many findings it has: a cell holds one note (one comment thread). */
export function notesFor(findings: readonly Finding[], s: ReviewStrings): NotePlan[] {
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
    const lines = group.map((f) => s.noteLine(f));
    return { sheet: first?.sheet ?? "", cell: first?.cell ?? "", text: `${s.noteTag}\n${lines.join("\n\n")}` };
  });
}

const RATIO_FINDINGS: ReadonlySet<FindingCode> = new Set(["REPORTED_MISMATCH", "READING_UNCERTAIN"]);

function valueFormat(f: Finding): string {
  if (RATIO_FINDINGS.has(f.code)) return "#,##0.00%";
  return Number.isInteger(f.value) ? "#,##0" : "#,##0.00";
}

function linkTo(sheet: string, cell: string): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!${cell}`.replace(/"/g, '""');
  return `HYPERLINK("${target}","${cell}")`;
}

/** Findings as notes on the cells, and a findings sheet (檢核結果) with a link to each cell. */
export function buildReviewPlan(report: WorkbookReport, s: ReviewStrings): WritePlan {
  const rows: PlanCell[][] = report.findings.map((f) => [
    text(s.kind(f)),
    text(s.severity(f.severity)),
    text(f.sheet),
    f.cell === null ? BLANK : formula(linkTo(f.sheet, f.cell), f.cell),
    text(s.message(f)),
    f.value === undefined ? BLANK : num(f.value),
  ]);
  // The computed value is a ratio for some findings and a sum for others: each row its own format.
  const formats: ColumnFormat[] = report.findings.flatMap((f, i) =>
    f.value === undefined ? [] : [{ col: 5, fromRow: 3 + i, toRow: 3 + i, numberFormat: valueFormat(f) }],
  );
  if (rows.length === 0) rows.push([text(s.none), BLANK, BLANK, BLANK, BLANK, BLANK]);
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
        columnFormats: formats,
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
        columnWidths: fittedWidths([header, ...rows], 60),
        wrapColumns: [4],
        // Printed like the report: landscape, one page wide, the header on every page.
        styles: [{ fromRow: 0, toRow: 0, fromCol: 0, toCol: 0, style: TITLE_STYLE }],
        print: {
          landscape: true,
          fitToWidth: true,
          titleRows: { from: 2, to: 2 },
          footer: { left: footerText(s.sheetName), center: s.pageOf, right: "&D" },
        },
      },
    ],
    conditionalFormats: [],
    notes: notesFor(report.findings, s),
  };
}
