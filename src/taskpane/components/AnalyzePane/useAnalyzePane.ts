import { useMemo } from "react";
import type { SheetIndicator } from "../../../core";
import type { AnalysisState } from "../../hooks/use-analysis";
import { useStrings } from "../../i18n/language-context";
import { useSession } from "../../session";
import { indicatorRange } from "./indicator-range";

export interface AnalyzeRow {
  readonly key: string;
  readonly sheet: string;
  readonly indicator: SheetIndicator;
  readonly below: number;
  readonly range: string | null;
}

export function useAnalyzePane(analysis: AnalysisState) {
  const strings = useStrings();
  const { port } = useSession();
  const rows = useMemo<AnalyzeRow[]>(() => {
    if (analysis.status !== "done") return [];
    return analysis.report.sheets.flatMap((s) =>
      s.indicators.map((indicator, i) => ({
        key: `${s.sheet}!${indicator.nameCell ?? i}`,
        sheet: s.sheet,
        indicator,
        below: indicator.periods.filter((p) => p.met === false).length,
        range: indicatorRange(indicator),
      })),
    );
  }, [analysis]);
  const tables = analysis.status === "done" ? analysis.report.sheets.reduce((n, s) => n + s.tables.length, 0) : 0;
  const scorecards = analysis.status === "done" ? analysis.report.sheets.flatMap((s) => s.scorecards) : [];
  const select = (row: AnalyzeRow): void => {
    if (row.range !== null) void port.select(row.sheet, row.range);
  };
  return { strings, rows, tables, scorecards, belowCount: rows.filter((r) => r.below > 0).length, select };
}
