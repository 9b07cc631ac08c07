import { ALL_MARKERS, WorkbookReadError, type Grid, type WritePlan } from "../core";
import type { AppliedPlan, SheetChange, WorkbookPort } from "../port/workbook-port";
import type { ExcelHost } from "./excel-host";
import { gridOfRange } from "./grid-of-range";
import { markedSheetOf, queueMarker } from "./markers";
import { readBlocks } from "./read-blocks";
import type { ReadBlock } from "./read-plan";

/** Where the used range is, not what it holds: its cells are read in blocks (read-blocks.ts). */
const EXTENT_FIELDS = ["rowIndex", "columnIndex", "rowCount", "columnCount"];

interface QueuedSheet {
  readonly name: string;
  readonly worksheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | null;
}

/** Reads the open workbook through office.js, in a constant number of context.sync calls. */
export class ExcelWorkbook implements WorkbookPort {
  constructor(private readonly host: ExcelHost) {}

  private get mergesSupported(): boolean {
    return this.host.isSetSupported("ExcelApi", "1.13");
  }

  /** Queues the loads of one sheet's extent and merges; nothing is sent until the caller syncs. */
  private queue(worksheet: Excel.Worksheet, name: string): QueuedSheet {
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load(EXTENT_FIELDS);
    let merged: Excel.RangeAreas | null = null;
    if (this.mergesSupported) {
      merged = used.getMergedAreasOrNullObject();
      merged.load("address");
    }
    return { name, worksheet, used, merged };
  }

  /** After the extents' sync: the cells of every used range, in as many syncs as their size needs. */
  private async collect(context: Excel.RequestContext, queued: readonly QueuedSheet[]): Promise<Grid[]> {
    const present = queued.filter((q) => !q.used.isNullObject);
    const blocks: ReadBlock[] = present.map(({ name, used }) => ({
      sheet: name,
      top: used.rowIndex,
      left: used.columnIndex,
      rows: used.rowCount,
      columns: used.columnCount,
    }));
    const cells = await readBlocks(context, new Map(present.map((q) => [q.name, q.worksheet])), blocks);
    return queued.map((q) => {
      const merged = q.merged === null || q.merged.isNullObject ? null : q.merged.address;
      const read = cells.get(q.name);
      const range =
        q.used.isNullObject || read === undefined
          ? null
          : { ...read, rowIndex: q.used.rowIndex, columnIndex: q.used.columnIndex };
      return gridOfRange(q.name, range, merged);
    });
  }

  async sheetNames(): Promise<string[]> {
    return this.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  /** One sync for the extent and merged areas, then one per response budget of cells (read-plan.ts). */
  async readSheet(name: string): Promise<Grid> {
    return this.host.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItemOrNullObject(name);
      const queued = this.queue(worksheet, name);
      await context.sync();
      if (worksheet.isNullObject) {
        throw new WorkbookReadError("NO_SUCH_SHEET", { sheet: name }, { key: "error.NO_SUCH_SHEET.one" });
      }
      const grids = await this.collect(context, [queued]);
      return grids[0] ?? gridOfRange(name, null, null);
    });
  }

  /**
   * Two syncs whatever the number of sheets (the names, then every extent and merged areas), then
   * one per response budget of cells across all sheets: a small workbook is read in three.
   */
  async readAll(): Promise<Grid[]> {
    return this.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const queued = sheets.items.map((worksheet) => this.queue(worksheet, worksheet.name));
      await context.sync();
      return this.collect(context, queued);
    });
  }

  /** Activates the sheet and selects the cells. */
  async select(sheet: string, address: string): Promise<void> {
    await this.host.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  }

  /**
   * Worksheet.onChanged (ExcelApi 1.7) on each named sheet, in one sync; the handler gets the sheet's
   * name and the changed address (WorksheetChangedEventArgs.address). Removing the handlers needs
   * their own request context, as the reference says: EventHandlerResult.remove, then that context's sync.
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onchanged-member
   */
  async onChange(sheets: readonly string[], handler: (change: SheetChange) => void): Promise<() => Promise<void>> {
    const results = await this.host.run(async (context) => {
      const added = sheets.map((name) => {
        const worksheet = context.workbook.worksheets.getItem(name);
        return worksheet.onChanged.add((event: Excel.WorksheetChangedEventArgs) => {
          handler({ sheet: name, address: event.address });
          return Promise.resolve();
        });
      });
      await context.sync();
      return added;
    });
    return async () => {
      for (const result of results) result.remove();
      const context = results[0]?.context;
      if (context !== undefined) await context.sync();
    };
  }

  /** One sync: the selected range, "Sheet1!A1:C3" split into its sheet and address. */
  async selectedRange(): Promise<{ sheet: string; address: string } | null> {
    return this.host.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      const bang = range.address.lastIndexOf("!");
      if (bang < 0) return null;
      const sheet = range.address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
      return { sheet, address: range.address.slice(bang + 1).replace(/\$/g, "") };
    });
  }

  /** One sync: the defined names that mark the add-in's sheets. */
  async ownedSheets(): Promise<string[]> {
    return this.host.run(async (context) => {
      const items = ALL_MARKERS.map((marker) => queueMarker(context, marker));
      await context.sync();
      return items.map(markedSheetOf).filter((sheet): sheet is string => sheet !== null);
    });
  }

  /** Three context.sync calls for a report of any size within the web's request limit. */
  async applyPlan(plan: WritePlan): Promise<AppliedPlan> {
    // The writer (report, flags, comments, charts) is loaded on the first write, not with the pane.
    const { applyPlanInExcel } = await import(/* webpackChunkName: "excel-write" */ "./apply-plan-excel");
    return applyPlanInExcel(this.host, plan);
  }
}
