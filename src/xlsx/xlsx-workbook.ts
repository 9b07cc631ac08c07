import type ExcelJS from "exceljs";
import {
  ALL_MARKERS,
  MergeIndex,
  sheetOfReference,
  WorkbookReadError,
  type Area,
  type CellInput,
  type ChartPlan,
  type Grid,
  type WritePlan,
} from "../core";
import type { AppliedPlan, WorkbookPort } from "../port/workbook-port";
import { applyPlanToWorkbook, markedSheet } from "./apply-plan";
import { rawOf } from "./cell-of-exceljs";
import type { FastBook } from "./fast/fast-book";
import { PackageRefusal } from "./fast/zip-entries";
import { guardMerges, MergeTooLarge } from "./exceljs-merges";
import { readRefusal } from "../messages/refusals";
import { notAZip } from "./not-a-zip";
import { areaOf, clippedMerges, denseFits } from "./fast/sheet-grid";

/** exceljs (656 modules) is loaded when a workbook must be built or written, not to analyse a file. */
async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}

async function loadBytes(data: ArrayBuffer | Uint8Array, label: string): Promise<ExcelJS.Workbook> {
  // A PDF, an image, an empty file picked as a workbook: said as what it is (as the command does).
  const other = notAZip(data instanceof Uint8Array ? data : new Uint8Array(data));
  if (other !== null) throw readRefusal("notWorkbook", { file: label, kind: other });
  const excel = await loadExcelJs();
  guardMerges(excel);
  const workbook = new excel.Workbook();
  try {
    // exceljs types say Buffer, but it reads any ArrayBuffer view (a browser has no Buffer).
    await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (cause) {
    throw unreadable(label, cause);
  }
  // Excel saves at least one sheet: none is a package exceljs could not make sense of.
  if (workbook.worksheets.length === 0) throw readRefusal("noSheets", { file: label });
  return workbook;
}

/**
 * Reads .xlsx files (the CLI, and the pane's preview mode). A file is read for analysis by the
 * fast reader (src/xlsx/fast); exceljs builds the whole workbook only when a plan is applied or
 * the workbook saved, or when the fast reader cannot read the file.
 */
export class XlsxWorkbook implements WorkbookPort {
  private excel: ExcelJS.Workbook | null;
  /** Charts of the add-in's sheets, by final sheet name: exceljs cannot hold them, the save adds them. */
  private readonly charts = new Map<string, readonly ChartPlan[]>();
  private constructor(
    excel: ExcelJS.Workbook | null,
    private fast: FastBook | null = null,
    private bytes: Uint8Array | null = null,
    private readonly label = "workbook",
  ) {
    this.excel = excel;
  }

  static async fromFile(path: string): Promise<XlsxWorkbook> {
    let file: Awaited<ReturnType<typeof import("./read-file").readXlsxFile>>;
    try {
      // Node only; in the pane's build this is a chunk of stubs that preview never loads.
      const { readXlsxFile } = await import("./read-file");
      file = await readXlsxFile(path);
    } catch (cause) {
      throw unreadable(path, cause);
    }
    if (file.fast !== null) return new XlsxWorkbook(null, file.fast, file.bytes, path);
    return new XlsxWorkbook(await loadBytes(file.bytes, path));
  }

  static async fromBuffer(data: ArrayBuffer | Uint8Array, label = "workbook"): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(await loadBytes(data, label));
  }

  static wrap(workbook: ExcelJS.Workbook): XlsxWorkbook {
    return new XlsxWorkbook(workbook);
  }

  /** The exceljs workbook, built from the file's bytes the first time it is needed. */
  async excelWorkbook(): Promise<ExcelJS.Workbook> {
    if (this.excel === null) {
      if (this.bytes === null) throw new Error("no workbook");
      this.excel = await loadBytes(this.bytes, this.label);
      // From here every read goes to exceljs: the file's bytes and the fast reader can go.
      this.bytes = null;
      this.fast = null;
      this.pendingOpen = null;
    }
    return this.excel;
  }

  private fastFailed = false;
  /** After a direct write, the new package is opened for reading when a read comes, not before (most never do). */
  private pendingOpen: (() => FastBook | null) | null = null;

  /** Reads from the exceljs workbook once it exists (a plan applied shows), else from the file. */
  private get reader(): FastBook | null {
    if (this.pendingOpen !== null) {
      this.fast = this.pendingOpen();
      this.pendingOpen = null;
      if (this.fast === null) this.fastFailed = true;
    }
    return this.excel === null && !this.fastFailed ? this.fast : null;
  }

  /** A sheet part the fast reader cannot read sends every read to exceljs (same grids, slower). */
  private async viaFast<T>(fast: FastBook, read: (fast: FastBook) => T, otherwise: () => Promise<T>): Promise<T> {
    try {
      return read(fast);
    } catch (error) {
      if (error instanceof PackageRefusal) throw refusalOf(this.label, error);
      if (error instanceof WorkbookReadError) throw error;
      this.fastFailed = true;
      return otherwise();
    }
  }

  async sheetNames(): Promise<string[]> {
    const fast = this.reader;
    if (fast !== null) return fast.sheetNames();
    return (await this.excelWorkbook()).worksheets.map((ws) => ws.name);
  }

  async readSheet(name: string): Promise<Grid> {
    const fast = this.reader;
    if (fast !== null)
      return this.viaFast(
        fast,
        (f) => f.grid(name),
        () => this.readSheet(name),
      );
    const sheet = (await this.excelWorkbook()).getWorksheet(name);
    if (sheet === undefined) {
      return Promise.reject(
        new WorkbookReadError("NO_SUCH_SHEET", { sheet: name }, { key: "error.NO_SUCH_SHEET.one" }),
      );
    }
    return gridOf(sheet);
  }

  async readAll(): Promise<Grid[]> {
    const fast = this.reader;
    if (fast !== null)
      return this.viaFast(
        fast,
        (f) => f.sheetNames().map((name) => f.grid(name)),
        () => this.readAll(),
      );
    return (await this.excelWorkbook()).worksheets.map(gridOf);
  }

  async ownedSheets(): Promise<string[]> {
    const fast = this.reader;
    const marked = (marker: string): string | null => {
      if (fast === null) return null;
      const ref = fast.definedName(marker);
      return ref === null ? null : sheetOfReference(ref);
    };
    const workbook = fast === null ? await this.excelWorkbook() : null;
    return ALL_MARKERS.map((marker) => (workbook ? markedSheet(workbook, marker) : marked(marker))).filter(
      (s): s is string => s !== null,
    );
  }

  /** A file has no view to select in. */
  select(): Promise<void> {
    return Promise.resolve();
  }

  /**
   * A file read by the fast reader gets the plan written into its package directly (src/xlsx/direct),
   * its other parts copied as stored: exceljs's model of the whole workbook was most of a report's
   * time and memory. Null when the plan needs exceljs (notes) or the package is one the direct writer
   * does not edit; exceljs then applies it.
   */
  private async applyDirect(plan: WritePlan): Promise<AppliedPlan | null> {
    if (this.excel !== null || this.bytes === null || (this.fast === null && this.pendingOpen === null)) return null;
    const { applyPlanToPackage } = await import("./direct/apply-direct");
    const { DirectWriteUnsupported } = await import("./direct/xml-text");
    const { NODE_CODEC, openFast } = await import("./read-file");
    try {
      const { bytes, applied } = applyPlanToPackage(this.bytes, NODE_CODEC, plan);
      this.bytes = bytes;
      this.fast = null;
      this.pendingOpen = () => openFast(bytes);
      this.fastFailed = false;
      return applied;
    } catch (error) {
      if (error instanceof DirectWriteUnsupported) return null;
      throw error;
    }
  }

  /** The package as it stands when exceljs never built the workbook (read, or written directly); else null. */
  storedPackage(): Uint8Array | null {
    return this.excel === null ? this.bytes : null;
  }

  /** The workbook as .xlsx bytes (the pane's preview offers them as a download). */
  async toBuffer(): Promise<ArrayBuffer> {
    const stored = this.storedPackage();
    if (stored !== null) return stored.slice().buffer;
    const bytes = await (await this.excelWorkbook()).xlsx.writeBuffer();
    const charts = await this.chartsToWrite();
    if (charts.size === 0) return bytes;
    const { addChartParts } = await import("./chart-parts");
    const out = await addChartParts(bytes, charts);
    return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
  }

  /** The charts of sheets still in the workbook, by sheet name: what a save must add. */
  async chartsToWrite(): Promise<Map<string, readonly ChartPlan[]>> {
    if (this.charts.size === 0) return new Map();
    const excel = await this.excelWorkbook();
    return new Map([...this.charts].filter(([name]) => excel.getWorksheet(name) !== undefined));
  }

  /** In memory; nothing reaches a file until saveWorkbook. A failure leaves the file untouched. */
  async applyPlan(plan: WritePlan): Promise<AppliedPlan> {
    const direct = await this.applyDirect(plan);
    if (direct !== null) return direct;
    const applied = applyPlanToWorkbook(await this.excelWorkbook(), plan);
    for (const sheet of plan.sheets) {
      const name = applied.sheets.get(sheet.name) ?? sheet.name;
      if (sheet.charts && sheet.charts.length > 0) this.charts.set(name, sheet.charts);
      else this.charts.delete(name);
    }
    return applied;
  }
}

