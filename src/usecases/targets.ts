import {
  analyzeWithSettings,
  buildDraftsPlan,
  DEFAULT_WORKBOOK_OPTIONS,
  draftTargets,
  InvalidOptionsError,
  WorkbookReadError,
  type Draft,
  type DraftMethod,
  type ParsedSettings,
  type ReportLanguage,
  type WritePlan,
} from "../core";
import type { AppliedPlan, WorkbookPort } from "../port/workbook-port";
import { draftsWords } from "../messages";
import { readSheetsAndSettings } from "./settings";

export interface TargetsRequest {
  readonly method: DraftMethod;
  /** A fraction: 0.05 for 5%. */
  readonly stretch: number;
  readonly language: ReportLanguage;
  /** Settings from another workbook (--settings); this workbook's 指標設定 otherwise. */
  readonly settings?: ParsedSettings | null;
}

export interface TargetsOutcome {
  readonly drafts: readonly Draft[];
  readonly plan: WritePlan;
  readonly applied: AppliedPlan;
}

/** Drafts next-period targets from each indicator's history and writes the draft sheet. */
export async function writeTargetDrafts(port: WorkbookPort, request: TargetsRequest): Promise<TargetsOutcome> {
  if (!(request.stretch >= 0 && request.stretch < 10)) {
    throw new InvalidOptionsError("stretch", { value: request.stretch });
  }
  const { grids, settings } = await readSheetsAndSettings(port, request.settings ?? null);
  const report = analyzeWithSettings(grids, settings, DEFAULT_WORKBOOK_OPTIONS).report;
  const drafts = draftTargets(report, request.method, request.stretch);
  if (drafts.length === 0) {
    throw new WorkbookReadError("NO_HISTORY", {});
  }
  // A single-year table: trend and average growth need two periods; hold and stretch work.
  if (
    drafts.every((d) => d.value === null && d.history.length < 2) &&
    (request.method === "trend" || request.method === "growth")
  )
    throw new WorkbookReadError("NO_HISTORY", { method: request.method }, { key: "error.NO_HISTORY.needsTwo" });
  const plan = buildDraftsPlan(grids, drafts, request.method, request.stretch, draftsWords(request.language));
  return { drafts, plan, applied: await port.applyPlan(plan) };
}
