import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { SYMBOL_OF_LIGHT } from "../../../core";
import type { AnalyzePaneState } from "./AnalyzePane.types";
import type { useAnalyzePaneStyles } from "./useAnalyzePaneStyles";

const percent = (v: number | null): string => (v === null ? "—" : `${(v * 100).toFixed(2)}%`);

/** Text from the workbook is rendered as React text children, never as HTML. */
export function renderAnalyzePane(state: AnalyzePaneState, classes: ReturnType<typeof useAnalyzePaneStyles>) {
  const { strings: s, analysis } = state;
  return (
    <section className={classes.root} aria-label={s.tabAnalyze}>
      <Button appearance="primary" onClick={state.run} disabled={analysis.status === "running"}>
        {s.analyze}
      </Button>
      {analysis.status === "running" && <Spinner size="small" label={s.analyzing} />}
      {analysis.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
            {analysis.message} {s.tryAgain}
          </MessageBarBody>
        </MessageBar>
      )}
      {analysis.status === "done" && (
        <Body1 role="status">
          {state.indicators.length === 0 && state.scorecards.length === 0
            ? s.noIndicators
            : s.indicatorsFound(state.indicators.length, state.belowTarget)}
        </Body1>
      )}
      {state.indicators.map(({ sheet, indicator }) => (
        <div className={classes.indicator} key={`${sheet}!${indicator.nameCell ?? indicator.name}`}>
          <Subtitle2 as="h3">{indicator.name}</Subtitle2>
          <Caption1>
            {sheet}
            {indicator.unit ? ` · ${indicator.unit}` : ""}
          </Caption1>
          <Table size="extra-small" className={classes.table} aria-label={indicator.name}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.period}</TableHeaderCell>
                <TableHeaderCell>{s.achievement}</TableHeaderCell>
                <TableHeaderCell>{s.growth}</TableHeaderCell>
                <TableHeaderCell>{s.light}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {indicator.periods.map((p, i) => (
                <TableRow key={p.period ?? i}>
                  <TableCell>{p.period ?? "—"}</TableCell>
                  <TableCell>{percent(p.achievement)}</TableCell>
                  <TableCell>{percent(p.growth)}</TableCell>
                  <TableCell>
                    <span
                      className={`${classes.light} ${classes[p.light]}`}
                      role="img"
                      aria-label={s.lightName[p.light]}
                    >
                      {SYMBOL_OF_LIGHT[p.light]}
                    </span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ))}
      {state.scorecards.map((card) => (
        <Body1 key={card.columnCell}>
          {card.column}：{s.scoreTotal} {card.total} → {card.grade}
        </Body1>
      ))}
      {state.findings.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{s.findingsTitle(state.findings.length)}</MessageBarTitle>
            <ul>
              {state.findings.map((f, i) => (
                <li key={`${f.sheet}!${f.cell ?? ""}:${f.code}:${i}`}>
                  {f.cell ?? f.sheet}：{state.language === "zh-TW" ? f.message : f.messageEn}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
