import { Body1, Button, Caption1 } from "@fluentui/react-components";
import type { Finding } from "../../../core";
import { findingMessage } from "../../../messages";
import { useLanguage, useT } from "../../i18n/language-context";
import { usePaneStyles } from "../usePaneStyles";

/** Sheets described at once; the rest are counted (a workbook of notes sheets says little more per sheet). */
const SHOWN = 3;

/**
 * No table read (issue 21, "no dead ends"): what was looked for on each sheet, the likeliest table
 * the core found, and a way to declare it in the Reading area instead of a bare "no table".
 */
export function NoTable({
  findings,
  onDeclare,
}: {
  readonly findings: readonly Finding[];
  readonly onDeclare: (finding: Finding) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const classes = usePaneStyles();
  const missing = findings.filter((f) => f.code === "NO_INDICATOR_TABLE");
  // The sheets with a likely table first: those are the ones a person can act on.
  const ordered = [...missing].sort(
    (a, b) => Number(b.params.suggested === "yes") - Number(a.params.suggested === "yes"),
  );
  if (ordered.length === 0) return null;
  return (
    <>
      {ordered.slice(0, SHOWN).map((finding) => (
        <div key={finding.sheet} className={classes.card} role="group" aria-label={finding.sheet}>
          <Body1 className={classes.wrap}>{findingMessage(finding, language)}</Body1>
          {finding.params.suggested === "yes" && (
            <div className={classes.row}>
              <Button size="small" appearance="primary" onClick={() => onDeclare(finding)}>
                {t("pane.declareInReading")}
              </Button>
            </div>
          )}
        </div>
      ))}
      {ordered.length > SHOWN && <Caption1>{t("pane.noTableMore", { n: ordered.length - SHOWN })}</Caption1>}
    </>
  );
}
