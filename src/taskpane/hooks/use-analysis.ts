import { useCallback, useEffect, useState } from "react";
import type { WorkbookReport } from "../../core";
import type { WorkbookPort } from "../../port/workbook-port";
import { wordReport } from "../../messages";
import { analyzeWithSettingsThroughPort } from "../../usecases/settings";

/** The workbook as read with its settings: what the Reading area shows and edits, without reading it again. */
export type SettingsReading = Awaited<ReturnType<typeof analyzeWithSettingsThroughPort>>;

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
