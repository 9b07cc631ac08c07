import { Button, Caption1, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useId, useRef } from "react";
import { useT } from "../../i18n/language-context";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
});

export interface WorkbookPickerProps {
  readonly onPick: (file: File) => void;
  readonly fileName: string | null;
  readonly opening: boolean;
  /** Primary before any workbook is open: it is then the thing to do. */
  readonly primary: boolean;
}

/** Preview mode only: the user picks a local .xlsx, which stays in the browser. */
export function WorkbookPicker({ onPick, fileName, opening, primary }: WorkbookPickerProps) {
  const t = useT();
  const classes = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <div className={classes.root}>
      <input
        id={id}
        ref={input}
        className={classes.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t("pane.pickWorkbook")}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onPick(file);
          e.target.value = "";
        }}
      />
      <Button appearance={primary ? "primary" : "secondary"} onClick={() => input.current?.click()} disabled={opening}>
        {t("pane.pickWorkbook")}
      </Button>
      {opening ? (
        <Spinner size="tiny" label={t("pane.opening")} />
      ) : (
        <Caption1>{fileName ?? t("pane.pickWorkbookHint")}</Caption1>
      )}
    </div>
  );
}
