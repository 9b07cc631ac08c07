import { WorkbookReadError, type ParsedSettings } from "../core";
import { settingsOfWorkbook, writeSettingsSheet } from "../usecases/settings";
import { flagValue, type ParsedArgs } from "./args";
import type { CliIo } from "./main";
import { openWorkbook } from "./run-analyze";
import { runWriteCommand } from "./write-command";

/** --settings FILE.xlsx: the settings sheet of another workbook, matched by sheet and name, then by name. */
export async function externalSettings(args: ParsedArgs): Promise<ParsedSettings | null> {
  const path = flagValue(args, "--settings");
  if (path === undefined) return null;
  const parsed = await settingsOfWorkbook(await openWorkbook(path));
  if (parsed === null) {
    throw new WorkbookReadError(
      "NO_SETTINGS",
      `「${path}」沒有指標設定工作表（找不到 工作表／指標／方向／排除 的表頭列）；請以 indicators settings 產生 / "${path}" has no settings sheet (no heading row with Sheet / Indicator / Direction / Exclude); write one with indicators settings.`,
    );
  }
  return parsed;
}

/** indicators settings IN.xlsx -o OUT.xlsx [--lang zh-TW|en] [--settings OTHER.xlsx] */
export async function runSettings(args: ParsedArgs, io: CliIo): Promise<number> {
  const external = await externalSettings(args);
  return runWriteCommand(
    args,
    io,
    (workbook, language) => writeSettingsSheet(workbook, language, external),
    (outcome, output, language) => {
      const sheet = [...outcome.applied.sheets.values()].join(", ");
      const rows = outcome.rows.indicators.length;
      const problems = outcome.analysis.report.findings.filter((f) => f.code.startsWith("SETTINGS_"));
      const lines = problems.map(
        (f) => `  ${f.sheet}!${f.cell ?? ""}: ${language === "zh-TW" ? f.message : f.messageEn}`,
      );
      const head =
        language === "zh-TW"
          ? `已寫入 ${output}：工作表「${sheet}」，指標 ${rows} 列${problems.length > 0 ? `；設定有 ${problems.length} 處需修正：` : "。"}`
          : `Wrote ${output}: sheet "${sheet}", ${rows} indicator rows${problems.length > 0 ? `; ${problems.length} settings cells to fix:` : "."}`;
      return [head, ...lines].join("\n");
    },
  );
}
