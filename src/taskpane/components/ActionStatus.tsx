import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { ActionState } from "../hooks/use-action";
import { useT } from "../i18n/language-context";
import { ErrorBar } from "./ErrorBar";

/** Progress while work runs, then what happened, or what went wrong and what to do next. */
export function ActionStatus({ state, runningLabel }: { readonly state: ActionState; readonly runningLabel: string }) {
  const t = useT();
  if (state.status === "running") return <Spinner size="tiny" label={runningLabel} />;
  if (state.status === "failed") return <ErrorBar message={state.message} />;
  if (state.status === "done") {
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>
          <MessageBarTitle>{t("pane.doneTitle")}</MessageBarTitle>
          {state.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
