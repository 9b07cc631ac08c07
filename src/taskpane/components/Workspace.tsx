import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, Tab, TabList } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { shownReport, useAnalysis } from "../hooks/use-analysis";
import { useLiveRerun, useWriteAwarePort } from "../hooks/use-live";
import { useT } from "../i18n/language-context";
import type { Finding } from "../../core";
import { indicatorModel, NO_FILTER, type RowFilter } from "../model/indicator-rows";
import { SessionContext, useSession } from "../session";
import { DownloadBar } from "./DownloadBar";
import { AreaSuspense, lazyArea } from "./lazy-area";
import { usePaneStyles } from "./usePaneStyles";

// Each area comes in a chunk of its own: 分析 as soon as a workbook is open (beside its reading), the
// others once the analysis is on screen (see the effects below). The first paint needs none of them.
const analyzeArea = lazyArea(() =>
  import(/* webpackChunkName: "area-analyze" */ "./AnalyzePane/AnalyzePane").then((m) => m.AnalyzePane),
);
const reportArea = lazyArea(() =>
  import(/* webpackChunkName: "area-report" */ "./ReportPane/ReportPane").then((m) => m.ReportPane),
);
const reviewArea = lazyArea(() =>
  import(/* webpackChunkName: "area-review" */ "./ReviewPane/ReviewPane").then((m) => m.ReviewPane),
);
const targetsArea = lazyArea(() =>
  import(/* webpackChunkName: "area-targets" */ "./TargetsPane/TargetsPane").then((m) => m.TargetsPane),
);
const readingArea = lazyArea(() =>
  import(/* webpackChunkName: "area-reading" */ "./ReadingPane/ReadingPane").then((m) => m.ReadingPane),
);
const AnalyzePane = analyzeArea.Component;
const ReportPane = reportArea.Component;
const ReviewPane = reviewArea.Component;
const TargetsPane = targetsArea.Component;
const ReadingPane = readingArea.Component;

type Area = "analyze" | "report" | "review" | "targets" | "reading";

/**
 * The four areas over one workbook. The analysis, its rows, the filters and the chosen indicator
 * live here, once, so switching areas draws a screenful and recomputes nothing.
 */
export function Workspace() {
  const t = useT();
  const classes = usePaneStyles();
  const session = useSession();
  const { port, quiet } = useWriteAwarePort(session.port);
  const inner = useMemo(() => ({ ...session, port }), [session, port]);
  const { state, run } = useAnalysis(port);
  const report = shownReport(state);
  const model = useMemo(() => (report === null ? null : indicatorModel(report)), [report]);
  const rerun = useCallback(() => void run(), [run]);
  const live = useLiveRerun(port, state.status === "done" ? state.report : null, rerun, quiet);
  const [area, setArea] = useState<Area>("analyze");
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const [selected, setSelected] = useState<string | null>(null);
  const [written, setWritten] = useState(false);
  // A table the core suggested where none was read: the Reading area opens on it, ready to declare.
  const [suggestion, setSuggestion] = useState<Finding | null>(null);
  const onDeclare = useCallback((finding: Finding) => {
    setSuggestion(finding);
    setArea("reading");
  }, []);
  const onWritten = useCallback(() => {
    setWritten(true);
  }, []);
  const selectedRow = model?.rows.find((r) => r.key === selected) ?? null;
  useEffect(() => void analyzeArea.preload(), []);
  // Once the analysis is on screen, the other areas download in the background: a tab then opens at once.
  const analysed = state.status !== "running";
  useEffect(() => {
    if (analysed) for (const area of [reportArea, reviewArea, targetsArea, readingArea]) void area.preload();
  }, [analysed]);
  return (
    <SessionContext.Provider value={inner}>
      <div className={classes.root}>
        <TabList
          className={classes.tabs}
          selectedValue={area}
          onTabSelect={(_, d) => setArea(d.value as Area)}
          aria-label={t("pane.tabsLabel")}
          size="small"
        >
          <Tab value="analyze" className={classes.tab}>
            {t("pane.tabs.analyze")}
          </Tab>
          <Tab value="report" className={classes.tab}>
            {t("pane.tabs.report")}
          </Tab>
          <Tab value="review" className={classes.tab}>
            {t("pane.tabs.review")}
          </Tab>
          <Tab value="targets" className={classes.tab}>
            {t("pane.tabs.targets")}
          </Tab>
          <Tab value="reading" className={classes.tab}>
            {t("reading.tab")}
          </Tab>
        </TabList>
        {session.mode === "excel" && !written && (
          // Before the first write in Excel: what writing replaces, and that Undo cannot go back past it
          // (deleting or renaming a sheet clears Excel's undo history). Preview writes to a copy.
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{t("pane.writeNoticeTitle")}</MessageBarTitle>
              {t("pane.writeNotice")}
            </MessageBarBody>
          </MessageBar>
        )}
        {live && <Caption1>{state.status === "running" ? t("pane.liveRerun") : t("pane.live")}</Caption1>}
        <div role="tabpanel" aria-label={area === "reading" ? t("reading.tab") : t(`pane.tabs.${area}`)}>
          <AreaSuspense>
            {area === "analyze" && (
              <AnalyzePane
                analysis={state}
                model={model}
                rerun={rerun}
                filter={filter}
                onFilter={setFilter}
                selected={selected}
                onSelect={setSelected}
                onDeclare={onDeclare}
              />
            )}
            {area === "report" && <ReportPane onWritten={onWritten} />}
            {area === "review" && <ReviewPane analysis={state} onWritten={onWritten} />}
            {area === "targets" && <TargetsPane analysis={state} onWritten={onWritten} selected={selectedRow} />}
            {area === "reading" && (
              <ReadingPane
                analysis={state}
                suggestion={suggestion}
                onSaved={() => {
                  onWritten();
                  setSuggestion(null);
                  void run();
                }}
              />
            )}
          </AreaSuspense>
        </div>
        {written && <DownloadBar />}
      </div>
    </SessionContext.Provider>
  );
}
