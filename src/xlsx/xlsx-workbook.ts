import ExcelJS from "exceljs";
import {
  ALL_MARKERS,
  parseAddress,
  WorkbookReadError,
  type Area,
  type CellInput,
  type ChartPlan,
  type Grid,
  type WritePlan,
} from "../core";
import type { AppliedPlan, WorkbookPort } from "../port/workbook-port";
import { applyPlanToWorkbook, markedSheet } from "./apply-plan";
import { addChartParts } from "./chart-parts";
import { rawOf } from "./cell-of-exceljs";

function areaOf(range: string): Area | null {
  const [from, to = from] = range.split(":");
  const a = from === undefined ? null : parseAddress(from);
  const b = parseAddress(to ?? "");
  if (a === null || b === null) return null;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** Reads .xlsx files through exceljs (the CLI, and the pane's preview mode). */
export class XlsxWorkbook implements WorkbookPort {
  /** Charts of the add-in's sheets, by final sheet name: exceljs cannot hold them, the save adds them. */
  private readonly charts = new Map<string, readonly ChartPlan[]>();

  private constructor(readonly workbook: ExcelJS.Workbook) {}

  static async fromFile(path: string): Promise<XlsxWorkbook> {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.readFile(path);
    } catch (cause) {
      throw unreadable(path, cause);
    }
    return new XlsxWorkbook(workbook);
  }

  static async fromBuffer(data: ArrayBuffer | Uint8Array, label = "workbook"): Promise<XlsxWorkbook> {
    const workbook = new ExcelJS.Workbook();
    try {
      // exceljs types say Buffer, but it reads any ArrayBuffer view (a browser has no Buffer).
      await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    } catch (cause) {
      throw unreadable(label, cause);
    }
    return new XlsxWorkbook(workbook);
  }

  static wrap(workbook: ExcelJS.Workbook): XlsxWorkbook {
    return new XlsxWorkbook(workbook);
  }

  sheetNames(): Promise<string[]> {
    return Promise.resolve(this.workbook.worksheets.map((ws) => ws.name));
  }

  readSheet(name: string): Promise<Grid> {
    const sheet = this.workbook.getWorksheet(name);
    if (sheet === undefined) {
      return Promise.reject(
        new WorkbookReadError("NO_SUCH_SHEET", `找不到工作表「${name}」 / No sheet named "${name}".`),
      );
    }
    return Promise.resolve(gridOf(sheet));
  }

  readAll(): Promise<Grid[]> {
    return Promise.resolve(this.workbook.worksheets.map(gridOf));
  }

  ownedSheets(): Promise<string[]> {
    const sheets = ALL_MARKERS.map((marker) => markedSheet(this.workbook, marker)).filter(
      (s): s is string => s !== null,
    );
    return Promise.resolve(sheets);
  }

  /** A file has no view to select in. */
  select(): Promise<void> {
    return Promise.resolve();
  }

  /** The workbook as .xlsx bytes (the pane's preview offers them as a download). */
  async toBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.workbook.xlsx.writeBuffer();
    const charts = new Map([...this.charts].filter(([name]) => this.workbook.getWorksheet(name) !== undefined));
    if (charts.size === 0) return bytes;
    const out = await addChartParts(bytes, charts);
    return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
  }

  /** Whether the save must go through toBuffer (which adds the charts) rather than exceljs's writeFile. */
  hasCharts(): boolean {
    return this.charts.size > 0;
  }

  /** In memory; nothing reaches a file until saveWorkbook. A failure leaves the file untouched. */
  applyPlan(plan: WritePlan): Promise<AppliedPlan> {
    try {
      const applied = applyPlanToWorkbook(this.workbook, plan);
      for (const sheet of plan.sheets) {
        const name = applied.sheets.get(sheet.name) ?? sheet.name;
        if (sheet.charts && sheet.charts.length > 0) this.charts.set(name, sheet.charts);
        else this.charts.delete(name);
      }
      return Promise.resolve(applied);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

function unreadable(label: string, cause: unknown): WorkbookReadError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new WorkbookReadError(
    "UNREADABLE_WORKBOOK",
    `無法讀取「${label}」：不是有效的 .xlsx 活頁簿（${reason}） / Cannot read "${label}": not a valid .xlsx workbook (${reason}).`,
    { cause },
  );
}

function gridOf(sheet: ExcelJS.Worksheet): Grid {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (rawOf(cell.value) === null || (cell.isMerged && cell.master !== cell)) return;
      top = Math.min(top, rowNumber - 1);
      bottom = Math.max(bottom, rowNumber - 1);
      left = Math.min(left, colNumber - 1);
      right = Math.max(right, colNumber - 1);
    });
  });
  const merges = (sheet.model.merges ?? []).map(areaOf).filter((a): a is Area => a !== null);
  if (bottom < 0) return { sheet: sheet.name, originRow: 0, originCol: 0, cells: [], merges };
  // exceljs repeats a merged value in every cell of the area; Excel keeps it in the top-left only.
  const mergeTails = new Set<string>();
  for (const area of merges) {
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) if (r !== area.top || c !== area.left) mergeTails.add(`${r},${c}`);
    }
  }
  const cells: CellInput[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = sheet.getRow(r + 1);
    const out: CellInput[] = [];
    for (let c = left; c <= right; c++) {
      const cell = row.getCell(c + 1);
      const value = mergeTails.has(`${r},${c}`) ? null : rawOf(cell.value);
      const format = cell.numFmt;
      const indent = cell.alignment?.indent;
      out.push({ value, ...(format ? { format } : {}), ...(indent ? { indent } : {}) });
    }
    cells.push(out);
  }
  const hiddenRows: number[] = [];
  for (let r = top; r <= bottom; r++) if (sheet.getRow(r + 1).hidden) hiddenRows.push(r);
  return { sheet: sheet.name, originRow: top, originCol: left, cells, merges, hiddenRows };
}
