import { useCallback, useMemo } from "react";
import type { Finding } from "../../../core";
import { removeAddinNotes } from "../../../usecases/remove-notes";
import { writeReview } from "../../../usecases/review";
import type { AnalysisState } from "../../hooks/use-analysis";
import { useAction } from "../../hooks/use-action";
import { useLanguage, useStrings } from "../../i18n/language-context";
import { useSession } from "../../session";

export interface FindingGroup {
  readonly code: Finding["code"];
  readonly findings: readonly Finding[];
}

export function useReviewPane(analysis: AnalysisState, onWritten: () => void) {
  const strings = useStrings();
  const language = useLanguage();
  const { port } = useSession();
  const groups = useMemo<FindingGroup[]>(() => {
    if (analysis.status !== "done") return [];
    const byCode = new Map<Finding["code"], Finding[]>();
    for (const f of analysis.report.findings) {
      const group = byCode.get(f.code);
      if (group) group.push(f);
      else byCode.set(f.code, [f]);
    }
    return [...byCode.entries()].map(([code, findings]) => ({ code, findings }));
  }, [analysis]);
  const goTo = (finding: Finding): void => {
    if (finding.cell !== null) void port.select(finding.sheet, finding.cell);
  };
  const write = useAction(
    useCallback(() => writeReview(port, language), [port, language]),
    useCallback(
      (outcome: Awaited<ReturnType<typeof writeReview>>) => {
        onWritten();
        const kept = outcome.applied.skippedNotes?.length ?? 0;
        return strings.commentsDone((outcome.plan.notes?.length ?? 0) - kept, kept);
      },
      [strings, onWritten],
    ),
  );
  const remove = useAction(
    useCallback(() => removeAddinNotes(port), [port]),
    useCallback(() => {
      onWritten();
      return strings.commentsRemoved;
    }, [strings, onWritten]),
  );
  return { strings, language, groups, total: groups.reduce((n, g) => n + g.findings.length, 0), goTo, write, remove };
}
