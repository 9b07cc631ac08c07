import { comparisonTally, reportKind, type DraftMethod, type ReportLanguage } from "../core";
import { writeReport } from "../usecases/report";
import { writeReview } from "../usecases/review";
import { writeTargetDrafts } from "../usecases/targets";
import { writeSettingsSheet } from "../usecases/settings";
import type { XlsxWorkbook } from "../xlsx/xlsx-workbook";
import { findingMessage, translate } from "../messages";
import { externalSettings } from "./run-settings";

export interface CommandOptions {
  readonly language: ReportLanguage;
  readonly sheet?: string;
  readonly yellowFrom: number;
  readonly cap: boolean;
  readonly method: DraftMethod;
  readonly stretch: number;
  /** --settings OTHER.xlsx: 指標設定 from another workbook (a path: options cross to worker threads). */
  readonly settings?: string;
}

export type WriteCommand = "report" | "review" | "targets" | "settings";

/** Applies a command's use-case to the workbook in memory and returns the line that says what was written. */
export async function applyCommand(
  command: WriteCommand,
  workbook: XlsxWorkbook,
  options: CommandOptions,
): Promise<(output: string) => string> {
  const external = await externalSettings(options.settings);
  if (command === "settings") {
    const outcome = await writeSettingsSheet(workbook, options.language, external);
    const sheet = [...outcome.applied.sheets.values()].join(", ");
    const rows = outcome.rows.indicators.length;
    const problems = outcome.analysis.report.findings.filter((f) => f.code.startsWith("SETTINGS_"));
    const lines = problems.map((f) => `  ${f.sheet}!${f.cell ?? ""}: ${findingMessage(f, options.language)}`);
    return (output) =>
      [
        translate(options.language, "cli.settingsWritten", { output, sheet, rows, problems: problems.length }),
        ...lines,
      ].join("\n");
  }
  if (command === "report") {
    const outcome = await writeReport(
      workbook,
      { language: options.language, bands: { yellowFrom: options.yellowFrom }, capAtOne: options.cap },
      external,
    );
    const sheet = [...outcome.applied.sheets.values()].join(", ");
    const rows = outcome.report.sheets.reduce((n, s) => n + s.indicators.reduce((m, i) => m + i.periods.length, 0), 0);
    const cards = outcome.report.sheets.reduce((n, s) => n + s.scorecards.length, 0);
    // A comparison's report has a row per item (its last two periods side by side), not per period.
    if (reportKind(outcome.report) === "comparison") {
      const items = comparisonTally(outcome.report).items;
      return (output) => translate(options.language, "cli.reportWrittenComparison", { output, sheet, items });
    }
    return (output) =>
      translate(options.language, "cli.reportWritten", { output, sheet, rows: String(rows), cards: String(cards) });
  }
  if (command === "review") {
    const outcome = await writeReview(workbook, options.language, external);
    const findings = outcome.report.findings.length;
    const kept = outcome.applied.skippedNotes?.length ?? 0;
    const notes = (outcome.plan.notes?.length ?? 0) - kept;
    return (output) => translate(options.language, "cli.reviewWritten", { output, findings, notes, kept });
  }
  const outcome = await writeTargetDrafts(workbook, {
    method: options.method,
    stretch: options.stretch,
    language: options.language,
    settings: external,
  });
  const lowered = outcome.drafts.filter((d) => d.lowered).length;
  const sheet = [...outcome.applied.sheets.values()].join(", ");
  return (output) =>
    translate(options.language, "cli.targetsWritten", {
      output,
      sheet,
      drafts: String(outcome.drafts.length),
      hasLowered: lowered > 0 ? "yes" : "no",
      lowered: String(lowered),
    });
}
