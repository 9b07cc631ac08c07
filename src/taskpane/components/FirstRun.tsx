import { Body1, Button, Card, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useStrings } from "../i18n/language-context";

const useStyles = makeStyles({
  roles: {
    margin: 0,
    paddingInlineStart: "1.2em",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  who: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The first thing a new user sees: what the add-in does for each of the three kinds of people who
 * use it, the primary action (pick a workbook; in Excel the open one is used) and the sample.
 */
export function FirstRun({
  primary,
  onSample,
  busy,
}: {
  readonly primary?: ReactNode;
  readonly onSample: () => void;
  readonly busy: boolean;
}) {
  const s = useStrings();
  const classes = useStyles();
  return (
    <Card appearance="filled-alternative" aria-label={s.firstRunTitle}>
      <Subtitle2 as="h2">{s.firstRunTitle}</Subtitle2>
      <ul className={classes.roles}>
        {s.firstRunRoles.map((r) => (
          <li key={r.who}>
            <Body1>
              <span className={classes.who}>{r.who}</span>
              {s.colon}
              {r.what}
            </Body1>
          </li>
        ))}
      </ul>
      <div className={classes.actions}>
        {primary}
        <Button onClick={onSample} disabled={busy}>
          {s.trySample}
        </Button>
      </div>
    </Card>
  );
}
