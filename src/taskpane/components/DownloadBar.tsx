import { Button, Caption1 } from "@fluentui/react-components";
import { useState } from "react";
import { errorText } from "../../messages";
import { useLanguage, useT } from "../i18n/language-context";
import { useSession } from "../session";
import { usePaneStyles } from "./usePaneStyles";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Preview only: offers the workbook with what the pane wrote as a new file; the original is unchanged. */
export function DownloadBar() {
  const t = useT();
  const language = useLanguage();
  const session = useSession();
  const classes = usePaneStyles();
  const [error, setError] = useState<Error | string | null>(null);
  if (session.download === undefined) return null;
  const download = session.download;
  const save = (): void => {
    download().then(
      (bytes) => {
        const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
        const link = document.createElement("a");
        link.href = url;
        link.download = `${(session.fileName ?? "workbook.xlsx").replace(/\.xlsx$/i, "")}-indicators.xlsx`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      },
      (e: unknown) => {
        setError(e instanceof Error ? e : String(e));
      },
    );
  };
  return (
    <div className={classes.row}>
      <Button onClick={save}>{t("pane.download")}</Button>
      <Caption1>{error === null ? t("pane.downloadHint") : errorText(error, language)}</Caption1>
    </div>
  );
}