/** A package refused by the reader, in the catalog's words, naming the file and the part. */
function refusalOf(label: string, refusal: PackageRefusal): WorkbookReadError {
  return readRefusal(refusal.kind, { file: label, part: refusal.part, ...refusal.detail }, refusal);
}

function unreadable(label: string, cause: unknown): WorkbookReadError {
  if (cause instanceof PackageRefusal) return refusalOf(label, cause);
  if (cause instanceof MergeTooLarge)
    return readRefusal(
      "mergeTooLarge",
      { file: label, sheet: cause.sheet, range: cause.range, cells: cause.cells },
      cause,
    );
  // The zip or XML library's own words (English, and no help to the reader) stay in the cause.
  return readRefusal("damaged", { file: label }, cause);
}

function gridOf(sheet: ExcelJS.Worksheet): Grid {
  const fileMerges = (sheet.model.merges ?? []).map(areaOf).filter((a): a is Area => a !== null);
  // Merges as ranges, never their cells (a merge may claim the whole sheet).
  const mergeIndex = new MergeIndex(fileMerges);
  const tail = (r: number, c: number): boolean => mergeIndex.size > 0 && mergeIndex.isTail(r, c);
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  let stored = 0;
  const lastOfRow = new Map<number, number>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      stored++;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      lastOfRow.set(r, Math.max(lastOfRow.get(r) ?? -1, c));
      // exceljs repeats a merged value in every cell of the area; Excel keeps it in the top-left only.
      if (rawOf(cell.value) === null || tail(r, c)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (bottom < 0) return { sheet: sheet.name, originRow: 0, originCol: 0, cells: [], merges: [] };
  const used = { top, left, bottom, right };
  const merges = clippedMerges(fileMerges, used);
  const sparse = !denseFits(used, stored);
  const cells: CellInput[][] = [];
  const hiddenRows: number[] = [];
  for (let r = top; r <= bottom; r++) {
    // A used range far larger than its cells: each row as far as its last cell (the fast reader's rule).
    const end = sparse ? Math.min(right, lastOfRow.get(r) ?? -1) : right;
    const row = end < left ? sheet.findRow(r + 1) : sheet.getRow(r + 1);
    if (row?.hidden) hiddenRows.push(r);
    if (row === undefined || end < left) {
      cells.push([]);
      continue;
    }
    const out: CellInput[] = [];
    for (let c = left; c <= end; c++) {
      const cell = row.getCell(c + 1);
      const value = tail(r, c) ? null : rawOf(cell.value);
      const format = cell.numFmt;
      const indent = cell.alignment?.indent;
      out.push({ value, ...(format ? { format } : {}), ...(indent ? { indent } : {}) });
    }
    cells.push(out);
  }
  return { sheet: sheet.name, originRow: top, originCol: left, cells, merges, hiddenRows };
}
