import {
  DEFAULT_WORKBOOK_OPTIONS,
  IndicatorsError,
  WorkbookReadError,
  type Finding,
  type ReportLanguage,
  type WorkbookReport,
} from "../core";
import { findingMessage, errorText, joinSentences, translate } from "../messages";
import { analyzeThroughPort, hasIndicatorTable } from "../usecases/analyze";
import { externalSettings } from "./run-settings";
import { XlsxWorkbook } from "../xlsx/xlsx-workbook";
import { openWorkbook, saveOutput, type OutputFormat } from "./files";
import { summarize, type WorkbookSummary } from "./summary";
import { applyCommand, type CommandOptions, type WriteCommand } from "./writers";

/** One workbook's share of a command: what a worker thread runs, and what a single-file run runs in-process. */
export type Task = ReadTask | WriteTask;

export interface ReadTask {
  readonly kind: "analyze" | "summarize";
  readonly file: string;
  /** The .xlsx a batch already converted `file` (.ods, .xls) to. */
  readonly read?: string;
  readonly options: CommandOptions;
}

export interface WriteTask {
  readonly kind: WriteCommand;
  readonly file: string;
  readonly read?: string;
  readonly output: string;
  readonly format: OutputFormat;
  readonly options: CommandOptions;
}

function isRead(task: Task): task is ReadTask {
  return task.kind === "analyze" || task.kind === "summarize";
}

export interface TaskResult {
  readonly file: string;
  readonly report?: WorkbookReport;
  readonly summary?: WorkbookSummary;
  /** What was written, for the write commands. */
  readonly line?: string;
  /** Why the file could not be used: a code and one line. */
  readonly error?: { readonly code: string; readonly message: string };
}

/** Reads and analyses one workbook; a workbook with no indicator table is an error that says what was looked for. */
export async function analyzeFile(file: string, options: CommandOptions, read?: string): Promise<WorkbookReport> {
  const workbook = read === undefined ? await openWorkbook(file) : await XlsxWorkbook.fromFile(read);
  const settings = await externalSettings(options.settings);
  const report = await analyzeThroughPort(workbook, {
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    settings,
    options: { ...DEFAULT_WORKBOOK_OPTIONS, bands: { yellowFrom: options.yellowFrom }, capAtOne: options.cap },
  });
  if (!hasIndicatorTable(report)) {
    const looked = report.findings[0];
    // Worded here, in the run's language: the finding that says what was looked for, then what to do.
    throw looked
      ? new WorkbookReadError("NO_INDICATOR_TABLE", `${file}: ${noTableText(looked, options.language)}`)
      : new WorkbookReadError("NO_INDICATOR_TABLE", { file }, { key: "refusal.noSheets" });
  }
  return report;
}

/** The finding, and what to do when no table was found and none suggested (a suggestion says its own next step). */
function noTableText(looked: Finding, language: ReportLanguage): string {
  const next = looked.params.suggested === "yes" ? "" : translate(language, "cli.noTableNext");
  return joinSentences(language, findingMessage(looked, language), next);
}

export async function runTaskOrThrow(task: Task): Promise<TaskResult> {
  if (isRead(task)) {
    const report = await analyzeFile(task.file, task.options, task.read);
    return task.kind === "analyze"
      ? { file: task.file, report }
      : { file: task.file, summary: summarize(report, task.options.language) };
  }
  const workbook = task.read === undefined ? await openWorkbook(task.file) : await XlsxWorkbook.fromFile(task.read);
  const describe = await applyCommand(task.kind, workbook, task.options);
  await saveOutput(workbook, task.output, task.format, task.options.language);
  return { file: task.file, line: describe(task.output) };
}

/** Never throws: a file that cannot be used is a result with its reason, so a batch goes on. */
export async function runTask(task: Task): Promise<TaskResult> {
  try {
    return await runTaskOrThrow(task);
  } catch (error) {
    const first = (text: string) => text.split("\n")[0] ?? "";
    if (error instanceof IndicatorsError)
      return { file: task.file, error: { code: error.code, message: first(errorText(error, task.options.language)) } };
    const message = error instanceof Error ? error.message : String(error);
    return {
      file: task.file,
      error: {
        code: "UNEXPECTED",
        message: first(translate(task.options.language, "cli.unexpectedError", { message })),
      },
    };
  }
}
