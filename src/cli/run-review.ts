import { InvalidOptionsError } from "../core";
import { writeReview } from "../usecases/review";
import { saveWorkbook } from "../xlsx/save-workbook";
import { flagValue, type ParsedArgs } from "./args";
import type { CliIo } from "./main";
import { languageOf, openWorkbook } from "./run-analyze";

/** indicators review IN.xlsx -o OUT.xlsx [--lang zh-TW|en] */
export async function runReview(args: ParsedArgs, io: CliIo): Promise<number> {
  const language = languageOf(args);
  const output = flagValue(args, "-o", "--output");
  if (output === undefined)
    throw new InvalidOptionsError("請以 -o 指定輸出檔 / Name the output file with -o OUT.xlsx.");
  const workbook = await openWorkbook(args.positional[0]);
  const outcome = await writeReview(workbook, language);
  await saveWorkbook(workbook, output);
  const findings = outcome.report.findings.length;
  const notes = (outcome.plan.notes?.length ?? 0) - (outcome.applied.skippedNotes?.length ?? 0);
  const kept = outcome.applied.skippedNotes?.length ?? 0;
  io.out(
    language === "zh-TW"
      ? `已寫入 ${output}：檢核發現 ${findings} 項，註解 ${notes} 則${kept > 0 ? `（${kept} 格已有他人註解，列於「檢核結果」）` : ""}。`
      : `Wrote ${output}: ${findings} findings, ${notes} notes${kept > 0 ? ` (${kept} cells hold a person's note; see the findings sheet)` : ""}.`,
  );
  return 0;
}
