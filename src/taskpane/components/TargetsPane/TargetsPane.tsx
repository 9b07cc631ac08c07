import {
  Badge,
  Body1,
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { DRAFT_METHODS } from "../../../core";
import type { AnalysisState } from "../../hooks/use-analysis";
import { ActionStatus } from "../ActionStatus";
import { usePaneStyles } from "../usePaneStyles";
import { useTargetsPane } from "./useTargetsPane";

const shown = (v: number | null, rate: boolean): string =>
  v === null ? "—" : rate ? `${(v * 100).toFixed(2)}%` : v.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** 目標: choose a method, preview the drafts, write the draft sheet. */
export function TargetsPane({
  analysis,
  onWritten,
}: {
  readonly analysis: AnalysisState;
  readonly onWritten: () => void;
}) {
  const { strings: s, method, stretch, update, drafts, action } = useTargetsPane(analysis, onWritten);
  const classes = usePaneStyles();
  return (
    <section className={classes.root} aria-label={s.tabs.targets}>
      <Field label={s.method}>
        <RadioGroup
          value={method}
          onChange={(_, d) => update({ method: DRAFT_METHODS.find((m) => m === d.value) ?? "trend" })}
        >
          {DRAFT_METHODS.map((m) => (
            <Radio key={m} value={m} label={s.methods[m]} />
          ))}
        </RadioGroup>
      </Field>
      {method === "stretch" && (
        <Field label={s.stretch}>
          <Input
            type="number"
            min={0}
            max={100}
            value={String(Math.round(stretch * 1000) / 10)}
            onChange={(_, d) => {
              const value = Number(d.value);
              if (Number.isFinite(value) && value >= 0 && value <= 100) update({ stretch: value / 100 });
            }}
          />
        </Field>
      )}
      {drafts.length === 0 ? (
        <Body1>{s.noDrafts}</Body1>
      ) : (
        <Table size="extra-small" className={classes.table} aria-label={s.draftsTitle}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{s.indicator}</TableHeaderCell>
              <TableHeaderCell>{s.nextPeriod}</TableHeaderCell>
              <TableHeaderCell>{s.draft}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {drafts.map((d, i) => (
              <TableRow key={`${d.sheet}:${i}`}>
                <TableCell className={classes.wrap}>{d.indicator.name}</TableCell>
                <TableCell>{d.nextLabel}</TableCell>
                <TableCell>
                  {shown(d.value, d.indicator.kind === "rate")}{" "}
                  {d.lowered && <Badge color="warning">{s.lowered}</Badge>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Button
        appearance="primary"
        onClick={action.run}
        disabled={action.state.status === "running" || drafts.length === 0}
      >
        {s.writeDrafts}
      </Button>
      <ActionStatus state={action.state} runningLabel={s.writing} />
    </section>
  );
}
