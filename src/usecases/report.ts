import {
  analyzeWithSettings,
  type WorkbookReport,
  buildReportPlan,
  checkLightBands,
  DEFAULT_REPORT_FIGURES,
  DEFAULT_WORKBOOK_OPTIONS,
  keptReasons,
  WorkbookReadError,
  type Grid,
  type KeptReasons,
  type GradeBand,
  type LightBands,
  type ParsedSettings,
  type WritePlan,
} from "../core";
import { findingMessage, reportWords, translate, type Language } from "../messages";
import { readSheetsAndSettings } from "./settings";
import type { AppliedPlan, WorkbookPort } from "../port/workbook-port";

/** What the pane and the command ask for: the words come from the catalog in `language`. */
export interface ReportRequest {
  readonly language: Language;
  readonly bands: LightBands;
  readonly capAtOne: boolean;
  readonly gradeBands?: readonly GradeBand[];
}

export const DEFAULT_REPORT_REQUEST: ReportRequest = { language: "zh-TW", ...DEFAULT_REPORT_FIGURES };

export interface ReportOutcome {
  /** The analysis the report was planned from; its findings are not worded here (nobody shows them). */
  readonly report: WorkbookReport;
  readonly plan: WritePlan;
  readonly applied: AppliedPlan;
}

/** Reads, analyses, plans the report sheet and the below-target flags, and applies the plan. */
export async function writeReport(
  port: WorkbookPort,
  options: ReportRequest = DEFAULT_REPORT_REQUEST,
  external: ParsedSettings | null = null,
): Promise<ReportOutcome> {
  checkLightBands(options.bands);
  const { grids, settings, owned } = await readSheetsAndSettings(port, external);
  const { report, links } = analyzeWithSettings(grids, settings, {
    ...DEFAULT_WORKBOOK_OPTIONS,
    bands: options.bands,
    capAtOne: options.capAtOne,
  });
  if (report.sheets.every((s) => s.indicators.length === 0 && s.scorecards.length === 0)) {
    const detail = report.findings[0];
    throw new WorkbookReadError(
      "NO_INDICATOR_TABLE",
      translate(options.language, "cli.noIndicators", {
        detail: detail ? ` ${findingMessage(detail, options.language)}` : "",
      }),
    );
  }
  const plan = buildReportPlan(grids, report, {
    words: reportWords(options.language),
    bands: options.bands,
    capAtOne: options.capAtOne,
    gradeBands: options.gradeBands ?? DEFAULT_WORKBOOK_OPTIONS.gradeBands,
    perIndicator: links,
    kept: reasonsOf(owned ?? []),
  });
  return { report, plan, applied: await port.applyPlan(plan) };
}

/**
 * What a person wrote in 未達成原因 and 因應策略 on the report this run replaces, in either
 * language's columns (the report may have been written in the other one).
 */
function reasonsOf(owned: readonly Grid[]): Map<string, KeptReasons> {
  const languages: Language[] = ["zh-TW", "en"];
  const words = {
    reason: languages.map((l) => reportWords(l).kinds.reason),
    measure: languages.map((l) => reportWords(l).kinds.measure),
  };
  const out = new Map<string, KeptReasons>();
  for (const grid of owned) for (const [key, kept] of keptReasons(grid, words)) out.set(key, kept);
  return out;
}
