import { InvalidOptionsError } from "../core";
import { translate } from "../messages";
import { formatExplanation } from "./explain";
import { formatReport, reportChunks } from "./format-table";
import { workbooksIn } from "./inputs";
import type { CommandIo } from "./main";
import { commandOptions, jobsOf, type RawOptions } from "./options";
import { runAll } from "./pool";
import { progressBar } from "./progress";
import { preconvert } from "./preconvert";
import { analyzeFile, type Task, type TaskResult } from "./task";

export interface AnalyzeOptions extends RawOptions {
  readonly json?: boolean;
  readonly ndjson?: boolean;
  readonly explain?: boolean;
}

/** Exit 0 when every file was read; 2 when any could not be (each says why, and the rest go on). */
export async function runAnalyze(args: readonly string[], raw: AnalyzeOptions, io: CommandIo): Promise<number> {
  const options = commandOptions(raw);
  const lang = options.language;
  const inputs = workbooksIn(args);
  if (!inputs.batch && !raw.ndjson) {
    const report = await analyzeFile(inputs.files[0] ?? "", options);
    if (raw.explain && !raw.json) io.out(`${formatExplanation(report, lang)}\n`);
    if (raw.json) io.json(report, 2);
    // A chunk at a time: a million rows' table (hundreds of MB of text) is never held whole.
    else for (const chunk of reportChunks(report, lang)) io.out(chunk);
    return 0;
  }
  if (raw.json) throw new InvalidOptionsError("jsonOfMany");
  const jobs = jobsOf(raw.jobs);
  const converted = await preconvert(inputs.files, jobs);
  const tasks = inputs.files.map((file): Task => {
    const read = converted.xlsx.get(file);
    return { kind: "analyze", file, options, ...(read === undefined ? {} : { read }) };
  });
  const progress = progressBar(tasks.length);
  let failed = 0;
  await runAll(tasks, jobs, (result: TaskResult) => {
    progress.tick(result.file);
    if (result.error) failed++;
    if (raw.ndjson) {
      io.json(result.error ? { file: result.file, error: result.error } : { file: result.file, ...result.report });
    } else if (result.error) {
      const message = result.error.message;
      progress.above(() => io.err(`indicators: ${message}`));
    } else if (result.report) {
      io.out(`== ${result.file}\n${formatReport(result.report, lang)}\n`);
    }
  });
  progress.end();
  converted.cleanup();
  if (!raw.ndjson)
    io.err(
      translate(lang, "cli.analyzed", {
        read: String(tasks.length - failed),
        hasFailed: failed > 0 ? "yes" : "no",
        failed: String(failed),
      }),
    );
  return failed > 0 ? 2 : 0;
}
