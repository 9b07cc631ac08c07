import {
  analyzeWorkbook,
  DEFAULT_WORKBOOK_OPTIONS,
  WorkbookReadError,
  type WorkbookOptions,
  type WorkbookReport,
} from "../core";
import { readUserSheets } from "./read-user-sheets";
import { wordReport, type WordedReport } from "../messages";
import type { WorkbookReader } from "../port/workbook-port";

export interface AnalyzeRequest {
  /** Only this sheet; every sheet when absent. */
  readonly sheet?: string;
  readonly options?: WorkbookOptions;
}

/** Reads the workbook through the port and runs the engine on what it finds. */
export async function analyzeThroughPort(reader: WorkbookReader, request: AnalyzeRequest = {}): Promise<WordedReport> {
  const options = request.options ?? DEFAULT_WORKBOOK_OPTIONS;
  if (request.sheet === undefined) return wordReport(analyzeWorkbook(await readUserSheets(reader), options));
  const names = await reader.sheetNames();
  if (!names.includes(request.sheet)) {
    throw new WorkbookReadError(
      "NO_SUCH_SHEET",
      `找不到工作表「${request.sheet}」；現有：${names.join("、")} / No sheet named "${request.sheet}"; the workbook has: ${names.join(", ")}.`,
    );
  }
  return wordReport(analyzeWorkbook([await reader.readSheet(request.sheet)], options));
}

/** True when at least one sheet holds a table the engine recognised. */
export function hasIndicatorTable(report: WorkbookReport): boolean {
  return report.sheets.length > 0;
}
