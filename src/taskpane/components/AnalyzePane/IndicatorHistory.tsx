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
import { useLanguage, useStrings } from "../../i18n/language-context";
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
  const s = useStrings();
  const language = useLanguage();
  const classes = usePaneStyles();
  const { indicator } = row;
  return (
    <section className={classes.card} aria-label={s.showHistory(indicator.name)}>
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
            {s.selectCells}
          </Button>
        )}
        <Button size="small" appearance="subtle" onClick={onClose}>
          {s.closeHistory}
        </Button>
      </div>
      <Table size="extra-small" className={classes.table} aria-label={s.showHistory(indicator.name)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.period}</TableHeaderCell>
            <TableHeaderCell>{s.target}</TableHeaderCell>
            <TableHeaderCell>{s.actual}</TableHeaderCell>
            <TableHeaderCell>{s.achievementShort}</TableHeaderCell>
            <TableHeaderCell style={{ width: 28 }}>
              <span className={classes.srOnly}>{s.light}</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {indicator.periods.map((p, i) => (
            <TableRow key={p.period ?? i}>
              <TableCell>{p.period ?? "—"}</TableCell>
              <TableCell>{figure(p.target, indicator)}</TableCell>
              <TableCell>{figure(p.actual, indicator)}</TableCell>
              <TableCell>{percent(p.achievement)}</TableCell>
              <TableCell>
                <LightMark light={p.light} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {row.findings.length > 0 && (
        <ul className={classes.list} aria-label={s.findingsOfIndicator}>
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
