import { useCallback, useEffect, useState } from "react";
import type { WorkbookReport } from "../../core";
import type { WorkbookPort } from "../../port/workbook-port";
import { wordReport } from "../../messages";
import type { analyzeWithSettingsThroughPort } from "../../usecases/settings";

/** The workbook as read with its settings: what the Reading area shows and edits, without reading it again. */
export type SettingsReading = Awaited<ReturnType<typeof analyzeWithSettingsThroughPort>>;

let engine: Promise<typeof import("../../usecases/settings")> | null = null;

/**
 * The reader and the analysis come in a chunk of their own, not with the pane's first paint;
 * index.tsx starts this download at once, beside Office's start, so the first analysis rarely waits.
 */
export function loadEngine(): Promise<typeof import("../../usecases/settings")> {
  engine ??= import(/* webpackChunkName: "engine" */ "../../usecases/settings").catch((error: unknown) => {
    engine = null; // a failed download is tried again by the next analysis
    throw error;
  });
  return engine;
}

export type AnalysisState =
  | { readonly status: "running"; readonly previous?: WorkbookReport }
  | { readonly status: "done"; readonly report: WorkbookReport; readonly reading: SettingsReading }
  | { readonly status: "failed"; readonly message: Error | string };

/**
 * Runs the analyze use-case on the workbook when it opens; errors become state, never alerts. A
 * rerun keeps the previous report on screen until the new one is ready, so the table does not blink.
 */
export function useAnalysis(port: WorkbookPort): { state: AnalysisState; run: () => Promise<void> } {
  const [state, setState] = useState<AnalysisState>({ status: "running" });
  const run = useCallback(async () => {
    setState((current) =>
      current.status === "done" ? { status: "running", previous: current.report } : { status: "running" },
    );
    try {
      // The analyze use-case's own steps (analyzeThroughPort), keeping the settings reading too.
      const { analyzeWithSettingsThroughPort } = await loadEngine();
      const reading = await analyzeWithSettingsThroughPort(port);
      const report = wordReport(reading.report);
      // For scripts/bench-pane.js: the table must follow within a second of this mark.
      if (typeof performance.mark === "function") performance.mark("indicators:analysis-done");
      setState({ status: "done", report, reading });
    } catch (error) {
      setState({ status: "failed", message: error instanceof Error ? error : String(error) });
    }
  }, [port]);
  useEffect(() => {
    void run();
  }, [run]);
  return { state, run };
}

/** The report to show: the finished one, or the one being replaced. */
export function shownReport(state: AnalysisState): WorkbookReport | null {
  if (state.status === "done") return state.report;
  if (state.status === "running") return state.previous ?? null;
  return null;
}
