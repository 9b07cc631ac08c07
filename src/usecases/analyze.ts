import {
  analyzeWithSettings,
  DEFAULT_WORKBOOK_OPTIONS,
  WorkbookReadError,
  type ParsedSettings,
  type WorkbookOptions,
  type WorkbookReport,
} from "../core";
import { lazyWordReport, type WordedReport } from "../messages";
import type { WorkbookReader } from "../port/workbook-port";
import { readSheetsAndSettings } from "./settings";

export interface AnalyzeRequest {
  /** Only this sheet; every sheet when absent. */
  readonly sheet?: string;
  readonly options?: WorkbookOptions;
  /** Settings from another workbook (--settings); this workbook's 指標設定 otherwise. */
  readonly settings?: ParsedSettings | null;
}

/** Reads the workbook through the port and runs the engine on what it finds. */
export async function analyzeThroughPort(reader: WorkbookReader, request: AnalyzeRequest = {}): Promise<WordedReport> {
  const options = request.options ?? DEFAULT_WORKBOOK_OPTIONS;
  const { grids, settings } = await readSheetsAndSettings(reader, request.settings ?? null);
  if (request.sheet === undefined) return lazyWordReport(analyzeWithSettings(grids, settings, options).report);
  const names = await reader.sheetNames();
  if (!names.includes(request.sheet)) {
    throw new WorkbookReadError("NO_SUCH_SHEET", { sheet: request.sheet, sheets: names });
  }
  const only = grids.filter((g) => g.sheet === request.sheet);
  const onSheet = settings && {
    ...settings,
    settings: {
      ...settings.settings,
      indicators: settings.settings.indicators.filter((i) => i.sheet === null || i.sheet === request.sheet),
      tables: settings.settings.tables.filter((t) => t.sheet === request.sheet),
    },
  };
  return lazyWordReport(analyzeWithSettings(only, onSheet, options).report);
}

/** True when at least one sheet holds a table the engine recognised. */
export function hasIndicatorTable(report: WorkbookReport): boolean {
  return report.sheets.length > 0;
}
