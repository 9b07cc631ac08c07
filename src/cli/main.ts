#!/usr/bin/env node
import { IndicatorsError } from "../core";
import { parseArgs, type ParsedArgs } from "./args";
import { runAnalyze } from "./run-analyze";
import { runReport } from "./run-report";
import { runReview } from "./run-review";
import { runTargets } from "./run-targets";
import { runSettings } from "./run-settings";

const USAGE = `用法 / usage:
  indicators analyze FILE.xlsx [--sheet NAME] [--json] [--explain] [--lang zh-TW|en]
  indicators report IN.xlsx -o OUT.xlsx [--lang zh-TW|en] [--cap]
  indicators review IN.xlsx -o OUT.xlsx [--lang zh-TW|en]
  indicators targets IN.xlsx -o OUT.xlsx --method trend|growth|hold|stretch [--stretch 5%] [--lang zh-TW|en]
  indicators settings IN.xlsx -o OUT.xlsx [--lang zh-TW|en]
  (analyze, report, review, targets, settings: [--settings OTHER.xlsx] takes 指標設定 from another workbook)
`;

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Exit codes: 0 read (findings or not), 1 unexpected failure, 2 unusable input or usage. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
    switch (args.command) {
      case "analyze":
        return await runAnalyze(args, io);
      case "report":
        return await runReport(args, io);
      case "review":
        return await runReview(args, io);
      case "targets":
        return await runTargets(args, io);
      case "settings":
        return await runSettings(args, io);
      case null:
      case "help":
        io.out(USAGE);
        return args.command === null && !args.flags.has("--help") ? 2 : 0;
      default:
        io.err(`未知的指令「${args.command}」 / Unknown command "${args.command}".\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof IndicatorsError) {
      io.err(`indicators: ${error.message.split("\n")[0] ?? ""}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`indicators: 發生未預期的錯誤 / unexpected error: ${message.split("\n")[0] ?? ""}`);
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
