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
import { usePaneStyles } from "./usePaneStyles";

type Area = "analyze" | "report" | "review" | "targets";

/** The four areas over one workbook: the analysis is shared, so each area reads the same figures. */
export function Workspace() {
  const s = useStrings();
  const classes = usePaneStyles();
  const { state, run } = useAnalysis();
  const session = useSession();
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
      <div role="tabpanel" aria-label={s.tabs[area]}>
        {area === "analyze" && <AnalyzePane analysis={state} rerun={() => void run()} />}
        {area === "report" && <ReportPane onWritten={onWritten} />}
        {area === "review" && <ReviewPane analysis={state} onWritten={onWritten} />}
        {area === "targets" && <TargetsPane analysis={state} onWritten={onWritten} />}
      </div>
      {written && <DownloadBar />}
    </div>
  );
}
