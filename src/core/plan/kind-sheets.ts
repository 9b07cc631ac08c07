import { pushAll } from "../values/arrays";
import type { WorkbookReport } from "../analysis/analyze-workbook";
import { detectSheet } from "../layout/detect";
import type { Grid } from "../layout/grid";
import { figureFormat } from "../values/figure-format";
import { comparisonBody } from "./comparison-plan";
import { sourceAt } from "./grid-lookup";
import { DIRECTION_SYMBOL } from "./report-formulas";
import type { ReportStrings } from "./report-strings";
import { HEADING_STYLE, TITLE_STYLE } from "./sheet-styles";
import { followCell } from "./source-expression";
import { GOAL_STYLE, groupedByGoal } from "./goal-rows";
import { countWidth, fittedWidths, labelWidths, textWidth } from "./widths";
import {
  BLANK,
  footerText,
  REPORT_MARKER,
  text,
  type ColumnFormat,
  type PlanCell,
  type StyleRange,
  type WritePlan,
} from "./write-plan";

/** As the targets report: the title, the summary lines, then the table's header at row 4. */
const HEADER_ROW = 4;

interface KindTable {
  readonly title: string;
  readonly summary: PlanCell[][];
  readonly countColumns: readonly number[];
  readonly header: PlanCell[];
  readonly body: PlanCell[][];
  readonly formats: ColumnFormat[];
  readonly styles: StyleRange[];
  readonly wrap: readonly number[];
  /** The summary row that says what the table is. */
  readonly kindRow: number;
  /** Body rows (sheet rows, 0-based) that hold a goal above its indicators. */
  readonly goalRows?: readonly number[];
}

/** One report sheet of a title, a summary, and a table, printed landscape one page wide. */
function kindSheet(t: KindTable, s: ReportStrings): WritePlan {
  const last = HEADER_ROW + Math.max(t.body.length, 1);
  const width = t.header.length;
  const body = t.body.length > 0 ? t.body : [t.header.map(() => BLANK)];
  const formats = [...t.formats];
  for (const col of t.countColumns) formats.push({ col, fromRow: 1, toRow: 1, numberFormat: s.countFormat });
  const styles: StyleRange[] = [{ fromRow: 0, toRow: 0, fromCol: 0, toCol: 0, style: TITLE_STYLE }];
  styles.push({ fromRow: t.kindRow, toRow: t.kindRow, fromCol: 0, toCol: 0, style: HEADING_STYLE });
  for (const col of t.countColumns) {
    styles.push({ fromRow: 1, toRow: 1, fromCol: col - 1, toCol: col - 1, style: { bold: true } });
    styles.push({ fromRow: 1, toRow: 1, fromCol: col, toCol: col, style: { horizontal: "left" } });
  }
  pushAll(styles, t.styles);
  const goals = new Set(t.goalRows ?? []);
  for (const row of goals) styles.push({ fromRow: row, toRow: row, fromCol: 0, toCol: width - 1, style: GOAL_STYLE });
  // A goal's words run on across its row: they do not widen the names' column.
  const fitted = fittedWidths([t.header, ...body.filter((_, i) => !goals.has(HEADER_ROW + 1 + i))]);
  const labels = labelWidths(t.summary);
  const counts = countWidth(s.countFormat);
  const columnWidths = fitted.map((w, c) =>
    Math.max(w, labels[c] ?? 0, t.countColumns.includes(c) ? counts : 0, t.wrap.includes(c) ? 30 : 0),
  );
  return {
    sheets: [
      {
        name: s.sheetName,
        role: "report",
        marker: REPORT_MARKER,
        ranges: [
          { row: 0, col: 0, cells: [[text(t.title)], ...t.summary] },
          { row: HEADER_ROW, col: 0, cells: [t.header, ...body] },
        ],
        columnFormulas: [],
        columnFormats: formats,
        tables: [
          {
            name: "IndicatorReport",
            top: HEADER_ROW,
            left: 0,
            bottom: last,
            right: width - 1,
            style: "TableStyleMedium2",
            ...(goals.size > 0 ? { bandRows: [...goals] } : {}),
          },
        ],
        freezeRows: HEADER_ROW + 1,
        // A wrapped column wraps every cell in it, the summary's too: it is as wide as the line
        // the summary writes there, or its text's 40 characters.
        columnWidths: columnWidths.map((w, c) =>
          t.wrap.includes(c) ? Math.max(Math.min(w, 40), summaryWidth(t.summary, c)) : w,
        ),
        // The writer gives a row the height its wrapped text needs.
        wrapColumns: t.wrap,
        styles,
        print: {
          landscape: true,
          fitToWidth: true,
          titleRows: { from: HEADER_ROW, to: HEADER_ROW },
          footer: { left: footerText(t.title), center: s.pageOf, right: "&D" },
        },
        activate: true,
      },
    ],
    conditionalFormats: [],
  };
}

