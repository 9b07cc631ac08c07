import { existsSync, statSync } from "node:fs";
import { InvalidOptionsError, WorkbookReadError } from "../core";
import { analyzeThroughPort, hasIndicatorTable } from "../usecases/analyze";
import { XlsxWorkbook } from "../xlsx/xlsx-workbook";
import { flagValue, type ParsedArgs } from "./args";
import { formatExplanation } from "./explain";
import { formatReport } from "./format-table";
import { externalSettings } from "./run-settings";
import type { CliIo } from "./main";

export function languageOf(args: ParsedArgs): "zh-TW" | "en" {
  const lang = flagValue(args, "--lang") ?? "zh-TW";
  if (lang === "zh-TW" || lang === "en") return lang;
  throw new InvalidOptionsError(
    `--lang 只接受 zh-TW 或 en，收到「${lang}」 / --lang takes zh-TW or en; got "${lang}".`,
  );
}

export async function openWorkbook(path: string | undefined): Promise<XlsxWorkbook> {
  if (path === undefined) throw new InvalidOptionsError("請指定 .xlsx 檔案 / Name an .xlsx file.");
  if (!existsSync(path)) throw new WorkbookReadError("NO_SUCH_FILE", `找不到檔案「${path}」 / No such file: ${path}`);
  if (statSync(path).isDirectory())
    throw new WorkbookReadError("NOT_A_FILE", `「${path}」是資料夾 / ${path} is a folder, not a workbook.`);
  return XlsxWorkbook.fromFile(path);
}

export async function runAnalyze(args: ParsedArgs, io: CliIo): Promise<number> {
  const lang = languageOf(args);
  const path = args.positional[0];
  const workbook = await openWorkbook(path);
  const sheet = flagValue(args, "--sheet");
  const settings = await externalSettings(args);
  const report = await analyzeThroughPort(workbook, sheet === undefined ? { settings } : { sheet, settings });
  if (!hasIndicatorTable(report)) {
    const looked = report.findings[0];
    const detail = looked ? (lang === "zh-TW" ? looked.message : looked.messageEn) : "";
    throw new WorkbookReadError("NO_INDICATOR_TABLE", `${path ?? ""}: ${detail}`);
  }
  if (args.flags.has("--explain") && !args.flags.has("--json")) io.out(`${formatExplanation(report, lang)}\n`);
  io.out(args.flags.has("--json") ? JSON.stringify(report, null, 2) : formatReport(report, lang));
  return 0;
}
