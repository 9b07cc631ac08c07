import type { DraftMethod, ReportLanguage } from "../core";
import { writeReport } from "../usecases/report";
import { writeReview } from "../usecases/review";
import { writeTargetDrafts } from "../usecases/targets";
import type { XlsxWorkbook } from "../xlsx/xlsx-workbook";

export interface CommandOptions {
  readonly language: ReportLanguage;
  readonly sheet?: string;
  readonly yellowFrom: number;
  readonly cap: boolean;
  readonly method: DraftMethod;
  readonly stretch: number;
}

export type WriteCommand = "report" | "review" | "targets";

/** Applies a command's use-case to the workbook in memory and returns the line that says what was written. */
export async function applyCommand(
  command: WriteCommand,
  workbook: XlsxWorkbook,
  options: CommandOptions,
): Promise<(output: string) => string> {
  const zh = options.language === "zh-TW";
  if (command === "report") {
    const outcome = await writeReport(workbook, {
      language: options.language,
      bands: { yellowFrom: options.yellowFrom },
      capAtOne: options.cap,
    });
    const sheet = [...outcome.applied.sheets.values()].join(", ");
    const rows = outcome.report.sheets.reduce((n, s) => n + s.indicators.reduce((m, i) => m + i.periods.length, 0), 0);
    const cards = outcome.report.sheets.reduce((n, s) => n + s.scorecards.length, 0);
    return (output) =>
      zh
        ? `已寫入 ${output}：工作表「${sheet}」，指標 ${rows} 列、評分欄 ${cards} 個。`
        : `Wrote ${output}: sheet "${sheet}", ${rows} indicator rows, ${cards} score columns.`;
  }
  if (command === "review") {
    const outcome = await writeReview(workbook, options.language);
    const findings = outcome.report.findings.length;
    const kept = outcome.applied.skippedNotes?.length ?? 0;
    const notes = (outcome.plan.notes?.length ?? 0) - kept;
    return (output) =>
      zh
        ? `已寫入 ${output}：檢核發現 ${findings} 項，註解 ${notes} 則${kept > 0 ? `（${kept} 格已有他人註解，列於「檢核結果」）` : ""}。`
        : `Wrote ${output}: ${findings} findings, ${notes} notes${kept > 0 ? ` (${kept} cells hold a person's note; see the findings sheet)` : ""}.`;
  }
  const outcome = await writeTargetDrafts(workbook, {
    method: options.method,
    stretch: options.stretch,
    language: options.language,
  });
  const lowered = outcome.drafts.filter((d) => d.lowered).length;
  const sheet = [...outcome.applied.sheets.values()].join(", ");
  return (output) =>
    zh
      ? `已寫入 ${output}：工作表「${sheet}」，${outcome.drafts.length} 項草案${lowered > 0 ? `，${lowered} 項下修需說明` : ""}。`
      : `Wrote ${output}: sheet "${sheet}", ${outcome.drafts.length} drafts${lowered > 0 ? `, ${lowered} lowered (state a reason)` : ""}.`;
}
