import {
  Badge,
  Body1,
  Button,
  Caption1,
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
import type { AnalysisState } from "../../hooks/use-analysis";
import { ErrorBar } from "../ErrorBar";
import { usePaneStyles } from "../usePaneStyles";
import { useAnalyzePane } from "./useAnalyzePane";

/** Ids for the headings that describe each indicator's buttons; sheet text is made id-safe. */
const headingId = (key: string): string =>
  `indicator-${Array.from(key, (ch) => ch.codePointAt(0)?.toString(36) ?? "").join("-")}`;

const percent = (v: number | null): string => (v === null ? "—" : `${(v * 100).toFixed(2)}%`);

/** 分析: the tables and indicators found, with achievement, growth and lights. Workbook text renders as text. */
export function AnalyzePane({ analysis, rerun }: { readonly analysis: AnalysisState; readonly rerun: () => void }) {
  const { strings: s, rows, tables, scorecards, belowCount, select } = useAnalyzePane(analysis);
  const classes = usePaneStyles();
  return (
    <section className={classes.root} aria-label={s.tabs.analyze}>
      <div className={classes.row}>
        <Button onClick={rerun} disabled={analysis.status === "running"}>
          {s.analyze}
        </Button>
        {analysis.status === "running" && <Spinner size="tiny" label={s.analyzing} />}
      </div>
      {analysis.status === "failed" && <ErrorBar message={analysis.message} />}
      {analysis.status === "done" && (
        <Body1 role="status">
          {rows.length === 0 && scorecards.length === 0
            ? s.noIndicators
            : s.indicatorsFound(rows.length, belowCount, tables)}
        </Body1>
      )}
      {rows.map((row) => (
        <div className={classes.card} key={row.key}>
          <Subtitle2 as="h2" id={headingId(row.key)} className={classes.wrap}>
            {row.indicator.name}
          </Subtitle2>
          <div className={classes.row}>
            <Caption1>
              {row.sheet}
              {row.indicator.unit ? ` · ${row.indicator.unit}` : ""}
            </Caption1>
            {row.below > 0 && <Badge color="danger">{s.belowTarget(row.below)}</Badge>}
            {row.range !== null && (
              <Button
                size="small"
                appearance="subtle"
                onClick={() => select(row)}
                aria-describedby={headingId(row.key)}
              >
                {s.selectCells}
              </Button>
            )}
          </div>
          <Table size="extra-small" className={classes.table} aria-label={row.indicator.name}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.period}</TableHeaderCell>
                <TableHeaderCell>{s.achievement}</TableHeaderCell>
                <TableHeaderCell>{s.growth}</TableHeaderCell>
                <TableHeaderCell>{s.light}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {row.indicator.periods.map((p, i) => (
                <TableRow key={p.period ?? i}>
                  <TableCell>{p.period ?? "—"}</TableCell>
                  <TableCell>{percent(p.achievement)}</TableCell>
                  <TableCell>{percent(p.growth)}</TableCell>
                  <TableCell>
                    <span className={classes[p.light]} role="img" aria-label={s.lightName[p.light]}>
                      {SYMBOL_OF_LIGHT[p.light]}
                    </span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ))}
      {scorecards.map((card) => (
        <Body1 key={card.columnCell}>
          {card.column}：{s.scoreTotal} {card.total} → {card.grade}
        </Body1>
      ))}
    </section>
  );
}
