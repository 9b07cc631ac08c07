/**
 * The stricter office.js double (office-mock.ts) in the page: before the pane's scripts run, it
 * installs the Office and Excel globals built from it, so the pane starts in Excel mode against the
 * workbook the test gave (pane-browser.ts, through playwright's addInitScript). The test drives it
 * through window.__excelDouble: a user's edit, and what the pane asked of Excel.
 * Bundled by office-double.webpack.js; nothing of it ships with the pane.
 */
import { mockExcel, type MockOptions } from "./office-mock";
import type { WorkbookSpec } from "./sheet-spec";

/** What the test gives the page: plain data, since it crosses into the browser as JSON. */
export interface DoubleSetup {
  readonly spec: WorkbookSpec;
  readonly options?: Omit<MockOptions, "refuse" | "readWorkbook">;
  /** Office.context.displayLanguage. */
  readonly displayLanguage: string;
  /**
   * Excel raises onChanged for an add-in's own writes too (WorksheetChangedEventArgs.triggerSource,
   * "ThisLocalAddin"): with a sheet named here, each Excel.run that writes ends with such an event
   * on it, before the write returns, the worst case of an echo for the pane's live rerun.
   */
  readonly echoWritesOn?: string;
}

/** What the test may do to the double and read from it, through page.evaluate. */
export interface ExcelDouble {
  /** A user's edit: the cell takes the value, then the sheet's onChanged handlers run. */
  readonly change: (sheet: string, address: string, value?: string | number) => Promise<void>;
  /** Excel.run batches the pane has run. */
  readonly runs: () => number;
  readonly listeners: (sheet: string) => number;
  readonly sheetNames: () => string[];
  /** Events raised for the pane's own writes (echoWritesOn). */
  readonly echoes: () => number;
}

declare global {
  interface Window {
    __officeDoubleSetup?: DoubleSetup;
    __excelDouble?: ExcelDouble;
    /** Exposed by the test (page.exposeFunction): reads an .xlsx in Base64 with exceljs in Node. */
    __readWorkbook?: (base64: string) => Promise<WorkbookSpec>;
  }
}

const setup = window.__officeDoubleSetup;
if (setup !== undefined) {
  const excel = mockExcel(setup.spec, {
    ...setup.options,
    readWorkbook: (base64) =>
      window.__readWorkbook ? window.__readWorkbook(base64) : Promise.reject(new Error("no reader")),
  });
  // Office.context.document.settings: kept in the page, saved as asked.
  const settings = new Map<string, unknown>();
  const office = {
    HostType: { Excel: "Excel" },
    onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
    context: {
      displayLanguage: setup.displayLanguage,
      requirements: { isSetSupported: excel.host.isSetSupported },
      document: {
        settings: {
          get: (name: string): unknown => settings.get(name) ?? null,
          set: (name: string, value: unknown) => void settings.set(name, value),
          saveAsync: (callback?: (result: { status: string }) => void) => callback?.({ status: "succeeded" }),
        },
      },
    },
  };
  type Batch = (context: Excel.RequestContext) => Promise<unknown>;
  const WRITES = /^(worksheets\.add|comments\.add|names\.add|cf\[)/;
  let echoes = 0;
  const run = async (first: Batch | { mergeUndoGroup?: boolean }, second?: Batch): Promise<unknown> => {
    const from = excel.log.length;
    const result = await (typeof first === "function" ? excel.host.run(first) : excel.host.runAsOneUndo(second!));
    if (setup.echoWritesOn !== undefined && excel.log.slice(from).some((e) => WRITES.test(e.path))) {
      echoes++;
      await excel.change(setup.echoWritesOn, "A1");
    }
    return result;
  };
  Object.assign(window, {
    Office: office,
    Excel: { run },
    __excelDouble: {
      change: excel.change,
      runs: () => excel.runs.length,
      listeners: excel.listeners,
      sheetNames: excel.sheetNames,
      echoes: () => echoes,
    } satisfies ExcelDouble,
  });
}
