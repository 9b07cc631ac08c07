import {
  Button,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { findingMessage } from "../../../messages";
import { useLanguage, useT } from "../../i18n/language-context";
import type { IndicatorRow } from "../../model/indicator-rows";
import { figure, percent } from "../figures";
import { LightMark } from "../LightMark";
import { usePaneStyles } from "../usePaneStyles";

/** One indicator's periods, its findings, and the way to its cells: one click from the table. */
export function IndicatorHistory({
  row,
  onClose,
  reveal,
}: {
  readonly row: IndicatorRow;
  readonly onClose: () => void;
  readonly reveal: (sheet: string, address: string) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const classes = usePaneStyles();
  const { indicator } = row;
  return (
    <section className={classes.card} aria-label={t("pane.showHistory", { name: indicator.name })}>
      <Subtitle2 as="h2" className={classes.wrap}>
        {indicator.name}
      </Subtitle2>
      <div className={classes.row}>
        <Caption1>
          {row.sheet}
          {indicator.unit ? ` · ${indicator.unit}` : ""}
        </Caption1>
        {row.range !== null && (
          <Button size="small" onClick={() => reveal(row.sheet, row.range ?? "")}>
            {t("pane.selectCells")}
          </Button>
        )}
        <Button size="small" appearance="subtle" onClick={onClose}>
          {t("pane.closeHistory")}
        </Button>
      </div>
      <Table size="extra-small" className={classes.table} aria-label={t("pane.showHistory", { name: indicator.name })}>
        <TableHeader>
          <TableRow>
            {/* At 320 px the rates keep room for "100.00%" and their English headers; target and actual share the rest. */}
            <TableHeaderCell style={{ width: 44 }}>{t("pane.period")}</TableHeaderCell>
            <TableHeaderCell>{t("pane.target")}</TableHeaderCell>
            <TableHeaderCell>{t("pane.actual")}</TableHeaderCell>
            <TableHeaderCell style={{ width: 64 }}>{t("pane.achievementShort")}</TableHeaderCell>
            <TableHeaderCell style={{ width: 58 }}>{t("pane.growthShort")}</TableHeaderCell>
            <TableHeaderCell style={{ width: 24 }}>
              <span className={classes.srOnly}>{t("pane.light")}</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {indicator.periods.map((p, i) => (
            <TableRow key={p.period ?? i}>
              <TableCell>{p.period ?? "—"}</TableCell>
              <TableCell>{figure(p.target, indicator)}</TableCell>
              <TableCell>{figure(p.actual, indicator)}</TableCell>
              <TableCell className={classes.nowrap}>{percent(p.achievement)}</TableCell>
              <TableCell className={classes.nowrap}>{percent(p.growth)}</TableCell>
              <TableCell>
                <LightMark light={p.light} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {row.findings.length > 0 && (
        <ul className={classes.list} aria-label={t("pane.findingsOfIndicator")}>
          {row.findings.map((f, i) => (
            <li key={`${f.code}:${f.cell ?? ""}:${i}`}>
              <Caption1 className={classes.wrap}>{findingMessage(f, language)}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
