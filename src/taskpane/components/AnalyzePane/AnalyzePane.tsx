import { renderAnalyzePane } from "./renderAnalyzePane";
import { useAnalyzePane } from "./useAnalyzePane";
import { useAnalyzePaneStyles } from "./useAnalyzePaneStyles";

export function AnalyzePane() {
  return renderAnalyzePane(useAnalyzePane(), useAnalyzePaneStyles());
}
