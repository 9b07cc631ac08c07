import { InvalidOptionsError, type ReportLanguage } from "../core";
import type { XlsxWorkbook } from "../xlsx/xlsx-workbook";
import { saveWorkbook } from "../xlsx/save-workbook";
import { flagValue, type ParsedArgs } from "./args";
import type { CliIo } from "./main";
import { languageOf, openWorkbook } from "./run-analyze";

/**
 * The shape of report, review and targets: open IN, apply a use-case to it in memory, save to
 * OUT (temporary file and rename), and say what was written in the chosen language.
 */
export async function runWriteCommand<T>(
  args: ParsedArgs,
  io: CliIo,
  apply: (workbook: XlsxWorkbook, language: ReportLanguage) => Promise<T>,
  describe: (outcome: T, output: string, language: ReportLanguage) => string,
): Promise<number> {
  const language = languageOf(args);
  const output = flagValue(args, "-o", "--output");
  if (output === undefined)
    throw new InvalidOptionsError("請以 -o 指定輸出檔 / Name the output file with -o OUT.xlsx.");
  const workbook = await openWorkbook(args.positional[0]);
  const outcome = await apply(workbook, language);
  await saveWorkbook(workbook, output);
  io.out(describe(outcome, output, language));
  return 0;
}
