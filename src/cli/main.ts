#!/usr/bin/env node
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { IndicatorsError, type ReportLanguage } from "../core";
import { errorText } from "../messages";
import { runAnalyze, type AnalyzeOptions } from "./run-analyze";
import { runWrite, type WriteOptions } from "./run-write";
import type { WriteCommand } from "./writers";

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** The package's version, from the package.json above this file (src/cli or dist/lib/cli). */
function version(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  }
  return "0.0.0";
}

/** Before parsing, so that a usage error can already speak the language asked for. */
function languageIn(argv: readonly string[]): ReportLanguage {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? undefined : argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
  return value === "en" ? "en" : "zh-TW";
}

const lang = () => new Option("--lang <lang>", "zh-TW (or zh) | en");
const jobs = () => new Option("-j, --jobs <n>", "worker threads for several files (default: all cores)");
const settings = () =>
  new Option("--settings <file>", "指標設定 from another workbook / the settings sheet of another workbook");

/** Commander's error as one line (its "Did you mean …?" joins it), in zh-TW where the words are known. */
function usageLine(text: string, language: ReportLanguage): string {
  const line = text
    .replace(/^error: /, "")
    .replace(/\s*\n\s*/g, " ")
    .trim();
  if (language === "en") return line;
  const zh = line
    .replace(/^unknown option (\S+)/, "不認得的選項 $1")
    .replace(/^unknown command (\S+)/, "不認得的指令 $1")
    .replace(/^option (.+) argument missing/, "選項 $1 需要一個值")
    .replace(/ ?\(Did you mean (.+)\?\)/, "（是否要用 $1？）");
  return zh === line ? line : `${zh}；請見 indicators --help`;
}

function program(io: CliIo, language: ReportLanguage, run: (code: Promise<number>) => void): Command {
  const cli = new Command("indicators")
    .description(
      "績效指標：達成度、成長率、燈號、檢核與報表 / performance indicators: achievement, growth, lights, review and reports",
    )
    .version(version(), "-V, --version")
    .helpOption("-h, --help")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
      // One line: commander's suggestion ("Did you mean …?") joins the error instead of a second line.
      outputError: (text, write) => write(`indicators: ${usageLine(text, language)}`),
    });
  cli
    .command("analyze")
    .description("讀取並計算，印出表格或 JSON / read and compute; print a table or JSON")
    .argument("[files...]", ".xlsx, .ods or .xls files, folders or patterns")
    .option("--sheet <name>", "only this sheet")
    .option("--json", "the JSON contract (one file)")
    .option("--ndjson", "one JSON line per workbook (an `error` line for one that cannot be read)")
    .option("--explain", "how each table was read")
    .option("--yellow-from <share>", "▲ from this share of target (default 90%)")
    .option("--cap", "cap achievement at 100%")
    .addOption(settings())
    .addOption(lang())
    .addOption(jobs())
    .action((files: string[], options: AnalyzeOptions) => run(runAnalyze(files, options, io)));
  const writer = (name: WriteCommand, description: string) =>
    cli
      .command(name)
      .description(description)
      .argument("[files...]", ".xlsx, .ods or .xls files, folders or patterns")
      .option("-o, --output <out>", "OUT.xlsx or OUT.ods (a folder for several files)")
      .addOption(settings())
      .addOption(lang())
      .addOption(jobs());
  writer("report", "寫入報表工作表與未達標標示 / write the report sheet and below-target flags (-o .xlsx, .ods, .pdf)")
    .option("--yellow-from <share>", "▲ from this share of target (default 90%)")
    .option("--cap", "cap achievement at 100%")
    .action((files: string[], options: WriteOptions) => run(runWrite("report", files, options, io)));
  writer(
    "review",
    "檢核發現寫為註解；多個檔案寫成一本彙整 / findings as notes; several files into one summary workbook",
  ).action((files: string[], options: WriteOptions) => run(runWrite("review", files, options, io)));
  writer("targets", "下期目標值草案 / draft next-period targets")
    .option("--method <method>", "trend | growth | hold | stretch", "trend")
    .option("--stretch <share>", "stretch over the trend (default 5%)")
    .action((files: string[], options: WriteOptions) => run(runWrite("targets", files, options, io)));
  writer(
    "settings",
    "寫入指標設定工作表（預填讀取結果，保留已修改者）/ write the indicator settings sheet, pre-filled with the reading; a person's edits kept",
  ).action((files: string[], options: WriteOptions) => run(runWrite("settings", files, options, io)));
  return cli;
}

/** Exit codes: 0 read (findings or not), 1 unexpected failure, 2 unusable input or usage. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let pending: Promise<number> = Promise.resolve(0);
  const cli = program(io, languageIn(argv), (code) => {
    pending = code;
  });
  try {
    await cli.parseAsync([...argv], { from: "user" });
    return await pending;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; help shown for want of a command, and every usage error, exit 2.
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" ? 0 : 2;
    }
    if (error instanceof IndicatorsError) {
      io.err(`indicators: ${errorText(error, languageIn(argv)).split("\n")[0] ?? ""}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(
      `indicators: ${languageIn(argv) === "en" ? "unexpected error" : "發生未預期的錯誤"}: ${message.split("\n")[0] ?? ""}`,
    );
    if (process.env.INDICATORS_DEBUG) io.err(error instanceof Error ? (error.stack ?? "") : "");
    return 1;
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
}
