import { useCallback, useMemo } from "react";
import { removeAddinNotes } from "../../../usecases/remove-notes";
import { writeReview } from "../../../usecases/review";
import { shownReport, type AnalysisState } from "../../hooks/use-analysis";
import { useAction } from "../../hooks/use-action";
import { useLanguage, useT } from "../../i18n/language-context";
import { useSession } from "../../session";
import { reviewGroups } from "./review-entries";

export function useReviewPane(analysis: AnalysisState, onWritten: () => void) {
  const t = useT();
  const language = useLanguage();
  const { port } = useSession();
  const report = shownReport(analysis);
  const groups = useMemo(() => (report === null ? [] : reviewGroups(report.findings)), [report]);
  const write = useAction(
    useCallback(() => writeReview(port, language), [port, language]),
    useCallback(
      (outcome: Awaited<ReturnType<typeof writeReview>>) => {
        onWritten();
        const kept = outcome.applied.skippedNotes?.length ?? 0;
        return t("pane.commentsDone", { written: (outcome.plan.notes?.length ?? 0) - kept, kept });
      },
      [t, onWritten],
    ),
  );
  const remove = useAction(
    useCallback(() => removeAddinNotes(port), [port]),
    useCallback(() => {
      onWritten();
      return t("pane.commentsRemoved");
    }, [t, onWritten]),
  );
  const total = groups.reduce((n, g) => n + g.findings, 0);
  const cells = groups.reduce((n, g) => n + g.entries.length, 0);
  return { t, language, groups, total, cells, write, remove };
}
