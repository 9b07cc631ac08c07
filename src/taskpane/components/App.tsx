import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Title3,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookPort } from "../../port/workbook-port";
import { LanguageContext } from "../i18n/language-context";
import { STRINGS, type Language } from "../i18n/strings";
import { PortContext } from "../port-context";
import { AnalyzePane } from "./AnalyzePane/AnalyzePane";
import { WorkbookPicker } from "./WorkbookPicker/WorkbookPicker";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    maxWidth: "100%",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between" },
});

export interface AppProps {
  readonly initialLanguage: Language;
  /** The Excel adapter inside Excel; null in preview, where the user picks a file. */
  readonly port: WorkbookPort | null;
  readonly openPreview: (file: File) => Promise<WorkbookPort>;
}

export function App({ initialLanguage, port: hostPort, openPreview }: AppProps) {
  const classes = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [previewPort, setPreviewPort] = useState<WorkbookPort | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const s = STRINGS[language];
  const port = hostPort ?? previewPort;
  const pick = (file: File) => {
    setOpenError(null);
    setFileName(file.name);
    openPreview(file).then(setPreviewPort, (error: unknown) => {
      setPreviewPort(null);
      setOpenError(error instanceof Error ? error.message : String(error));
    });
  };
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <LanguageContext.Provider value={language}>
        <PortContext.Provider value={port}>
          <main className={classes.root}>
            <header className={classes.header}>
              <Title3 as="h1">{s.appTitle}</Title3>
              <Button
                appearance="subtle"
                onClick={() => {
                  setLanguage(language === "zh-TW" ? "en" : "zh-TW");
                }}
              >
                {s.languageSwitch}
              </Button>
            </header>
            {hostPort === null && <WorkbookPicker onPick={pick} fileName={fileName} />}
            {openError !== null && (
              <MessageBar intent="error">
                <MessageBarBody>{openError}</MessageBarBody>
              </MessageBar>
            )}
            {port !== null && <AnalyzePane key={fileName ?? "excel"} />}
          </main>
        </PortContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
