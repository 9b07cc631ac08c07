#!/usr/bin/env node
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { IndicatorsError, type ReportLanguage } from "../core";
import { errorText, translate, type MessageKey } from "../messages";
import { languageNamed } from "./options";
import { runAnalyze, type AnalyzeOptions } from "./run-analyze";
import { runWrite, type WriteOptions } from "./run-write";
import { terminalJson, terminalLines, width } from "./terminal";
import type { WriteCommand } from "./writers";

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** What the commands write through: CliIo's text made safe on its way, and JSON made safe as it is made. */
export interface CommandIo extends CliIo {
  /** The value as JSON (terminalJson), written as it is: its strings were checked, not the whole text. */
  readonly json: (value: unknown, space?: number) => void;
}

/** The package's version, from the package.json above this file (src/cli or dist/lib/cli). */
function version(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  }
  return "0.0.0";
}

/** Before parsing, so that a usage error can already speak the language asked for (zh-TW if unknown). */
function languageIn(argv: readonly string[]): ReportLanguage {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? undefined : argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
  return languageNamed(value) ?? "zh-TW";
}

/** Commander's usage errors the catalog words, by the English commander writes them in. */
const USAGE_ERRORS: ReadonlyArray<readonly [RegExp, MessageKey]> = [
  [/^unknown option (\S+)/, "cli.usage.unknownOption"],
  [/^unknown command (\S+)/, "cli.usage.unknownCommand"],
  [/^option (.+) argument missing/, "cli.usage.missingArgument"],
  [/^too many arguments/, "cli.usage.tooManyArguments"],
];

/**
 * Commander's error as one line (its "Did you mean …?" joins it), in the catalog's words where the
 * error is one it knows; another is shown as commander says it.
 */
function usageLine(text: string, language: ReportLanguage): string {
  const line = text
    .replace(/^error: /, "")
    .replace(/\s*\n\s*/g, " ")
    .trim();
  for (const [pattern, key] of USAGE_ERRORS) {
    const match = pattern.exec(line);
    if (match === null) continue;
    const suggested = / ?\(Did you mean (.+)\?\)/.exec(line)?.[1];
    const suggestion = suggested === undefined ? "" : translate(language, "cli.usage.suggestion", { name: suggested });
    return `${translate(language, key, { name: match[1] ?? "" })}${suggestion}${translate(language, "cli.usage.seeHelp")}`;
  }
  return line;
}

