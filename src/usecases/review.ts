import {
  analyzeWorkbook,
  buildReviewPlan,
  DEFAULT_WORKBOOK_OPTIONS,
  type ReportLanguage,
  type WorkbookReport,
  type WritePlan,
} from "../core";
import { readUserSheets } from "./read-user-sheets";
import type { AppliedPlan, WorkbookPort } from "../port/workbook-port";

export interface ReviewOutcome {
  readonly report: WorkbookReport;
  readonly plan: WritePlan;
  readonly applied: AppliedPlan;
}

/** Reads, analyses, and writes the findings: notes (comments in Excel) on the cells and the findings sheet. */
export async function writeReview(port: WorkbookPort, language: ReportLanguage = "zh-TW"): Promise<ReviewOutcome> {
  const report = analyzeWorkbook(await readUserSheets(port), DEFAULT_WORKBOOK_OPTIONS);
  const plan = buildReviewPlan(report, language);
  return { report, plan, applied: await port.applyPlan(plan) };
}
