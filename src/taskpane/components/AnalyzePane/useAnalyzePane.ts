import { useEffect, useMemo } from "react";
import { useAnalysis } from "../../hooks/use-analysis";
import { useLanguage, useStrings } from "../../i18n/language-context";
import type { AnalyzePaneState } from "./AnalyzePane.types";

/** Analyses as soon as a workbook is there, and derives what the pane lists from the report. */
export function useAnalyzePane(): AnalyzePaneState {
  const strings = useStrings();
  const language = useLanguage();
  const { state, run } = useAnalysis();
  useEffect(() => {
    void run();
  }, [run]);
  const derived = useMemo(() => {
    if (state.status !== "done") return { indicators: [], scorecards: [], findings: [], belowTarget: 0 };
    const indicators = state.report.sheets.flatMap((s) =>
      s.indicators.map((indicator) => ({ sheet: s.sheet, indicator })),
    );
    const belowTarget = indicators.filter(({ indicator }) => indicator.periods.some((p) => p.met === false)).length;
    return {
      indicators,
      scorecards: state.report.sheets.flatMap((s) => s.scorecards),
      findings: state.report.findings,
      belowTarget,
    };
  }, [state]);
  return { strings, language, analysis: state, ...derived, run: () => void run() };
}
