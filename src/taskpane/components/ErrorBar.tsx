import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useStrings } from "../i18n/language-context";

/** What went wrong, in the engine's words, and what to do next; never an alert(). */
export function ErrorBar({ message }: { readonly message: string }) {
  const s = useStrings();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
        {message} {s.whatNext}
      </MessageBarBody>
    </MessageBar>
  );
}
