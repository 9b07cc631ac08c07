import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { useId, useRef } from "react";
import { useStrings } from "../../i18n/language-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  hidden: { display: "none" },
});

export interface WorkbookPickerProps {
  readonly onPick: (file: File) => void;
  readonly fileName: string | null;
  readonly opening: boolean;
}

/** Preview mode only: the user picks a local .xlsx, which stays in the browser. */
export function WorkbookPicker({ onPick, fileName, opening }: WorkbookPickerProps) {
  const s = useStrings();
  const classes = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <div className={classes.root}>
      <MessageBar intent="info">
        <MessageBarBody>{s.previewNotice}</MessageBarBody>
      </MessageBar>
      <input
        id={id}
        ref={input}
        className={classes.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={s.pickWorkbook}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onPick(file);
          e.target.value = "";
        }}
      />
      <Button onClick={() => input.current?.click()}>{s.pickWorkbook}</Button>
      {opening ? <Spinner size="tiny" label={s.opening} /> : <Caption1>{fileName ?? s.pickWorkbookHint}</Caption1>}
    </div>
  );
}
