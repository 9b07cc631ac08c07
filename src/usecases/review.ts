import {
  analyzeWorkbook,
  buildReviewPlan,
  DEFAULT_WORKBOOK_OPTIONS,
  type ReportLanguage,
  type WritePlan,
} from "../core";
import { reviewWords, wordReport, type WordedReport } from "../messages";
import { readUserSheets } from "./read-user-sheets";
import type { AppliedPlan, WorkbookPort } from "../port/workbook-port";

export interface ReviewOutcome {
  readonly report: WordedReport;
  readonly plan: WritePlan;
  readonly applied: AppliedPlan;
}

/** Reads, analyses, and writes the findings: notes (comments in Excel) on the cells and the findings sheet. */
export async function writeReview(port: WorkbookPort, language: ReportLanguage = "zh-TW"): Promise<ReviewOutcome> {
  const report = analyzeWorkbook(await readUserSheets(port), DEFAULT_WORKBOOK_OPTIONS);
  const plan = buildReviewPlan(report, reviewWords(language));
  return { report: wordReport(report), plan, applied: await port.applyPlan(plan) };
}
