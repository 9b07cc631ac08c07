import type { FindingCode, Light, ReportLanguage, WorkbookReport } from "../core";
import { reportingPeriod } from "../core/plan/reporting-period";
import { findingWords } from "../messages";

/** What the consolidated review keeps of one workbook: small enough for thousands of files. */
export interface WorkbookSummary {
  readonly title: string;
  readonly sheets: readonly string[];
  readonly period: string | null;
  readonly indicators: number;
  readonly lights: Readonly<Record<Light, number>>;
  /** Met over those with a light other than □; null when none. */
  readonly shareMet: number | null;
  readonly byCode: Readonly<Partial<Record<FindingCode, number>>>;
  readonly findings: ReadonlyArray<{ sheet: string; cell: string | null; code: FindingCode; text: string }>;
}

/** One workbook as the consolidated review keeps it: the counts (tally) and each finding's words. */
export function summarize(report: WorkbookReport, language: ReportLanguage): WorkbookSummary {
  const { period, indicators, lights, shareMet } = tally(report);
  const byCode: Partial<Record<FindingCode, number>> = {};
  for (const f of report.findings) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  const titled = report.sheets.flatMap((s) => s.tables).find((t) => t.title);
  return {
    title: titled?.title ?? report.sheets[0]?.sheet ?? "",
    sheets: report.sheets.map((s) => s.sheet),
    period,
    indicators,
    lights,
    shareMet,
    byCode,
    findings: report.findings.map((f) => ({
      sheet: f.sheet,
      cell: f.cell,
      code: f.code,
      text: findingWords(f, language),
    })),
  };
}

/**
 * The counts of the summary line, by the report sheet's own rule: the lights of the reporting period
 * (the latest evaluated), one per indicator, and of indicators with no period at all.
 */
export function tally(report: WorkbookReport): Pick<WorkbookSummary, "period" | "indicators" | "lights" | "shareMet"> {
  const period = reportingPeriod(report);
  const lights: Record<Light, number> = { green: 0, yellow: 0, red: 0, white: 0 };
  let indicators = 0;
  for (const sheet of report.sheets)
    for (const indicator of sheet.indicators) {
      indicators++;
      for (const p of indicator.periods)
        if (period === null || p.period === period || p.period === null) lights[p.light]++;
    }
  const judged = lights.green + lights.yellow + lights.red;
  return { period, indicators, lights, shareMet: judged > 0 ? lights.green / judged : null };
}
