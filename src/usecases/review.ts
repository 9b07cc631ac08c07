import {
  analyzeWithSettings,
  buildReviewPlan,
  DEFAULT_WORKBOOK_OPTIONS,
  type ParsedSettings,
  type ReportLanguage,
  type WritePlan,
} from "../core";
import { reviewWords, wordReport, type WordedReport } from "../messages";
import { readSheetsAndSettings } from "./settings";
import type { AppliedPlan, WorkbookPort } from "../port/workbook-port";

export interface ReviewOutcome {
  readonly report: WordedReport;
  readonly plan: WritePlan;
  readonly applied: AppliedPlan;
}

/** Reads, analyses, and writes the findings: notes (comments in Excel) on the cells and the findings sheet. */
export async function writeReview(
  port: WorkbookPort,
  language: ReportLanguage = "zh-TW",
  external: ParsedSettings | null = null,
): Promise<ReviewOutcome> {
  const { grids, settings } = await readSheetsAndSettings(port, external);
  const report = analyzeWithSettings(grids, settings, DEFAULT_WORKBOOK_OPTIONS).report;
  const plan = buildReviewPlan(report, reviewWords(language));
  return { report: wordReport(report), plan, applied: await port.applyPlan(plan) };
}
