import { useCallback } from "react";
import { writeReport } from "../../../usecases/report";
import { useAction } from "../../hooks/use-action";
import { useSettings } from "../../hooks/use-settings";
import { useLanguage, useStrings } from "../../i18n/language-context";
import type { Language } from "../../i18n/strings";
import { useSession } from "../../session";

export function useReportPane(onWritten: () => void) {
  const strings = useStrings();
  const uiLanguage = useLanguage();
  const { port } = useSession();
  const { settings, update, error } = useSettings();
  const language: Language = settings.language ?? uiLanguage;
  const work = useCallback(
    () => writeReport(port, { language, bands: { yellowFrom: settings.yellowFrom }, capAtOne: settings.capAtOne }),
    [port, language, settings.yellowFrom, settings.capAtOne],
  );
  const describe = useCallback(
    (outcome: Awaited<ReturnType<typeof writeReport>>) => {
      onWritten();
      return strings.reportDone([...outcome.applied.sheets.values()].join(", "));
    },
    [strings, onWritten],
  );
  const action = useAction(work, describe);
  return { strings, settings, language, update, settingsError: error, action };
}
