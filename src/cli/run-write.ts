import { existsSync, mkdirSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { InvalidOptionsError, type ReportLanguage } from "../core";
import { translate } from "../messages";
import { kindOf, openWorkbook, outputFormat, saveOutput, type OutputFormat } from "./files";
import { workbooksIn } from "./inputs";
import { isNdjson, resultsOf } from "./ndjson";
import type { CliIo } from "./main";
import { commandOptions, jobsOf, type RawOptions } from "./options";
import { runAll } from "./pool";
import { preconvert } from "./preconvert";
import { progressBar } from "./progress";
import type { Task, TaskResult } from "./task";
import { applyCommand, type WriteCommand } from "./writers";

export interface WriteOptions extends RawOptions {
  readonly output?: string;
}

/**
 * report, review and targets. One file: apply the command to it and write -o (.xlsx, .ods; .pdf for
 * report). Several (files, folders, patterns): review writes one consolidated workbook to -o;
 * report and targets write one file per input into the folder -o.
 */
export async function runWrite(
  command: WriteCommand,
  args: readonly string[],
  raw: WriteOptions,
  io: CliIo,
): Promise<number> {
  const options = commandOptions(raw);
  const output = raw.output;
  if (output === undefined) throw new InvalidOptionsError("noOutput");
  const inputs = workbooksIn(args);
  if (!inputs.batch) {
    const format = outputFormat(output, command === "report");
    const workbook = await openWorkbook(inputs.files[0]);
    const describe = await applyCommand(command, workbook, options);
    // A PDF of a long report keeps LibreOffice busy for minutes: it says so on stderr as it works.
    const notices = await saveOutput(
      workbook,
      output,
      format,
      options.language,
      format === "pdf" ? (line) => io.err(line) : undefined,
    );
    io.out(describe(output));
    for (const notice of notices) io.err(notice);
    return 0;
  }
  if (command === "review") {
    const format = outputFormat(output, false);
    const merged = inputs.files.filter(isNdjson).flatMap((file) => resultsOf(file, options.language));
    const tasks = inputs.files.filter((f) => !isNdjson(f)).map((file): Task => ({ kind: "summarize", file, options }));
    const results = [...merged, ...(await runWithProgress(tasks, raw, options.language, io))];
    const order = (r: TaskResult) => {
      const i = inputs.files.indexOf(r.file);
      return i < 0 ? -1 : i;
    };
    const sorted = merged.length > 0 ? results : [...results].sort((a, b) => order(a) - order(b));
    // The package writer builds the summary in a new package; loaded here, not by every command.
    const { buildSummaryWorkbook } = await import("./summary-workbook");
    await saveOutput(await buildSummaryWorkbook(sorted, options.language), output, format, options.language);
    return finish(results, output, options.language, io);
  }
  if (extname(output) !== "" && !(existsSync(output) && statSync(output).isDirectory()))
    throw new InvalidOptionsError("outputFolder", { output });
  mkdirSync(output, { recursive: true });
  const used = new Set<string>();
  const tasks = inputs.files.map((file): Task => {
    // An .xlsm stays .xlsm, macros kept; an .ods stays .ods.
    const format: OutputFormat =
      existsSync(file) && kindOf(file) === "ods" ? "ods" : extname(file).toLowerCase() === ".xlsm" ? "xlsm" : "xlsx";
    const stem = basename(file, extname(file));
    let name = `${stem}.${format}`;
    for (let n = 2; used.has(name); n++) name = `${stem} (${n}).${format}`;
    used.add(name);
    return { kind: command, file, output: join(output, name), format, options };
  });
  const results = await runWithProgress(tasks, raw, options.language, io);
  return finish(results, output, options.language, io);
}

async function runWithProgress(
  planned: readonly Task[],
  raw: WriteOptions,
  language: ReportLanguage,
  io: CliIo,
): Promise<TaskResult[]> {
  const jobs = jobsOf(raw.jobs);
  const converted = await preconvert(
    planned.map((t) => t.file),
    jobs,
  );
  const tasks = planned.map((task): Task => {
    const read = converted.xlsx.get(task.file);
    return read === undefined ? task : { ...task, read };
  });
  const results: TaskResult[] = [];
  const progress = progressBar(tasks.length);
  try {
    await runAll(tasks, jobs, (result) => {
      progress.tick(result.file);
      results.push(result);
      const error = result.error;
      if (error) progress.above(() => io.err(`indicators: ${error.message}`));
    });
  } finally {
    progress.end();
    converted.cleanup();
  }
  return results;
}

function finish(results: readonly TaskResult[], output: string, language: ReportLanguage, io: CliIo): number {
  const failed = results.filter((r) => r.error).length;
  const read = results.length - failed;
  io.out(
    translate(language, "cli.wroteBatch", {
      output,
      read: String(read),
      hasFailed: failed > 0 ? "yes" : "no",
      failed: String(failed),
    }),
  );
  return failed > 0 ? 2 : 0;
}
