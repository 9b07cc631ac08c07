import {
  analyzeWithSettings,
  buildReportPlan,
  checkLightBands,
  DEFAULT_REPORT_OPTIONS,
  DEFAULT_WORKBOOK_OPTIONS,
  WorkbookReadError,
  type ParsedSettings,
  type ReportOptions,
  type WorkbookReport,
  type WritePlan,
} from "../core";
import { readSheetsAndSettings } from "./settings";
import type { AppliedPlan, WorkbookPort } from "../port/workbook-port";

export interface ReportOutcome {
  readonly report: WorkbookReport;
  readonly plan: WritePlan;
  readonly applied: AppliedPlan;
}

/** Reads, analyses, plans the report sheet and the below-target flags, and applies the plan. */
export async function writeReport(
  port: WorkbookPort,
  options: ReportOptions = DEFAULT_REPORT_OPTIONS,
  external: ParsedSettings | null = null,
): Promise<ReportOutcome> {
  checkLightBands(options.bands);
  const { grids, settings } = await readSheetsAndSettings(port, external);
  const { report, links } = analyzeWithSettings(grids, settings, {
    ...DEFAULT_WORKBOOK_OPTIONS,
    bands: options.bands,
    capAtOne: options.capAtOne,
  });
  if (report.sheets.every((s) => s.indicators.length === 0 && s.scorecards.length === 0)) {
    const detail = report.findings[0];
    throw new WorkbookReadError(
      "NO_INDICATOR_TABLE",
      `沒有可寫入報表的指標 / No indicators to report.${detail ? ` ${detail.message} / ${detail.messageEn}` : ""}`,
    );
  }
  const plan = buildReportPlan(grids, report, {
    ...options,
    gradeBands: options.gradeBands ?? DEFAULT_WORKBOOK_OPTIONS.gradeBands,
    perIndicator: links,
  });
  return { report, plan, applied: await port.applyPlan(plan) };
}
