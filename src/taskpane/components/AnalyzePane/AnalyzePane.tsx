import { Body1, Button, Caption1, Link, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { AnalysisState } from "../../hooks/use-analysis";
import { useReveal } from "../../hooks/use-reveal";
import { gradeWord } from "../../../messages";
import { useT } from "../../i18n/language-context";
import { filterRows, type IndicatorModel, type IndicatorRow, type RowFilter } from "../../model/indicator-rows";
import { ErrorBar } from "../ErrorBar";
import { ExcelFirstRun } from "./ExcelFirstRun";
import { figure, percent } from "../figures";
import { LightMark } from "../LightMark";
import { usePaneStyles } from "../usePaneStyles";
import { useWide } from "../use-wide";
import { VirtualGrid, type GridColumn } from "../VirtualGrid/VirtualGrid";
import { IndicatorFilters } from "./IndicatorFilters";
import { IndicatorHistory } from "./IndicatorHistory";
import { NoTable } from "./NoTable";
import type { Finding } from "../../../core";

export interface AnalyzePaneProps {
  readonly analysis: AnalysisState;
  readonly model: IndicatorModel | null;
  readonly rerun: () => void;
  readonly filter: RowFilter;
  readonly onFilter: (filter: RowFilter) => void;
  readonly selected: string | null;
  readonly onSelect: (key: string | null) => void;
  /** Opens the Reading area on a table the core suggested where none was read. */
  readonly onDeclare: (finding: Finding) => void;
}

/** 分析: one row per indicator for the reporting period, filtered and sorted over all rows; history on a click. */
export function AnalyzePane({
  analysis,
  model,
  rerun,
  filter,
  onFilter,
  selected,
  onSelect,
  onDeclare,
}: AnalyzePaneProps) {
  const t = useT();
  const classes = usePaneStyles();
  const wide = useWide();
  const { reveal, notice } = useReveal();
  const [inserted, setInserted] = useState<string | null>(null);
  const rows = useMemo(() => (model === null ? [] : filterRows(model.rows, filter)), [model, filter]);
  const current = model?.rows.find((r) => r.key === selected) ?? null;
  const columns = useMemo<Array<GridColumn<IndicatorRow>>>(() => {
    const name: GridColumn<IndicatorRow> = {
      id: "indicator",
      header: t("pane.indicator"),
      cell: (r) => (
        <div className={classes.nameCell}>
          <Link
            as="button"
            className={classes.nameLink}
            onClick={() => onSelect(r.key)}
            title={t("pane.showHistory", { name: r.indicator.name })}
          >
            {r.indicator.name}
          </Link>
          {!wide && (
            <Caption1 className={classes.figures}>
              <span className={classes.nowrap}>
                {t("pane.target")} {figure(r.current?.target, r.indicator)}
              </span>{" "}
              ·{" "}
              <span className={classes.nowrap}>
                {t("pane.actual")} {figure(r.current?.actual, r.indicator)}
              </span>
            </Caption1>
          )}
        </div>
      ),
    };
    const figures: Array<GridColumn<IndicatorRow>> = wide
      ? [
          {
            id: "target",
            header: t("pane.target"),
            width: 68,
            align: "end",
            cell: (r) => figure(r.current?.target, r.indicator),
          },
          {
            id: "actual",
            header: t("pane.actual"),
            width: 68,
            align: "end",
            cell: (r) => figure(r.current?.actual, r.indicator),
          },
        ]
      : [];
    return [
      name,
      ...figures,
      {
        id: "achievement",
        header: t("pane.achievementShort"),
        width: 72,
        align: "end",
        sortable: true,
        cell: (r) => percent(r.current?.achievement),
      },
      {
        id: "growth",
        header: t("pane.growthShort"),
        width: 64,
        align: "end",
        sortable: true,
        cell: (r) => percent(r.current?.growth),
      },
      {
        id: "light",
        header: <span className={classes.srOnly}>{t("pane.light")}</span>,
        width: 24,
        align: "center",
        cell: (r) => <LightMark light={r.light} />,
      },
      {
        id: "findings",
        header: <span className={classes.srOnly}>{t("pane.findingsOfIndicator")}</span>,
        width: 20,
        align: "center",
        cell: (r) =>
          r.findings.length > 0 ? (
            <span
              role="img"
              className={classes.mark}
              aria-label={t("pane.findingMark", { n: r.findings.length })}
              title={t("pane.findingMark", { n: r.findings.length })}
            >
              ⚑
            </span>
          ) : null,
      },
    ];
  }, [t, classes, wide, onSelect]);
  return (
    <section className={classes.root} aria-label={t("pane.tabs.analyze")}>
      <div className={classes.row}>
        <Button size="small" onClick={rerun} disabled={analysis.status === "running"}>
          {t("pane.analyze")}
        </Button>
        {analysis.status === "running" && <Spinner size="tiny" label={t("pane.analyzing")} />}
      </div>
      {analysis.status === "failed" && <ErrorBar message={analysis.message} />}
      {model !== null && (
        <Body1 role="status">
          {model.rows.length === 0 &&
          analysis.status === "done" &&
          analysis.report.sheets.every((x) => x.scorecards.length === 0)
            ? t("pane.noIndicators")
            : t("pane.status", {
                n: model.rows.length,
                below: model.counts.yellow + model.counts.red,
                tables: model.tables,
                period: model.period ?? "",
                hasPeriod: String(model.period !== null),
              })}
        </Body1>
      )}
      {model !== null && model.rows.length === 0 && analysis.status === "done" && (
        <>
          <NoTable findings={analysis.report.findings} onDeclare={onDeclare} />
          <ExcelFirstRun rerun={rerun} onInserted={setInserted} />
        </>
      )}
      {model !== null && model.rows.length > 0 && (
        <>
          {inserted !== null && (
            <MessageBar intent="success" role="status">
              <MessageBarBody>{inserted}</MessageBarBody>
            </MessageBar>
          )}
          <IndicatorFilters model={model} filter={filter} onChange={onFilter} />
          {notice !== null && (
            <MessageBar intent="info">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          )}
          {current !== null && <IndicatorHistory row={current} onClose={() => onSelect(null)} reveal={reveal} />}
          <Caption1 aria-live="polite">{t("pane.shownOf", { shown: rows.length, total: model.rows.length })}</Caption1>
          {rows.length === 0 ? (
            <div className={classes.row}>
              <Body1>{t("pane.noMatch")}</Body1>
              <Button
                size="small"
                onClick={() =>
                  onFilter({ ...filter, lights: new Set(), findingsOnly: false, fellOnly: false, search: "" })
                }
              >
                {t("pane.clearFilters")}
              </Button>
            </div>
          ) : (
            <VirtualGrid
              items={rows}
              columns={columns}
              rowId={(r) => r.key}
              label={t("pane.tabs.analyze")}
              maxHeight={current === null ? "calc(100vh - 230px)" : "50vh"}
              rowHeight={wide ? 34 : 48}
              sort={{
                column: filter.sortBy ?? "achievement",
                direction: filter.sort,
                onChange: (direction, column) =>
                  onFilter({ ...filter, sort: direction, sortBy: column === "growth" ? "growth" : "achievement" }),
              }}
            />
          )}
        </>
      )}
      {analysis.status === "done" &&
        analysis.report.sheets
          .flatMap((x) => x.scorecards)
          .map((card) => (
            <Body1 key={card.columnCell}>
              {t("pane.scoreLine", { column: card.column, total: String(card.total), grade: gradeWord(t, card.grade) })}
            </Body1>
          ))}
    </section>
  );
}
