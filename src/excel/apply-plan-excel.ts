import { resolveSheetName, WorkbookWriteError, type ConditionalFormatPlan, type WritePlan } from "../core";
import type { AppliedPlan } from "../port/workbook-port";
import type { ExcelHost } from "./excel-host";
import { CommentWriter } from "./apply-comments";
import { markedSheetOf, queueMarker } from "./markers";
import { RequestBudget } from "./request-budget";
import { queueSheet, requestBytes } from "./write-sheet";

interface FlagState {
  readonly plan: ConditionalFormatPlan & { kind: "expression" };
  readonly existing: Excel.ConditionalFormatCollection;
}

function reason(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/**
 * Applies a plan in a constant number of syncs: (1) read names, the marker, protection and the
 * flags already there; (2) write the new report under a temporary name (more syncs only where a
 * request would pass the web's 5 MB limit); (3) swap it in, set the marker, add the flags.
 * A failure in (2) deletes the temporary sheet: no half-written report is left. The add-in's
 * comments ride on the same syncs (see CommentWriter).
 */
export async function applyPlanInExcel(
  host: ExcelHost,
  plan: WritePlan,
): Promise<AppliedPlan & { largestRequestBytes: number }> {
  const commentsSupported = host.isSetSupported("ExcelApi", "1.10");
  return host.run(async (context) => {
    const comments = plan.notes && commentsSupported ? new CommentWriter(context, plan.notes) : null;
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const markers = plan.sheets.map((sheetPlan) => queueMarker(context, sheetPlan.marker));
    const planned = new Set(plan.sheets.map((s) => s.name));
    const touched = [...plan.conditionalFormats.map((f) => f.sheet), ...(plan.notes ?? []).map((n) => n.sheet)];
    const userSheets = [...new Set(touched.filter((name) => !planned.has(name)))];
    const protections = userSheets.map((name) => {
      const protection = sheets.getItem(name).protection;
      protection.load("protected");
      return { name, protection };
    });
    const flags: FlagState[] = plan.conditionalFormats.flatMap((f) => {
      if (f.kind !== "expression") return [];
      const existing = sheets.getItem(f.sheet).getRange(f.range).conditionalFormats;
      existing.load("items/type,items/customOrNullObject/rule/formula");
      return [{ plan: f, existing }];
    });
    await context.sync();

    const locked = protections.filter((p) => p.protection.protected).map((p) => p.name);
    if (locked.length > 0) {
      const names = locked.join("、");
      throw new WorkbookWriteError(
        "SHEET_PROTECTED",
        `工作表「${names}」受保護，無法加上未達標標示；請先取消保護（校閱 → 取消保護工作表）再執行。未寫入任何內容。 / Sheet "${locked.join('", "')}" is protected, so the below-target flags cannot be added; unprotect it (Review → Unprotect Sheet) and run again. Nothing was written.`,
      );
    }
    comments?.sortOut();
    const existingNames = sheets.items.map((s) => s.name);
    const stamp = Date.now().toString(36);
    const budget = new RequestBudget(() => context.sync());
    const written = plan.sheets.map((sheetPlan, i) => ({
      plan: sheetPlan,
      resolution: resolveSheetName(existingNames, markedSheetOf(markers[i]), sheetPlan.name),
      marker: markers[i],
      sheet: sheets.add(`~indicators-${stamp}-${i}`),
      // Table names are workbook-wide and the previous report's is still there until the swap.
      tableName: `IndicatorReport_${stamp}_${i}`,
    }));
    /** office.js batches are not transactions: on failure, remove what this run added, then say so. */
    const abandon = async (code: string, cause: unknown): Promise<never> => {
      for (const w of written) w.sheet.delete();
      const left = written.map((w) => ({
        item: queueMarker(context, w.plan.marker),
        hadOne: w.marker !== undefined && !w.marker.isNullObject,
      }));
      await context.sync().catch(() => undefined);
      // A marker that this run set points at the sheet just removed; a previous one stays.
      const stale = left.filter((l) => !l.item.isNullObject && !l.hadOne);
      for (const l of stale) l.item.delete();
      if (stale.length > 0) await context.sync().catch(() => undefined);
      throw new WorkbookWriteError(
        code,
        `寫入報表時失敗，已移除未完成的工作表：${reason(cause)} / Writing the report failed; the unfinished sheet was removed: ${reason(cause)}`,
        { cause },
      );
    };
    try {
      for (const w of written) await queueSheet(w.sheet, w.plan, budget, w.tableName);
      await budget.flush();
    } catch (cause) {
      await abandon("WRITE_FAILED", cause);
    }

    const names = new Map<string, string>();
    for (const w of written) {
      if (w.resolution.replaces !== null) sheets.getItem(w.resolution.replaces).delete();
      w.sheet.name = w.resolution.name;
      names.set(w.plan.name, w.resolution.name);
    }
    for (const w of written) {
      if (w.marker !== undefined && !w.marker.isNullObject) w.marker.delete();
      context.workbook.names.add(w.plan.marker, w.sheet.getRange("A1"));
    }
    for (const f of plan.conditionalFormats) {
      if (f.kind !== "trafficLights") continue;
      const sheet = written.find((w) => w.plan.name === f.sheet)?.sheet;
      if (!sheet) continue;
      // office.js takes the enums' string forms; the Excel enum objects exist only inside a host.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
      const icons = sheet.getRange(f.range).conditionalFormats.add("IconSet" as Excel.ConditionalFormatType);
      icons.iconSet.style = "ThreeTrafficLights1";
      icons.iconSet.criteria = [
        {} as Excel.ConditionalIconCriterion,
        { type: "Number", operator: "GreaterThanOrEqual", formula: `=${f.yellow}` },
        { type: "Number", operator: "GreaterThanOrEqual", formula: `=${f.green}` },
      ];
    }
    for (const { plan: f, existing } of flags) {
      const wanted = `=${f.formula}`;
      if (
        existing.items.some(
          (cf) => !cf.customOrNullObject.isNullObject && cf.customOrNullObject.rule.formula === wanted,
        )
      )
        continue;
      await budget.spend(requestBytes(wanted) + 200, 1);
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
      const cf = existing.add("Custom" as Excel.ConditionalFormatType);
      cf.custom.rule.formula = wanted;
      cf.custom.format.fill.color = `#${f.fill}`;
      cf.custom.format.font.color = `#${f.fontColor}`;
    }
    // Without comments (ExcelApi 1.10) the findings sheet is where the findings are.
    const skippedNotes = comments ? await comments.add(budget) : [...(plan.notes ?? [])];
    try {
      await context.sync();
    } catch (cause) {
      await abandon("SWAP_FAILED", cause);
    }
    return { sheets: names, skippedNotes, largestRequestBytes: budget.largestBytes };
  });
}
