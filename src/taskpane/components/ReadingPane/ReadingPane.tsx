import { Body1, Button, Caption1, Checkbox, Field, Input, Select, Subtitle2 } from "@fluentui/react-components";
import { errorText, findingMessage, layoutWord } from "../../../messages";
import { useState } from "react";
import { YES, type RawValue } from "../../../core";
import { usePaneStyles } from "../usePaneStyles";
import type { AnalysisState } from "../../hooks/use-analysis";
import { DECLARED_ROLES, useReadingPane, type DeclaredRole } from "./useReadingPane";

const textOf = (v: RawValue | undefined): string => (v === null || v === undefined ? "" : String(v));

/**
 * Cards shown at once: a workbook of 20,000 indicators drew 780,000 nodes and took 48 s to open
 * this view. A person edits a few indicators' settings; the rest are found by name.
 */
const CARD_LIMIT = 30;

/** 讀取: how each table was read, and the settings a person changes (saved in 指標設定 for everyone). */
export function ReadingPane({
  analysis,
  onSaved,
}: {
  /** The pane's analysis, which read the workbook with its settings. */
  readonly analysis: AnalysisState;
  readonly onSaved: () => void;
}) {
  const { s, language, state, edit, declare, headerOf, selection, save, message, problems, choices } = useReadingPane(
    analysis,
    onSaved,
  );
  const classes = usePaneStyles();
  const [range, setRange] = useState("");
  const [roles, setRoles] = useState<Record<string, DeclaredRole>>({});
  const [query, setQuery] = useState("");
  if (state.status === "loading") return <Body1 role="status">{s.loading}</Body1>;
  if (state.status === "failed") return <Body1 role="alert">{errorText(state.message, language)}</Body1>;
  const yes = (v: RawValue | undefined): boolean =>
    ([YES.zh, YES.en] as readonly string[]).includes(textOf(v).trim().toLowerCase());
  const needle = query.trim().toLowerCase();
  const matching = state.rows.indicators
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => needle === "" || textOf(row.name).toLowerCase().includes(needle));
  return (
    <section className={classes.root} aria-label={s.title}>
      <Subtitle2 as="h2">{s.title}</Subtitle2>
      <ul style={{ margin: 0, paddingInlineStart: "1em" }}>
        {state.report.sheets.flatMap((sheet) =>
          sheet.tables.map((t) => (
            <li key={`${sheet.sheet}!${t.range}`}>
              <Caption1>{s.table(sheet.sheet, t.range, layoutWord(language, t.reading?.layout ?? t.kind))}</Caption1>
              {t.reading !== undefined && t.reading.columns.length > 0 && (
                <div>
                  <Caption1>
                    {t.reading.columns
                      .map((c) =>
                        s.columnRead(c.cell, c.header, c.role === null ? "—" : (s.columnRoles[c.role] ?? c.role)),
                      )
                      .join(s.columnsSeparator)}
                  </Caption1>
                </div>
              )}
            </li>
          )),
        )}
      </ul>
      {state.rows.indicators.length > CARD_LIMIT && (
        <Field label={s.search}>
          <Input type="search" value={query} onChange={(_, d) => setQuery(d.value)} />
        </Field>
      )}
      {matching.length === 0 && needle !== "" && <Caption1 role="status">{s.noMatch(query.trim())}</Caption1>}
      {matching.length > CARD_LIMIT && <Caption1 role="status">{s.shown(CARD_LIMIT, matching.length)}</Caption1>}
      {matching.slice(0, CARD_LIMIT).map(({ row, i }) => (
        <fieldset
          className={classes.card}
          key={`${textOf(row.sheet)}!${textOf(row.name)}`}
          aria-label={textOf(row.name)}
        >
          <legend>
            {textOf(row.name)} <Caption1>{s.sheetOf(textOf(row.sheet))}</Caption1>
          </legend>
          <Field label={s.direction}>
            <Select value={textOf(row.direction)} onChange={(_, d) => edit(i, "direction", d.value)}>
              {[...new Set([textOf(row.direction), ...choices.direction])].map((c) => (
                <option key={c}>{c}</option>
              ))}
            </Select>
          </Field>
          <Field label={s.kind}>
            <Select value={textOf(row.kind)} onChange={(_, d) => edit(i, "kind", d.value)}>
              {[...new Set([textOf(row.kind), ...choices.kind])].map((c) => (
                <option key={c}>{c}</option>
              ))}
            </Select>
          </Field>
          <div className={classes.row}>
            <Field label={s.weight}>
              <Input
                type="number"
                value={textOf(row.weight)}
                onChange={(_, d) => edit(i, "weight", d.value === "" ? "" : Number(d.value))}
              />
            </Field>
            <Field label={s.band}>
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
            label={s.exclude}
            checked={yes(row.exclude)}
            onChange={(_, d) => edit(i, "exclude", d.checked === true)}
          />
        </fieldset>
      ))}
      <div className={classes.card}>
        <Subtitle2 as="h3">{s.declare}</Subtitle2>
        <Caption1>{s.declared(state.rows.tables.length)}</Caption1>
        <Field label={s.declareRange}>
          <Input value={range} onChange={(_, d) => setRange(d.value)} />
        </Field>
        {selection !== null && (
          <Button
            onClick={() =>
              void selection().then((picked) => {
                if (picked !== null) setRange(picked);
              })
            }
          >
            {s.useSelection}
          </Button>
        )}
        {headerOf(range).map((cell) => (
          <Field key={cell.column} label={s.roleOf(cell.column, cell.text)}>
            <Select
              value={roles[cell.column] ?? "none"}
              onChange={(_, d) => setRoles({ ...roles, [cell.column]: d.value as DeclaredRole })}
            >
              {DECLARED_ROLES.map((role) => (
                <option key={role} value={role}>
                  {s.roles[role]}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        <Button
          onClick={() => {
            if (declare(range, roles)) {
              setRange("");
              setRoles({});
            }
          }}
        >
          {s.declareAdd}
        </Button>
      </div>
      {problems.length > 0 && (
        <div className={classes.card} role="region" aria-label={s.problems}>
          <Subtitle2 as="h3">{s.problems}</Subtitle2>
          {problems.map((f, n) => (
            <Caption1 key={n}>{s.problemLine(f.cell ?? "", findingMessage(f, language))}</Caption1>
          ))}
        </div>
      )}
      <Button appearance="primary" onClick={() => void save()}>
        {s.save}
      </Button>
      {message !== null && <Body1 role="status">{message}</Body1>}
    </section>
  );
}
