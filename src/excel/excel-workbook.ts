import { ALL_MARKERS, WorkbookReadError, type Grid, type WritePlan } from "../core";
import type { AppliedPlan, WorkbookPort } from "../port/workbook-port";
import { applyPlanInExcel } from "./apply-plan-excel";
import type { ExcelHost } from "./excel-host";
import { gridOfRange } from "./grid-of-range";
import { markedSheetOf, queueMarker } from "./markers";

const RANGE_FIELDS = ["values", "numberFormat", "rowIndex", "columnIndex"];

interface QueuedSheet {
  readonly name: string;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | null;
}

/** Reads the open workbook through office.js, in a constant number of context.sync calls. */
export class ExcelWorkbook implements WorkbookPort {
  constructor(private readonly host: ExcelHost) {}

  private get mergesSupported(): boolean {
    return this.host.isSetSupported("ExcelApi", "1.13");
  }

  /** Queues the loads for one sheet; nothing is sent until the caller syncs. */
  private queue(worksheet: Excel.Worksheet, name: string): QueuedSheet {
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load(RANGE_FIELDS);
    let merged: Excel.RangeAreas | null = null;
    if (this.mergesSupported) {
      merged = used.getMergedAreasOrNullObject();
      merged.load("address");
    }
    return { name, used, merged };
  }

  private collect(queued: QueuedSheet): Grid {
    const range = queued.used.isNullObject ? null : queued.used;
    const merged = queued.merged === null || queued.merged.isNullObject ? null : queued.merged.address;
    return gridOfRange(queued.name, range, merged);
  }

  async sheetNames(): Promise<string[]> {
    return this.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  /** One context.sync: values and formats of the used range, and its merged areas, together. */
  async readSheet(name: string): Promise<Grid> {
    return this.host.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItemOrNullObject(name);
      const queued = this.queue(worksheet, name);
      await context.sync();
      if (worksheet.isNullObject) {
        throw new WorkbookReadError("NO_SUCH_SHEET", `找不到工作表「${name}」 / No sheet named "${name}".`);
      }
      return this.collect(queued);
    });
  }

  /** Two syncs whatever the number of sheets: the names, then every used range at once. */
  async readAll(): Promise<Grid[]> {
    return this.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const queued = sheets.items.map((worksheet) => this.queue(worksheet, worksheet.name));
      await context.sync();
      return queued.map((q) => this.collect(q));
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

  /** One sync: the defined names that mark the add-in's sheets. */
  async ownedSheets(): Promise<string[]> {
    return this.host.run(async (context) => {
      const items = ALL_MARKERS.map((marker) => queueMarker(context, marker));
      await context.sync();
      return items.map(markedSheetOf).filter((sheet): sheet is string => sheet !== null);
    });
  }

  /** Three context.sync calls for a report of any size within the web's request limit. */
  applyPlan(plan: WritePlan): Promise<AppliedPlan> {
    return applyPlanInExcel(this.host, plan);
  }
}