function program(io: CommandIo, language: ReportLanguage, run: (code: Promise<number>) => void): Command {
  // Help speaks the language of the run, like everything else the command prints: commander's own
  // words (its headings, "[options]", the placeholders) come from the catalog too.
  const h = (key: string): string => translate(language, `cli.help.${key}` as MessageKey);
  const term = (key: string): string => h(`term.${key}`);
  const files = `[${term("files")}...]`;
  const titles: Readonly<Record<string, string>> = {
    "Usage:": h("usage"),
    "Arguments:": h("arguments"),
    "Options:": h("options"),
    "Commands:": h("commands"),
    "Global Options:": h("globalOptions"),
  };
  const lang = () => new Option(`--lang <${term("lang")}>`, h("lang"));
  const jobs = () => new Option(`-j, --jobs <${term("jobs")}>`, h("jobs"));
  const settings = () => new Option(`--settings <${term("file")}>`, h("settingsFile"));
  const share = `<${term("share")}>`;
  const cli = new Command("indicators")
    .description(h("program"))
    .usage(`${term("options")} [${term("command")}]`)
    .version(version(), "-V, --version", h("version"))
    .helpOption("-h, --help", h("help"))
    .helpCommand(`help [${term("command")}]`, h("helpCommand"))
    .configureHelp({
      styleTitle: (title) => titles[title] ?? title,
      // Columns line up as the terminal draws Chinese: two columns each.
      displayWidth: (text) => width(text),
      // A command in the list of commands as its usage says it (commander's own adds "[options]").
      subcommandTerm: (command) => `${command.name()} ${command.usage()}`.trimEnd(),
    })
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
      // One line: commander's suggestion ("Did you mean …?") joins the error instead of a second line.
      outputError: (text, write) => write(`indicators: ${usageLine(text, language)}`),
    });
  const usage = `${term("options")} ${files}`;
  cli
    .command("analyze")
    .description(h("analyze"))
    .argument(files, h("files"))
    .usage(usage)
    .option(`--sheet <${term("sheet")}>`, h("sheet"))
    .option("--json", h("json"))
    .option("--ndjson", h("ndjson"))
    .option("--explain", h("explain"))
    .option(`--yellow-from ${share}`, h("yellowFrom"))
    .option("--cap", h("cap"))
    .addOption(settings())
    .addOption(lang())
    .addOption(jobs())
    .action((files: string[], options: AnalyzeOptions) => run(runAnalyze(files, options, io)));
  const writer = (name: WriteCommand, description: string) =>
    cli
      .command(name)
      .description(description)
      .argument(files, h("files"))
      .usage(usage)
      .option(`-o, --output <${term("output")}>`, h("output"))
      .addOption(settings())
      .addOption(lang())
      .addOption(jobs());
  writer("report", h("report"))
    .option(`--yellow-from ${share}`, h("yellowFrom"))
    .option("--cap", h("cap"))
    .action((files: string[], options: WriteOptions) => run(runWrite("report", files, options, io)));
  writer("review", h("review")).action((files: string[], options: WriteOptions) =>
    run(runWrite("review", files, options, io)),
  );
  writer("targets", h("targets"))
    .option(`--method <${term("method")}>`, h("method"))
    .option(`--stretch ${share}`, h("stretch"))
    .action((files: string[], options: WriteOptions) => run(runWrite("targets", files, options, io)));
  writer("settings", h("settings")).action((files: string[], options: WriteOptions) =>
    run(runWrite("settings", files, options, io)),
  );
  return cli;
}

/** Exit codes: 0 read (findings or not), 1 unexpected failure, 2 unusable input or usage. */
export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  // Nothing the command prints carries a control character to the terminal: workbook text (a sheet's
  // name, a cell's text in an error) is shown escaped. JSON escapes its own (terminalJson).
  const io: CommandIo = {
    out: (text) => given.out(terminalLines(text)),
    err: (text) => given.err(terminalLines(text)),
    json: (value, space) => given.out(terminalJson(value, space)),
  };
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
      // What a library or the writer said, in its own terms: for whoever looks into it, not in the line above.
      const cause: unknown = error.cause;
      if (process.env.INDICATORS_DEBUG && cause !== undefined)
        io.err(cause instanceof Error ? (cause.stack ?? cause.message) : JSON.stringify(cause));
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(
      `indicators: ${translate(languageIn(argv), "cli.unexpectedError", { message: message.split("\n")[0] ?? "" })}`,
    );
    if (process.env.INDICATORS_DEBUG) io.err(error instanceof Error ? (error.stack ?? "") : "");
    return 1;
  }
}

/**
 * Run as the command (`node main.js`, `node main`, the bin's link to it), not required for runCli
 * (scripts/bench-child.js, the tests). Not `require.main === module`: in the bundled command
 * (webpack.cli.config.js) webpack makes that true whoever requires the file.
 */
function runAsCommand(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(existsSync(script) ? script : `${script}.js`) === realpathSync(__filename);
  } catch {
    return false;
  }
}

/**
 * A reader that stops reading (`indicators analyze … | head`) closes the pipe: the command has
 * nothing more to say to it and ends quietly, exit 0, as `cat` and `grep` do.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}

if (runAsCommand()) {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  void runCli(process.argv.slice(2), {
    // The newline written on its own: text + "\n" would copy a report of 17 MB (20,000 indicators) whole.
    out: (text) => {
      process.stdout.write(text);
      if (!text.endsWith("\n")) process.stdout.write("\n");
    },
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
}
