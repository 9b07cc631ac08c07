import { InvalidOptionsError } from "../core";
import { writeReport } from "../usecases/report";
import { saveWorkbook } from "../xlsx/save-workbook";
import { flagValue, type ParsedArgs } from "./args";
import type { CliIo } from "./main";
import { languageOf, openWorkbook } from "./run-analyze";

/** indicators report IN.xlsx -o OUT.xlsx [--lang zh-TW|en] [--cap] */
export async function runReport(args: ParsedArgs, io: CliIo): Promise<number> {
  const language = languageOf(args);
  const output = flagValue(args, "-o", "--output");
  if (output === undefined)
    throw new InvalidOptionsError("請以 -o 指定輸出檔 / Name the output file with -o OUT.xlsx.");
  const workbook = await openWorkbook(args.positional[0]);
  const outcome = await writeReport(workbook, {
    language,
    bands: { yellowFrom: 0.9 },
    capAtOne: args.flags.has("--cap"),
  });
  await saveWorkbook(workbook, output);
  const sheet = [...outcome.applied.sheets.values()].join(", ");
  const rows = outcome.report.sheets.reduce((n, s) => n + s.indicators.reduce((m, i) => m + i.periods.length, 0), 0);
  io.out(
    language === "zh-TW"
      ? `已寫入 ${output}：工作表「${sheet}」，${rows} 列。`
      : `Wrote ${output}: sheet "${sheet}", ${rows} rows.`,
  );
  return 0;
}
