import { pushAll } from "../core/values/arrays";
import { resolveSheetName, WorkbookWriteError, type WritePlan } from "../core";
import type { AppliedPlan } from "../port/workbook-port";
import type { ExcelHost } from "./excel-host";
import { chartSupport, drawableCharts, queueCharts } from "./apply-charts";
import { CommentWriter } from "./apply-comments";
import { FlagWriter } from "./apply-flags";
import { markedSheetOf, queueMarker } from "./markers";
import { writeErrorOf, type WriteOutcome } from "./office-errors";
import { RequestBudget } from "./request-budget";
import { uniqueTableNames } from "./table-names";
import { queueSheet } from "./write-sheet";

/**
 * Applies a plan in a constant number of syncs, ordered so that a failure leaves the workbook as it
 * was: (1) read names, markers, protection, tables, flags, comments (and notes, ExcelApi 1.18);
 * (2) write the new report under a temporary name (more syncs only where a request would pass the
 * web's 5 MB limit); (3) add the new comments and refresh the add-in's in place (only when there
 * are any); (4) swap: markers and flags first, then the old report out and the new one renamed,
 * then — last — the add-in's earlier flags and comments that no longer apply. office.js batches are
 * not transactions, so a failed swap reverts what this run added and then says what the workbook
 * holds now, checked, not assumed.
 */
