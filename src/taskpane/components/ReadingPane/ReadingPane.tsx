import { Body1, Button, Caption1, Checkbox, Field, Input, Select, Subtitle2 } from "@fluentui/react-components";
import { COLUMN_ROLE_KEY, errorText, findingMessage, layoutWord } from "../../../messages";
import { useEffect, useRef, useState } from "react";
import { YES, type Finding, type RawValue } from "../../../core";
import { usePaneStyles } from "../usePaneStyles";
import type { AnalysisState } from "../../hooks/use-analysis";
import { DECLARED_ROLES, suggestedDeclaration, useReadingPane, type DeclaredRole } from "./useReadingPane";

const textOf = (v: RawValue | undefined): string => (v === null || v === undefined ? "" : String(v));

/**
 * Cards shown at once: a workbook of 20,000 indicators drew 780,000 nodes and took 48 s to open
 * this view. A person edits a few indicators' settings; the rest are found by name.
 */
const CARD_LIMIT = 30;

/** 讀取: how each table was read, and the settings a person changes (saved in 指標設定 for everyone). */
export function ReadingPane({
  analysis,
  suggestion = null,
  onSaved,
}: {
  /** The pane's analysis, which read the workbook with its settings. */
  readonly analysis: AnalysisState;
  /** Where no table was read: the core's likeliest table, to declare in a few clicks. */
  readonly suggestion?: Finding | null;
  readonly onSaved: () => void;
}) {
  const { t, language, state, edit, declare, headerOf, selection, save, message, problems, choices } = useReadingPane(
    analysis,
    onSaved,
  );
  const classes = usePaneStyles();
  const [range, setRange] = useState("");
  const [roles, setRoles] = useState<Record<string, DeclaredRole>>({});
  const [headerRow, setHeaderRow] = useState<number | undefined>(undefined);
  const [query, setQuery] = useState("");
  const declareCard = useRef<HTMLDivElement>(null);
  const suggested = suggestedDeclaration(suggestion);
  // Opened on a suggested table: the declaration starts from it, and comes into view.
  useEffect(() => {
    const start = suggestedDeclaration(suggestion);
    if (start === null) return;
    setRange(start.range);
    setHeaderRow(start.headerRow);
    setRoles(start.roles);
  }, [suggestion]);
  const ready = state.status === "ready";
  useEffect(() => {
    if (ready && suggestion !== null) declareCard.current?.scrollIntoView?.({ block: "start" });
  }, [ready, suggestion]);
  if (state.status === "loading") return <Body1 role="status">{t("reading.loading")}</Body1>;
  if (state.status === "failed") return <Body1 role="alert">{errorText(state.message, language)}</Body1>;
  const yes = (v: RawValue | undefined): boolean =>
    ([YES.zh, YES.en] as readonly string[]).includes(textOf(v).trim().toLowerCase());
  const needle = query.trim().toLowerCase();
  const matching = state.rows.indicators
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => needle === "" || textOf(row.name).toLowerCase().includes(needle));
  return (
    <section className={classes.root} aria-label={t("reading.title")}>
      <Subtitle2 as="h2">{t("reading.title")}</Subtitle2>
      {state.report.sheets.some((sheet) => sheet.tables.length > 0) && (
        <ul style={{ margin: 0, paddingInlineStart: "1em" }}>
          {state.report.sheets.flatMap((sheet) =>
            sheet.tables.map((table) => (
              <li key={`${sheet.sheet}!${table.range}`}>
                <Caption1>
                  {t("reading.table", {
                    sheet: sheet.sheet,
                    range: table.range,
                    layout: layoutWord(language, table.reading?.layout ?? table.kind),
                  })}
                </Caption1>
                {table.reading !== undefined && table.reading.columns.length > 0 && (
                  <div>
                    <Caption1>
                      {table.reading.columns
                        .map((c) =>
                          t("reading.columnRead", {
                            cell: c.cell,
                            header: c.header,
                            role: c.role === null ? "—" : t(COLUMN_ROLE_KEY[c.role]),
                          }),
                        )
                        .join(t("reading.columnsSeparator"))}
                    </Caption1>
                  </div>
                )}
              </li>
            )),
          )}
        </ul>
      )}
      {state.rows.indicators.length > CARD_LIMIT && (
        <Field label={t("reading.search")}>
          <Input type="search" value={query} onChange={(_, d) => setQuery(d.value)} />
        </Field>
      )}
      {matching.length === 0 && needle !== "" && (
        <Caption1 role="status">{t("reading.noMatch", { query: query.trim() })}</Caption1>
      )}
      {matching.length > CARD_LIMIT && (
        <Caption1 role="status">{t("reading.shown", { shown: CARD_LIMIT, total: matching.length })}</Caption1>
      )}
      {matching.slice(0, CARD_LIMIT).map(({ row, i }) => (
        <fieldset
          className={classes.card}
          key={`${textOf(row.sheet)}!${textOf(row.name)}`}
          aria-label={textOf(row.name)}
        >
          <legend>
            {textOf(row.name)} <Caption1>{t("reading.sheetOf", { sheet: textOf(row.sheet) })}</Caption1>
          </legend>
          <Field label={t("reading.direction")}>
            <Select value={textOf(row.direction)} onChange={(_, d) => edit(i, "direction", d.value)}>
              {[...new Set([textOf(row.direction), ...choices.direction])].map((c) => (
                <option key={c}>{c}</option>
              ))}
            </Select>
          </Field>
          <Field label={t("reading.kind")}>
            <Select value={textOf(row.kind)} onChange={(_, d) => edit(i, "kind", d.value)}>
              {[...new Set([textOf(row.kind), ...choices.kind])].map((c) => (
                <option key={c}>{c}</option>
              ))}
            </Select>
          </Field>
          <div className={classes.row}>
            <Field label={t("reading.weight")}>
              <Input
                type="number"
                value={textOf(row.weight)}
                onChange={(_, d) => edit(i, "weight", d.value === "" ? "" : Number(d.value))}
              />
            </Field>
            <Field label={t("reading.band")}>
              <Input
                type="number"
                value={
                  typeof row.yellowFrom === "number"
                    ? String(Math.round(row.yellowFrom * 1000) / 10)
                    : textOf(row.yellowFrom)
                }
                onChange={(_, d) => edit(i, "yellowFrom", d.value === "" ? "" : Number(d.value) / 100)}
              />
            </Field>
          </div>
          <Checkbox
            label={t("reading.exclude")}
            checked={yes(row.exclude)}
            onChange={(_, d) => edit(i, "exclude", d.checked === true)}
          />
        </fieldset>
      ))}
      <div className={classes.card} ref={declareCard} role="region" aria-label={t("reading.declare")}>
        <Subtitle2 as="h3">{t("reading.declare")}</Subtitle2>
        {suggested !== null && suggestion !== null && (
          <Body1 className={classes.wrap}>
            {t("reading.suggested", {
              sheet: suggestion.sheet,
              range: String(suggestion.params.range),
              headerRow: suggested.headerRow,
              missing: String(suggestion.params.missing ?? "none"),
            })}
          </Body1>
        )}
        <Caption1>{t("reading.declared", { n: state.rows.tables.length })}</Caption1>
        <Field label={t("reading.declareRange")}>
          <Input value={range} onChange={(_, d) => setRange(d.value)} />
        </Field>
        <Field label={t("reading.headerRow")}>
          <Input
            type="number"
            value={headerRow === undefined ? "" : String(headerRow)}
            onChange={(_, d) => setHeaderRow(d.value === "" ? undefined : Number(d.value))}
          />
        </Field>
        {selection !== null && (
          <Button
            onClick={() =>
              void selection().then((picked) => {
                if (picked !== null) setRange(picked);
              })
            }
          >
            {t("reading.useSelection")}
          </Button>
        )}
        {headerOf(range, headerRow).map((cell) => (
          <Field key={cell.column} label={t("reading.roleOf", { column: cell.column, text: cell.text })}>
            <Select
              value={roles[cell.column] ?? "none"}
              onChange={(_, d) => setRoles({ ...roles, [cell.column]: d.value as DeclaredRole })}
            >
              {DECLARED_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`reading.roles.${role}`)}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        <div className={classes.row}>
          <Button
            onClick={() => {
              if (declare(range, roles, headerRow) !== null) {
                setRange("");
                setRoles({});
                setHeaderRow(undefined);
              }
            }}
          >
            {t("reading.declareAdd")}
          </Button>
          <Button
            appearance="primary"
            onClick={() => {
              const rows = declare(range, roles, headerRow);
              if (rows === null) return;
              setRange("");
              setRoles({});
              setHeaderRow(undefined);
              void save(rows);
            }}
          >
            {t("reading.declareAndSave")}
          </Button>
        </div>
      </div>
      {problems.length > 0 && (
        <div className={classes.card} role="region" aria-label={t("reading.problems")}>
          <Subtitle2 as="h3">{t("reading.problems")}</Subtitle2>
          {problems.map((f, n) => (
            <Caption1 key={n}>
              {t("reading.problemLine", { cell: f.cell ?? "", message: findingMessage(f, language) })}
            </Caption1>
          ))}
        </div>
      )}
      <Button appearance="primary" onClick={() => void save()}>
        {t("reading.save")}
      </Button>
      {message !== null && <Body1 role="status">{message}</Body1>}
    </section>
  );
}
