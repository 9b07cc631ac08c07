import { useCallback } from "react";
import { writeReport } from "../../../usecases/report";
import { useAction } from "../../hooks/use-action";
import { useSettings } from "../../hooks/use-settings";
import { useLanguage, useT } from "../../i18n/language-context";
import type { Language } from "../../i18n/language-context";
import { useSession } from "../../session";

export function useReportPane(onWritten: () => void) {
  const t = useT();
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
      return t("pane.reportDone", { sheet: [...outcome.applied.sheets.values()].join(", ") });
    },
    [t, onWritten],
  );
  const action = useAction(work, describe);
  return { t, settings, language, update, settingsError: error, action };
}
