import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { errorText } from "../../messages";
import { useLanguage, useT } from "../i18n/language-context";

/**
 * What went wrong, in the engine's words, and what to do next; never an alert(). The engine's and
 * adapters' messages say it in both languages ("zh-TW / English"): the pane shows the half in its own.
 */
export function ErrorBar({ message }: { readonly message: Error | string }) {
  const t = useT();
  const language = useLanguage();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("pane.errorTitle")}</MessageBarTitle>
        {errorText(message, language)} {t("pane.whatNext")}
      </MessageBarBody>
    </MessageBar>
  );
}