export async function applyPlanInExcel(
  host: ExcelHost,
  plan: WritePlan,
): Promise<AppliedPlan & { largestRequestBytes: number }> {
  const commentsSupported = host.isSetSupported("ExcelApi", "1.10");
  const notesSupported = host.isSetSupported("ExcelApi", "1.18");
  return host.runAsOneUndo(async (context) => {
    const comments = plan.notes && commentsSupported ? new CommentWriter(context, plan.notes, notesSupported) : null;
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const tables = context.workbook.tables;
    tables.load("items/name");
    // Table names share the namespace of defined names: an added table is named unlike both.
    const definedNames = context.workbook.names;
    definedNames.load("items/name");
    const markers = plan.sheets.map((sheetPlan) => queueMarker(context, sheetPlan.marker));
    const planned = new Set(plan.sheets.map((s) => s.name));
    const touched = [...plan.conditionalFormats.map((f) => f.sheet), ...(plan.notes ?? []).map((n) => n.sheet)];
    const userSheets = [...new Set(touched.filter((name) => !planned.has(name)))];
    const protections = userSheets.map((name) => {
      const protection = sheets.getItem(name).protection;
      protection.load("protected");
      return { name, protection };
    });
    // Rules on the add-in's own sheets go on the new sheet as it is written, not through the flags.
    const flags = new FlagWriter(
      sheets,
      plan.conditionalFormats.filter((f) => !planned.has(f.sheet)),
    );
    await context.sync();

    const locked = protections.filter((p) => p.protection.protected).map((p) => p.name);
    if (locked.length > 0) {
      throw new WorkbookWriteError("SHEET_PROTECTED", { sheets: locked });
    }
    comments?.locate();
    flags.locate();
    const existingNames = sheets.items.map((s) => s.name);
    const stamp = Date.now().toString(36);
    const budget = new RequestBudget(() => context.sync());
    const takenTables = [...tables.items.map((t) => t.name), ...definedNames.items.map((n) => n.name)];
    const written = plan.sheets.map((sheetPlan, i) => {
      const tableNames = uniqueTableNames(
        sheetPlan.tables.map((t) => t.name),
        stamp,
        takenTables,
      );
      pushAll(takenTables, tableNames);
      return {
        plan: sheetPlan,
        resolution: resolveSheetName(existingNames, markedSheetOf(markers[i]), sheetPlan.name),
        marker: markers[i],
        sheet: sheets.add(`~indicators-${stamp}-${i}`),
        tableNames,
      };
    });
    const removeTemporary = async (): Promise<void> => {
      for (const w of written) w.sheet.delete();
      const left = written.map((w) => ({ item: queueMarker(context, w.plan.marker), w }));
      const now = context.workbook.worksheets;
      now.load("items/name");
      await context.sync();
      // A marker this run set points at a removed sheet; one it deleted is put back on the old sheet.
      const names = now.items.map((s) => s.name);
      for (const { item, w } of left) {
        const before = markedSheetOf(w.marker);
        if (!item.isNullObject && before === null) item.delete();
        if (item.isNullObject && before !== null && names.includes(before))
          context.workbook.names.add(w.plan.marker, now.getItem(before).getRange("A1"));
      }
      await context.sync();
      now.load("items/name");
      await context.sync();
      const after = now.items.map((s) => s.name);
      const lost = existingNames.filter((n) => !after.includes(n));
      // The sheets' own names are the message: the catalog's "error.EXCEL_WRITE" says what they are.
      if (lost.length > 0) throw new Error(lost.join(", "));
    };
    /** Cleans up, then says what the workbook holds now. */
    const abandon = async (code: string, cause: unknown): Promise<never> => {
      let outcome: WriteOutcome = { outcome: "unchanged" };
      try {
        await removeTemporary();
      } catch (check) {
        outcome = { outcome: "notRestored", what: check instanceof Error ? check.message : String(check) };
      }
      throw writeErrorOf(cause, outcome, code);
    };
    try {
      const pageLayout = host.isSetSupported("ExcelApi", "1.9");
      const charts = chartSupport(host);
      for (const w of written) {
        await queueSheet(w.sheet, w.plan, budget, w.tableNames, pageLayout);
        // Charts ride in the same request as the sheet (no load): no sync of their own.
        const drawable = drawableCharts(w.plan, charts);
        await budget.spend(
          drawable.reduce((bytes, c) => bytes + 2000 + JSON.stringify(c).length, 0),
          0,
        );
        queueCharts(w.sheet, drawable, charts);
      }
      await budget.flush();
    } catch (cause) {
      await abandon("WRITE_FAILED", cause);
    }
    // Without comments (ExcelApi 1.10) the findings sheet is where the findings are.
    if (comments) await comments.write(budget);
    const skippedNotes = comments ? comments.skipped : [...(plan.notes ?? [])];

    try {
      for (const f of plan.conditionalFormats) {
        const sheet = written.find((w) => w.plan.name === f.sheet)?.sheet;
        if (!sheet) continue;
        if (f.kind === "expression") {
          // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
          const cf = sheet.getRange(f.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
          cf.custom.rule.formula = `=${f.formula}`;
          cf.custom.format.fill.color = `#${f.fill}`;
          cf.custom.format.font.color = `#${f.fontColor}`;
          continue;
        }
        // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
        const icons = sheet.getRange(f.range).conditionalFormats.add("IconSet" as Excel.ConditionalFormatType);
        icons.iconSet.style = "ThreeTrafficLights1";
        icons.iconSet.criteria = [
          {} as Excel.ConditionalIconCriterion,
          { type: "Number", operator: "GreaterThanOrEqual", formula: `=${f.yellow}` },
          { type: "Number", operator: "GreaterThanOrEqual", formula: `=${f.green}` },
        ];
      }
      // Markers first: the flags' rules read the report through its marker (flag-groups.ts).
      for (const w of written) {
        if (w.marker !== undefined && !w.marker.isNullObject) w.marker.delete();
        context.workbook.names.add(w.plan.marker, w.sheet.getRange("A1"));
      }
      const staleFlags = await flags.add(budget);
      const names = new Map<string, string>();
      for (const w of written) {
        if (w.resolution.replaces !== null) sheets.getItem(w.resolution.replaces).delete();
        w.sheet.name = w.resolution.name;
        names.set(w.plan.name, w.resolution.name);
      }
      for (const cf of staleFlags) cf.delete();
      comments?.deleteStale();
      await context.sync();
      return { sheets: names, skippedNotes, largestRequestBytes: budget.largestBytes };
    } catch (cause) {
      comments?.revert();
      flags.revert();
      return abandon("SWAP_FAILED", cause);
    }
  });
}
