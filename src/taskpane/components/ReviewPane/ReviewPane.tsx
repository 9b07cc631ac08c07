import { Body1, Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { findingKind, findingMessage } from "../../../messages";
import type { AnalysisState } from "../../hooks/use-analysis";
import { ActionStatus } from "../ActionStatus";
import { usePaneStyles } from "../usePaneStyles";
import { useReviewPane } from "./useReviewPane";

/** 檢核: the findings grouped by kind; each goes to its cell; comments written or removed. */
export function ReviewPane({
  analysis,
  onWritten,
}: {
  readonly analysis: AnalysisState;
  readonly onWritten: () => void;
}) {
  const { strings: s, language, groups, total, goTo, write, remove } = useReviewPane(analysis, onWritten);
  const classes = usePaneStyles();
  const busy = write.state.status === "running" || remove.state.status === "running";
  return (
    <section className={classes.root} aria-label={s.tabs.review}>
      <Body1 role="status">{total === 0 ? s.noFindings : s.findingsTitle(total)}</Body1>
      {groups.map((group) => (
        <div className={classes.card} key={group.code}>
          <Subtitle2 as="h2">
            {findingKind(group, language)}
            {language === "zh-TW" ? `（${group.findings.length}）` : ` (${group.findings.length})`}
          </Subtitle2>
          <ul className={classes.root} style={{ margin: 0, paddingInlineStart: "1em" }}>
            {group.findings.map((f, i) => (
              <li key={`${f.sheet}!${f.cell ?? ""}:${i}`} className={classes.wrap}>
                {f.cell !== null && (
                  <Button size="small" appearance="subtle" onClick={() => goTo(f)} title={f.sheet}>
                    {s.goToCell(f.cell)}
                  </Button>
                )}
                <Caption1>{findingMessage(f, language)}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div className={classes.row}>
        <Button appearance="primary" onClick={write.run} disabled={busy}>
          {s.writeComments}
        </Button>
        <Button onClick={remove.run} disabled={busy}>
          {s.removeComments}
        </Button>
      </div>
      <ActionStatus state={write.state} runningLabel={s.writing} />
      <ActionStatus state={remove.state} runningLabel={s.writing} />
    </section>
  );
}
