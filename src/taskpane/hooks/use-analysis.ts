import { useCallback, useState } from "react";
import type { WorkbookReport } from "../../core";
import { analyzeThroughPort } from "../../usecases/analyze";
import { usePort } from "../port-context";

export type AnalysisState =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "done"; readonly report: WorkbookReport }
  | { readonly status: "failed"; readonly message: string };

/** Runs the analyze use-case on the injected port; errors become state, never alerts. */
export function useAnalysis(): { state: AnalysisState; run: () => Promise<void> } {
  const port = usePort();
  const [state, setState] = useState<AnalysisState>({ status: "idle" });
  const run = useCallback(async () => {
    if (port === null) return;
    setState({ status: "running" });
    try {
      setState({ status: "done", report: await analyzeThroughPort(port) });
    } catch (error) {
      setState({ status: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }, [port]);
  return { state, run };
}
