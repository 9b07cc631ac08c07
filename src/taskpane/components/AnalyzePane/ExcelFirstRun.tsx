import { useCallback } from "react";
import { useAction } from "../../hooks/use-action";
import { useLanguage, useT } from "../../i18n/language-context";
import { fetchSample } from "../../preview/sample";
import { useSession } from "../../session";
import { ActionStatus } from "../ActionStatus";
import { FirstRun } from "../FirstRun";

/** Inside Excel, when the open workbook has no indicator table: what the add-in does, and the sample as new sheets. */
export function ExcelFirstRun({
  rerun,
  onInserted,
}: {
  readonly rerun: () => void;
  /** What was inserted, said where it stays: this card goes as soon as the sample's indicators are found. */
  readonly onInserted: (message: string) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const { insertSheets } = useSession();
  const insert = useAction(
    useCallback(async () => {
      if (insertSheets === undefined) return [];
      const names = await insertSheets(await fetchSample(language));
      rerun();
      return names;
    }, [insertSheets, rerun, language]),
    useCallback(
      (names: string[]) => {
        const message = t("pane.sampleInserted", { sheets: names.join(t("pane.listSeparator")) });
        onInserted(message);
        return message;
      },
      [t, onInserted],
    ),
  );
  if (insertSheets === undefined) return null;
  return (
    <>
      <FirstRun onSample={insert.run} busy={insert.state.status === "running"} />
      <ActionStatus state={insert.state} runningLabel={t("pane.writing")} />
    </>
  );
}
