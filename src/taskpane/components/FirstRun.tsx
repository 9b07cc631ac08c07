import { Body1, Button, Card, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useT } from "../i18n/language-context";

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
/** Who the add-in is for, each with what it does for them (keys "pane.firstRun.…"). */
const FIRST_RUN_ROLES = ["budget", "review", "plan"] as const;

export function FirstRun({
  primary,
  onSample,
  busy,
}: {
  readonly primary?: ReactNode;
  readonly onSample: () => void;
  readonly busy: boolean;
}) {
  const t = useT();
  const classes = useStyles();
  return (
    <Card appearance="filled-alternative" aria-label={t("pane.firstRunTitle")}>
      <Subtitle2 as="h2">{t("pane.firstRunTitle")}</Subtitle2>
      <ul className={classes.roles}>
        {FIRST_RUN_ROLES.map((r) => (
          <li key={r}>
            <Body1>
              <span className={classes.who}>{t(`pane.firstRun.${r}.who`)}</span>
              {t("pane.colon")}
              {t(`pane.firstRun.${r}.what`)}
            </Body1>
          </li>
        ))}
      </ul>
      <div className={classes.actions}>
        {primary}
        <Button onClick={onSample} disabled={busy}>
          {t("pane.trySample")}
        </Button>
      </div>
    </Card>
  );
}
