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
import { LanguageContext } from "../i18n/language-context";
import { STRINGS, type Language } from "../i18n/strings";
import { SessionContext, type PaneSession } from "../session";
import { WorkbookPicker } from "./WorkbookPicker/WorkbookPicker";
import { Workspace } from "./Workspace";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    maxWidth: "100%",
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
});

export interface AppProps {
  readonly initialLanguage: Language;
  /** The Excel session inside Excel; null in preview, where the user picks a file. */
  readonly session: PaneSession | null;
  readonly openPreview: (file: File) => Promise<PaneSession>;
}

export function App({ initialLanguage, session: hostSession, openPreview }: AppProps) {
  const classes = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [previewSession, setPreviewSession] = useState<PaneSession | null>(null);
  const [opening, setOpening] = useState(false);
  const [openError, setOpenError] = useState<string | null>(null);
  const s = STRINGS[language];
  const session = hostSession ?? previewSession;
  const pick = (file: File): void => {
    setOpenError(null);
    setOpening(true);
    openPreview(file).then(
      (opened) => {
        setPreviewSession(opened);
        setOpening(false);
      },
      (error: unknown) => {
        setPreviewSession(null);
        setOpening(false);
        setOpenError(error instanceof Error ? error.message : String(error));
      },
    );
  };
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <LanguageContext.Provider value={language}>
        <main className={classes.root}>
          <header className={classes.header}>
            <Title3 as="h1">{s.appTitle}</Title3>
            <Button
              appearance="subtle"
              lang={language === "zh-TW" ? "en" : "zh-TW"}
              title={s.languageSwitchLabel}
              onClick={() => setLanguage(language === "zh-TW" ? "en" : "zh-TW")}
            >
              {s.languageSwitch}
            </Button>
          </header>
          {hostSession === null && (
            <WorkbookPicker onPick={pick} fileName={previewSession?.fileName ?? null} opening={opening} />
          )}
          {openError !== null && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{openError}</MessageBarBody>
            </MessageBar>
          )}
          {session !== null && (
            <SessionContext.Provider value={session}>
              <Workspace key={session.fileName ?? "excel"} />
            </SessionContext.Provider>
          )}
        </main>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
