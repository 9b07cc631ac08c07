import { useCallback, useMemo } from "react";
import { DRAFT_METHODS, draftTargets, type Draft, type DraftMethod } from "../../../core";
import { writeTargetDrafts } from "../../../usecases/targets";
import { shownReport, type AnalysisState } from "../../hooks/use-analysis";
import { useAction } from "../../hooks/use-action";
import { useSettings } from "../../hooks/use-settings";
import { useLanguage, useT } from "../../i18n/language-context";
import type { IndicatorRow } from "../../model/indicator-rows";
import { useSession } from "../../session";

export function useTargetsPane(analysis: AnalysisState, onWritten: () => void, selected: IndicatorRow | null) {
  const t = useT();
  const language = useLanguage();
  const { port } = useSession();
  const { settings, update } = useSettings();
  const method: DraftMethod = settings.method;
  const report = shownReport(analysis);
  const drafts = useMemo(
    () => (report === null ? [] : draftTargets(report, method, settings.stretch)),
    [report, method, settings.stretch],
  );
  // The indicator the explanations use: the one picked in Analyze, else the first with two or more
  // years of history (where the methods differ), else the first that can be drafted at all.
  const example = useMemo((): Draft | null => {
    const wanted = selected?.indicator;
    return drafts.find((d) => d.indicator === wanted) ?? drafts.find((d) => d.history.length >= 2) ?? drafts[0] ?? null;
  }, [drafts, selected]);
  /** What each method would give for the example, from the same core function the sheet's drafts use. */
  const figures = useMemo(() => {
    const out = new Map<DraftMethod, number | null>();
    if (report === null || example === null) return out;
    // The example's own sheet, with its tables: a single-year table's period is the table's.
    const tables = report.sheets.find((x) => x.sheet === example.sheet)?.tables ?? [];
    for (const m of DRAFT_METHODS) {
      const found = draftTargets(
        {
          sheets: [{ sheet: example.sheet, tables, indicators: [example.indicator], scorecards: [] }],
          findings: [],
        },
        m,
        settings.stretch,
      )[0];
      out.set(m, found?.value ?? null);
    }
    return out;
  }, [report, example, settings.stretch]);
  const action = useAction(
    useCallback(
      () => writeTargetDrafts(port, { method, stretch: settings.stretch, language }),
      [port, method, settings.stretch, language],
    ),
    useCallback(
      (outcome: Awaited<ReturnType<typeof writeTargetDrafts>>) => {
        onWritten();
        return t("pane.draftsDone", {
          sheet: [...outcome.applied.sheets.values()].join(", "),
          n: outcome.drafts.length,
        });
      },
      [t, onWritten],
    ),
  );
  return { t, method, stretch: settings.stretch, update, drafts, example, figures, action };
}
