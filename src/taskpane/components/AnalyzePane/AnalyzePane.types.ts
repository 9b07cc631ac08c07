import type { SheetIndicator, Finding, ScorecardResult } from "../../../core";
import type { Language, Strings } from "../../i18n/strings";
import type { AnalysisState } from "../../hooks/use-analysis";

export interface AnalyzePaneState {
  readonly strings: Strings;
  readonly language: Language;
  readonly analysis: AnalysisState;
  readonly indicators: ReadonlyArray<{ readonly sheet: string; readonly indicator: SheetIndicator }>;
  readonly scorecards: readonly ScorecardResult[];
  readonly findings: readonly Finding[];
  readonly belowTarget: number;
  readonly run: () => void;
}
