import { useCallback, useEffect, useState } from "react";
import type { WorkbookReport } from "../../core";
import { analyzeThroughPort } from "../../usecases/analyze";
import { useSession } from "../session";

export type AnalysisState =
  | { readonly status: "running" }
  | { readonly status: "done"; readonly report: WorkbookReport }
  | { readonly status: "failed"; readonly message: string };

/** Runs the analyze use-case on the session's workbook when it opens; errors become state, never alerts. */
export function useAnalysis(): { state: AnalysisState; run: () => Promise<void> } {
  const { port } = useSession();
  const [state, setState] = useState<AnalysisState>({ status: "running" });
  const run = useCallback(async () => {
    setState({ status: "running" });
    try {
      setState({ status: "done", report: await analyzeThroughPort(port) });
    } catch (error) {
      setState({ status: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }, [port]);
  useEffect(() => {
    void run();
  }, [run]);
  return { state, run };
}
