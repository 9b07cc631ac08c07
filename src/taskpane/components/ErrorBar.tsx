import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { errorText } from "../../messages";
import { useLanguage, useStrings } from "../i18n/language-context";

/**
 * What went wrong, in the engine's words, and what to do next; never an alert(). The engine's and
 * adapters' messages say it in both languages ("zh-TW / English"): the pane shows the half in its own.
 */
export function ErrorBar({ message }: { readonly message: string }) {
  const s = useStrings();
  const language = useLanguage();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
        {errorText(message, language)} {s.whatNext}
      </MessageBarBody>
    </MessageBar>
  );
}