/** A period comparison: previous and current, change, growth, and the source's rate checked. */
export function comparisonSheet(
  grids: readonly Grid[],
  report: WorkbookReport,
  title: string,
  s: ReportStrings,
): WritePlan {
  const c = comparisonBody(grids, report, HEADER_ROW + 1, s.kinds);
  const [counts, kindLine] = c.summary;
  return kindSheet(
    {
      title,
      summary: [counts ?? [], kindLine ?? []],
      countColumns: c.countColumns,
      header: c.header,
      body: c.body,
      formats: c.formats,
      styles: c.styles,
      wrap: c.remarkCol === null ? [] : [c.remarkCol],
      kindRow: 2,
    },
    s,
  );
}

/**
 * A plan: each target with its 衡量標準 (how it is measured), following the source's cells live;
 * nothing is lit, there is no result yet.
 */
export function planSheet(grids: readonly Grid[], report: WorkbookReport, title: string, s: ReportStrings): WritePlan {
  const body: PlanCell[][] = [];
  const formats: ColumnFormat[] = [];
  const first = HEADER_ROW + 1;
  // Each target under its goal, as 施政績效報告 lays them out.
  const byGoal = groupedByGoal(report);
  const goalRows: number[] = [];
  for (const sheet of report.sheets) {
    let goal: string | null = null;
    const grid = grids.find((g) => g.sheet === sheet.sheet);
    // 衡量標準 is the reader's, not the result's: read again where the plan's rows are.
    const criteria = new Map<string, string>();
    if (grid !== undefined)
      for (const d of detectSheet(grid).indicators)
        if (d.nameCell !== null && d.criteria) criteria.set(d.nameCell, d.criteria);
    for (const i of sheet.indicators) {
      if (byGoal && i.category && i.category !== goal) {
        goal = i.category;
        goalRows.push(first + body.length);
        body.push(s.kinds.planHeaders.map((_, c) => (c === 0 ? text(i.category ?? "") : BLANK)));
      }
      const f = figureFormat(
        i,
        i.periods.flatMap((p) => (p.target === null ? [] : [p.target])),
      );
      for (const p of i.periods) {
        const row = first + body.length;
        const target = followCell(sheet.sheet, sourceAt(grid, p.cells.target), p.target);
        body.push([
          text(i.name),
          p.period === null ? BLANK : text(p.period),
          text(DIRECTION_SYMBOL[i.direction]),
          target.kind === "blank" && p.target !== null ? { kind: "number", value: p.target } : target,
          i.unit === null || f.endsWith("%") ? BLANK : text(i.unit),
          text((i.nameCell === null ? undefined : criteria.get(i.nameCell)) ?? ""),
          i.remark === null ? BLANK : text(i.remark),
        ]);
        formats.push({ col: 3, fromRow: row, toRow: row, numberFormat: f });
      }
    }
  }
  const last = first + Math.max(body.length, 1) - 1;
  const styles: StyleRange[] = [1, 2, 4].map((col) => ({
    fromRow: first,
    toRow: last,
    fromCol: col,
    toCol: col,
    style: { horizontal: "center" },
  }));
  // 備註 only where a row has one: an empty column on a director's page is a question.
  const remarks = body.some((r) => (r[6]?.kind ?? "blank") !== "blank");
  const header = s.kinds.planHeaders.map(text);
  return kindSheet(
    {
      title,
      // The arrows need no legend here: there is nothing to light by them.
      summary: [[text(s.kinds.tableIs("plan"))]],
      countColumns: [],
      header: remarks ? header : header.slice(0, 6),
      body: remarks ? body : body.map((r) => r.slice(0, 6)),
      formats,
      styles,
      wrap: remarks ? [0, 5, 6] : [0, 5],
      kindRow: 1,
      goalRows,
    },
    s,
  );
}

/** The width of the summary's text in one column, where it is the line's only cell. */
function summaryWidth(summary: ReadonlyArray<ReadonlyArray<PlanCell>>, col: number): number {
  let width = 0;
  for (const row of summary) {
    const cell = row[col];
    if (cell?.kind === "text" && row.length === col + 1) width = Math.max(width, textWidth(cell.text) + 2);
  }
  return width;
}
