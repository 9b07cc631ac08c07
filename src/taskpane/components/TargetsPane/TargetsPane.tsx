import { Badge, Body1, Button, Caption1, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import { useMemo } from "react";
import { DRAFT_METHODS, type Draft } from "../../../core";
import type { AnalysisState } from "../../hooks/use-analysis";
import type { IndicatorRow } from "../../model/indicator-rows";
import { ActionStatus } from "../ActionStatus";
import { draftFigure } from "../figures";
import { usePaneStyles } from "../usePaneStyles";
import { VirtualGrid, type GridColumn } from "../VirtualGrid/VirtualGrid";
import { useTargetsPane } from "./useTargetsPane";

/** 目標: choose a method (each says what it computes, with its figure for one indicator), preview, write. */
export function TargetsPane({
  analysis,
  onWritten,
  selected,
}: {
  readonly analysis: AnalysisState;
  readonly onWritten: () => void;
  readonly selected: IndicatorRow | null;
}) {
  const {
    strings: s,
    method,
    stretch,
    update,
    drafts,
    example,
    figures,
    action,
  } = useTargetsPane(analysis, onWritten, selected);
  const classes = usePaneStyles();
  const stretchText = `${Math.round(stretch * 1000) / 10}%`;
  const columns = useMemo<Array<GridColumn<Draft>>>(
    () => [
      { id: "indicator", header: s.indicator, cell: (d) => <span className={classes.wrap}>{d.indicator.name}</span> },
      { id: "next", header: s.nextPeriod, width: 48, cell: (d) => d.nextLabel },
      {
        id: "draft",
        header: s.draft,
        width: 96,
        align: "end",
        cell: (d) => (
          <span>
            {draftFigure(d.value, d)} {d.lowered && <Badge color="warning">{s.lowered}</Badge>}
          </span>
        ),
      },
    ],
    [s, classes],
  );
  return (
    <section className={classes.root} aria-label={s.tabs.targets}>
      <Field label={s.method}>
        <RadioGroup
          value={method}
          onChange={(_, d) => update({ method: DRAFT_METHODS.find((m) => m === d.value) ?? "trend" })}
        >
          {DRAFT_METHODS.map((m) => {
            const value = figures.get(m);
            const shown = example === null ? null : value == null ? s.methodNoFigure : draftFigure(value, example);
            return (
              <div key={m} className={classes.method}>
                <Radio value={m} label={s.methods[m]} aria-describedby={`method-${m}`} />
                <Caption1 id={`method-${m}`} className={classes.methodNote}>
                  {s.methodExplain[m](shown, stretchText)}
                </Caption1>
              </div>
            );
          })}
        </RadioGroup>
      </Field>
      {example !== null && (
        <Caption1>
          {s.methodExample(example.indicator.name)} {selected === null ? s.otherIndicator : ""}
        </Caption1>
      )}
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
        <VirtualGrid
          items={drafts}
          columns={columns}
          rowId={(d) => `${d.sheet}!${d.indicator.nameCell ?? d.indicator.name}`}
          label={s.draftsTitle}
          maxHeight="40vh"
          rowHeight={32}
        />
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
