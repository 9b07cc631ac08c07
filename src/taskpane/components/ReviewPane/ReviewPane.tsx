import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef, useState } from "react";
import type { FindingCode } from "../../../core";
import type { AnalysisState } from "../../hooks/use-analysis";
import { useReveal } from "../../hooks/use-reveal";
import { ActionStatus } from "../ActionStatus";
import { diagnosisMessage, findingKind, findingMessage } from "../../../messages";
import { usePaneStyles } from "../usePaneStyles";
import { visibleLines, type ReviewEntry, type ReviewGroup } from "./review-entries";
import { useReviewPane } from "./useReviewPane";

const useStyles = makeStyles({
  scroller: { overflowY: "auto", overflowX: "hidden", contain: "strict", minHeight: "120px" },
  group: {
    display: "flex",
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    paddingInline: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  entry: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalM,
    overflowWrap: "break-word",
  },
  diagnosis: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  bar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlock: tokens.spacingVerticalS,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
});

/**
 * 檢核: findings grouped by kind, one entry per cell, groups collapsible, the list drawn a screenful
 * at a time; the write and remove buttons stay in a bar at the bottom however long the list is.
 */
export function ReviewPane({
  analysis,
  onWritten,
}: {
  readonly analysis: AnalysisState;
  readonly onWritten: () => void;
}) {
  const { t, language, groups, total, cells, write, remove } = useReviewPane(analysis, onWritten);
  const classes = usePaneStyles();
  const styles = useStyles();
  const { reveal, notice } = useReveal();
  const [collapsed, setCollapsed] = useState<ReadonlySet<FindingCode>>(new Set());
  const lines = visibleLines(groups, collapsed);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (lines[i]?.kind === "group" ? 36 : 64),
    overscan: 6,
    getItemKey: (i) => lines[i]?.key ?? i,
  });
  const busy = write.state.status === "running" || remove.state.status === "running";
  const toggle = (code: FindingCode): void => {
    const next = new Set(collapsed);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    setCollapsed(next);
  };
  const kind = (code: FindingCode): string => findingKind({ code }, language);
  const renderGroup = (g: ReviewGroup) => (
    <Subtitle2 as="h2">
      <Button
        appearance="subtle"
        className={styles.group}
        aria-expanded={!collapsed.has(g.code)}
        onClick={() => toggle(g.code)}
      >
        <span aria-hidden>{collapsed.has(g.code) ? "▸" : "▾"}&nbsp;</span>
        {t("pane.groupToggle", { kind: kind(g.code), n: g.entries.length })}
      </Button>
    </Subtitle2>
  );
  const renderEntry = (e: ReviewEntry) => (
    <div className={styles.entry}>
      {e.cell !== null && (
        <div className={classes.row}>
          <Button size="small" appearance="subtle" onClick={() => reveal(e.sheet, e.cell ?? "")} title={e.sheet}>
            {t("pane.goToCell", { cell: e.cell })}
          </Button>
          <Caption1>{e.sheet}</Caption1>
        </div>
      )}
      {e.findings.map((f, i) => {
        const message = findingMessage(f, language);
        // The diagnosis is part of the message; the review also lists it on its own line.
        const diagnosis = diagnosisMessage(f, language)?.trim() ?? null;
        return (
          <div key={i}>
            {diagnosis !== null && <Caption1 className={styles.diagnosis}>{diagnosis} </Caption1>}
            <Caption1>{diagnosis !== null ? message.replace(diagnosis.trim(), "").trim() : message}</Caption1>
          </div>
        );
      })}
    </div>
  );
  const items = virtualizer.getVirtualItems();
  const height = Math.min(virtualizer.getTotalSize(), 10_000_000);
  return (
    <section className={classes.root} aria-label={t("pane.tabs.review")}>
      <Body1 role="status">{total === 0 ? t("pane.noFindings") : t("pane.findingsShown", { n: total, cells })}</Body1>
      {notice !== null && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {lines.length > 0 && (
        <div ref={scroller} className={styles.scroller} style={{ height: `min(calc(100vh - 260px), ${height + 8}px)` }}>
          <div style={{ height, position: "relative" }}>
            {items.map((v) => {
              const line = lines[v.index];
              if (line === undefined) return null;
              return (
                <div
                  key={v.key}
                  data-index={v.index}
                  ref={virtualizer.measureElement}
                  style={{
                    position: "absolute",
                    top: 0,
                    left: 0,
                    width: "100%",
                    transform: `translateY(${v.start}px)`,
                  }}
                >
                  {line.kind === "group" ? renderGroup(line) : renderEntry(line)}
                </div>
              );
            })}
          </div>
        </div>
      )}
      <div className={styles.bar}>
        <div className={classes.row}>
          <Button appearance="primary" onClick={write.run} disabled={busy}>
            {t("pane.writeComments")}
          </Button>
          <Button onClick={remove.run} disabled={busy}>
            {t("pane.removeComments")}
          </Button>
        </div>
        <ActionStatus state={write.state} runningLabel={t("pane.writing")} />
        <ActionStatus state={remove.state} runningLabel={t("pane.writing")} />
      </div>
    </section>
  );
}
