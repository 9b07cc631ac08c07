import { writeReport } from "../usecases/report";
import type { ParsedArgs } from "./args";
import type { CliIo } from "./main";
import { runWriteCommand } from "./write-command";
import { externalSettings } from "./run-settings";

/** indicators report IN.xlsx -o OUT.xlsx [--lang zh-TW|en] [--cap] */
export async function runReport(args: ParsedArgs, io: CliIo): Promise<number> {
  const settings = await externalSettings(args);
  return runWriteCommand(
    args,
    io,
    (workbook, language) =>
      writeReport(workbook, { language, bands: { yellowFrom: 0.9 }, capAtOne: args.flags.has("--cap") }, settings),
    (outcome, output, language) => {
      const sheet = [...outcome.applied.sheets.values()].join(", ");
      const rows = outcome.report.sheets.reduce(
        (n, s) => n + s.indicators.reduce((m, i) => m + i.periods.length, 0),
        0,
      );
      const cards = outcome.report.sheets.reduce((n, s) => n + s.scorecards.length, 0);
      return language === "zh-TW"
        ? `已寫入 ${output}：工作表「${sheet}」，指標 ${rows} 列、評分欄 ${cards} 個。`
        : `Wrote ${output}: sheet "${sheet}", ${rows} indicator rows, ${cards} score columns.`;
    },
  );
}
