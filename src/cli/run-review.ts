import { writeReview } from "../usecases/review";
import type { ParsedArgs } from "./args";
import type { CliIo } from "./main";
import { runWriteCommand } from "./write-command";
import { externalSettings } from "./run-settings";

/** indicators review IN.xlsx -o OUT.xlsx [--lang zh-TW|en] */
export async function runReview(args: ParsedArgs, io: CliIo): Promise<number> {
  const settings = await externalSettings(args);
  return runWriteCommand(
    args,
    io,
    (workbook, language) => writeReview(workbook, language, settings),
    (outcome, output, language) => {
      const findings = outcome.report.findings.length;
      const kept = outcome.applied.skippedNotes?.length ?? 0;
      const notes = (outcome.plan.notes?.length ?? 0) - kept;
      return language === "zh-TW"
        ? `已寫入 ${output}：檢核發現 ${findings} 項，註解 ${notes} 則${kept > 0 ? `（${kept} 格已有他人註解，列於「檢核結果」）` : ""}。`
        : `Wrote ${output}: ${findings} findings, ${notes} notes${kept > 0 ? ` (${kept} cells hold a person's note; see the findings sheet)` : ""}.`;
    },
  );
}
