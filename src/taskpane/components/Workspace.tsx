import { MessageBar, MessageBarBody, MessageBarTitle, Tab, TabList } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { useAnalysis } from "../hooks/use-analysis";
import { useStrings } from "../i18n/language-context";
import { useSession } from "../session";
import { AnalyzePane } from "./AnalyzePane/AnalyzePane";
import { DownloadBar } from "./DownloadBar";
import { ReportPane } from "./ReportPane/ReportPane";
import { ReviewPane } from "./ReviewPane/ReviewPane";
import { TargetsPane } from "./TargetsPane/TargetsPane";
import { ReadingPane } from "./ReadingPane/ReadingPane";
import { READING_STRINGS } from "./ReadingPane/reading-strings";
import { useLanguage } from "../i18n/language-context";
import { usePaneStyles } from "./usePaneStyles";

type Area = "analyze" | "report" | "review" | "targets" | "reading";

/** The four areas over one workbook: the analysis is shared, so each area reads the same figures. */
export function Workspace() {
  const s = useStrings();
  const classes = usePaneStyles();
  const { state, run } = useAnalysis();
  const session = useSession();
  const readingTab = READING_STRINGS[useLanguage()].tab;
  const [area, setArea] = useState<Area>("analyze");
  const [written, setWritten] = useState(false);
  const onWritten = useCallback(() => {
    setWritten(true);
  }, []);
  return (
    <div className={classes.root}>
      <TabList
        selectedValue={area}
        onTabSelect={(_, d) => setArea(d.value as Area)}
        aria-label={s.tabsLabel}
        size="small"
      >
        <Tab value="analyze">{s.tabs.analyze}</Tab>
        <Tab value="report">{s.tabs.report}</Tab>
        <Tab value="review">{s.tabs.review}</Tab>
        <Tab value="targets">{s.tabs.targets}</Tab>
        <Tab value="reading">{readingTab}</Tab>
      </TabList>
      {session.mode === "excel" && !written && (
        // Before the first write in Excel: what writing replaces, and that Undo cannot go back past it
        // (deleting or renaming a sheet clears Excel's undo history). Preview writes to a copy.
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{s.writeNoticeTitle}</MessageBarTitle>
            {s.writeNotice}
          </MessageBarBody>
        </MessageBar>
      )}
      <div role="tabpanel" aria-label={area === "reading" ? readingTab : s.tabs[area]}>
        {area === "analyze" && <AnalyzePane analysis={state} rerun={() => void run()} />}
        {area === "report" && <ReportPane onWritten={onWritten} />}
        {area === "review" && <ReviewPane analysis={state} onWritten={onWritten} />}
        {area === "targets" && <TargetsPane analysis={state} onWritten={onWritten} />}
        {area === "reading" && (
          <ReadingPane
            onSaved={() => {
              onWritten();
              void run();
            }}
          />
        )}
      </div>
      {written && <DownloadBar />}
    </div>
  );
}
