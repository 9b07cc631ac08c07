import { useCallback, useMemo } from "react";
import { draftTargets, type DraftMethod } from "../../../core";
import { writeTargetDrafts } from "../../../usecases/targets";
import type { AnalysisState } from "../../hooks/use-analysis";
import { useAction } from "../../hooks/use-action";
import { useSettings } from "../../hooks/use-settings";
import { useLanguage, useStrings } from "../../i18n/language-context";
import { useSession } from "../../session";

export function useTargetsPane(analysis: AnalysisState, onWritten: () => void) {
  const strings = useStrings();
  const language = useLanguage();
  const { port } = useSession();
  const { settings, update } = useSettings();
  const method: DraftMethod = settings.method;
  const drafts = useMemo(
    () => (analysis.status === "done" ? draftTargets(analysis.report, method, settings.stretch) : []),
    [analysis, method, settings.stretch],
  );
  const action = useAction(
    useCallback(
      () => writeTargetDrafts(port, { method, stretch: settings.stretch, language }),
      [port, method, settings.stretch, language],
    ),
    useCallback(
      (outcome: Awaited<ReturnType<typeof writeTargetDrafts>>) => {
        onWritten();
        return strings.draftsDone([...outcome.applied.sheets.values()].join(", "), outcome.drafts.length);
      },
      [strings, onWritten],
    ),
  );
  return { strings, method, stretch: settings.stretch, update, drafts, action };
}
