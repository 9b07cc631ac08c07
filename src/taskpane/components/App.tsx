import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import { errorText } from "../../messages";
import { fetchSample, SAMPLE_NAME } from "../preview/sample";
import { LanguageContext } from "../i18n/language-context";
import { translator, type Language } from "../../messages";
import { SessionContext, type PaneSession } from "../session";
import { FirstRun } from "./FirstRun";
import { WorkbookPicker } from "./WorkbookPicker/WorkbookPicker";
import { Workspace } from "./Workspace";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    maxWidth: "100%",
    // The narrowest pane Office draws is about 270 px: every pixel of padding there is a pixel of table.
    "@media (max-width: 300px)": { padding: tokens.spacingHorizontalS },
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "flex-end",
    columnGap: tokens.spacingHorizontalS,
  },
  // Office already shows the add-in's name above the pane; the heading stays for screen readers only.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
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
  const [openError, setOpenError] = useState<Error | string | null>(null);
  const t = translator(language);
  const session = hostSession ?? previewSession;
  const sample = (): void => {
    setOpenError(null);
    setOpening(true);
    fetchSample(language).then(
      (data) => pick(new File([data], SAMPLE_NAME)),
      (error: unknown) => {
        setOpening(false);
        setOpenError(error instanceof Error ? error : String(error));
      },
    );
  };
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
        setOpenError(error instanceof Error ? error : String(error));
      },
    );
  };
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <LanguageContext.Provider value={language}>
        <main className={classes.root}>
          <header className={classes.header}>
            <h1 className={classes.hidden}>{t("pane.appTitle")}</h1>
            <Button
              appearance="subtle"
              lang={language === "zh-TW" ? "en" : "zh-TW"}
              title={t("pane.languageSwitchLabel")}
              onClick={() => setLanguage(language === "zh-TW" ? "en" : "zh-TW")}
            >
              {t("pane.languageSwitch")}
            </Button>
          </header>
          {hostSession === null && previewSession === null && (
            <>
              <MessageBar intent="info">
                <MessageBarBody>{t("pane.previewNotice")}</MessageBarBody>
              </MessageBar>
              <FirstRun
                primary={<WorkbookPicker onPick={pick} fileName={null} opening={opening} primary />}
                onSample={sample}
                busy={opening}
              />
            </>
          )}
          {hostSession === null && previewSession !== null && (
            <WorkbookPicker onPick={pick} fileName={previewSession.fileName} opening={opening} primary={false} />
          )}
          {openError !== null && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{errorText(openError, language)}</MessageBarBody>
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
