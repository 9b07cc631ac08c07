import { Button, FluentProvider, MessageBar, MessageBarBody, Spinner, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { translator, type Language } from "../../messages";
import { usePaneStyles } from "./usePaneStyles";

/** How long the host gets before the pane offers preview; it keeps waiting after that too. */
export const OFFER_PREVIEW_AFTER_MS = 20_000;

export interface ConnectingProps {
  readonly language: Language;
  /** office.js could not be loaded at all: nothing more will come, so preview is offered at once. */
  readonly unavailable: boolean;
  readonly onPreview: () => void;
  readonly offerAfterMs?: number;
}

/**
 * Inside Excel, before Office.onReady: a spinner while the host starts, since dropping to preview
 * on a timer put a working Excel on the web session into preview (issue 13, B10). Preview is the
 * user's choice, offered after a while or when office.js is missing.
 */
export function Connecting({
  language,
  unavailable,
  onPreview,
  offerAfterMs = OFFER_PREVIEW_AFTER_MS,
}: ConnectingProps) {
  const t = translator(language);
  const classes = usePaneStyles();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), offerAfterMs);
    return () => clearTimeout(timer);
  }, [offerAfterMs]);
  const offer = unavailable || slow;
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <main className={classes.root} aria-busy={!unavailable}>
        {!unavailable && <Spinner label={t("pane.connecting")} />}
        {offer && (
          <MessageBar intent={unavailable ? "error" : "info"}>
            <MessageBarBody>{unavailable ? t("pane.officeUnavailable") : t("pane.connectingSlow")}</MessageBarBody>
          </MessageBar>
        )}
        {offer && <Button onClick={onPreview}>{t("pane.continueInPreview")}</Button>}
      </main>
    </FluentProvider>
  );
}
