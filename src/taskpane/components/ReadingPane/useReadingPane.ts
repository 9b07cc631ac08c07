import { useEffect, useState } from "react";
import {
  addressOf,
  columnName,
  parseAddress,
  type Area,
  DIRECTION_CHOICES,
  KIND_CHOICES,
  LAYOUT_CHOICES,
  NO,
  shownChoice,
  YES,
  TABLE_ROLES,
  type TableRole,
  settingsRows,
  type Finding,
  type IndicatorRowValues,
  type SettingsRows,
  type WorkbookReport,
} from "../../../core";
import { writeSettingsRows } from "../../../usecases/settings";
import type { AnalysisState, SettingsReading } from "../../hooks/use-analysis";
import { useLanguage } from "../../i18n/language-context";
import { useSession } from "../../session";
import { errorText, translator } from "../../../messages";

export type DeclaredRole = TableRole | "none";
export const DECLARED_ROLES: readonly DeclaredRole[] = ["none", ...TABLE_ROLES];

export interface HeaderCell {
  readonly column: string;
  readonly text: string;
}

/** "自訂!A1:C3" (quotes allowed) → sheet, address, area; null when it is not a range on a sheet. */
function parseRange(range: string): { sheet: string; address: string; area: Area } | null {
  const at = /^(.+)!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(range.trim());
  if (at === null) return null;
  const from = parseAddress(`${at[2] ?? ""}${at[3] ?? ""}`);
  const to = parseAddress(`${at[4] ?? ""}${at[5] ?? ""}`);
  if (from === null || to === null) return null;
  const area = { top: from.row, left: from.col, bottom: to.row, right: to.col };
  const sheet = (at[1] ?? "").replace(/^'|'$/g, "").replace(/''/g, "'");
  return { sheet, address: `${addressOf(area.top, area.left)}:${addressOf(area.bottom, area.right)}`, area };
}

/** The 0-based header row: the 1-based row given when it lies in the area, else the area's top. */
function headerRowIn(area: Area, headerRow: number | undefined): number {
  const row = headerRow === undefined || !Number.isInteger(headerRow) ? area.top : headerRow - 1;
  return row >= area.top && row <= area.bottom ? row : area.top;
}

/**
 * What the Reading area's declaration starts from when the core suggested a table where none was
 * read (NO_INDICATOR_TABLE with suggested "yes"): its range, header row, and the columns it could tell.
 */
export function suggestedDeclaration(
  finding: Finding | null,
): { range: string; headerRow: number; roles: Record<string, DeclaredRole> } | null {
  const p = finding?.params;
  if (finding === null || p === undefined || p.suggested !== "yes" || typeof p.range !== "string") return null;
  const roles: Record<string, DeclaredRole> = {};
  for (const role of ["name", "target", "actual"] as const) {
    const column = p[role];
    if (typeof column === "string" && /^[A-Z]+$/.test(column)) roles[column] = role;
  }
  return { range: `${finding.sheet}!${p.range}`, headerRow: Number(p.headerRow), roles };
}

export type ReadingState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly report: WorkbookReport; readonly rows: SettingsRows }
  | { readonly status: "failed"; readonly message: Error | string };

/** Columns a person changes here; each is a cell of 指標設定. */
export type EditableColumn = "direction" | "kind" | "weight" | "yellowFrom" | "exclude";

/**
 * The reading view: the workbook read with its settings, the settings' rows to edit (each new
 * indicator pre-filled with what was inferred), and a save that writes 指標設定 and reruns the analysis.
 */
export function useReadingPane(analysis: AnalysisState, onSaved: () => void) {
  const { port } = useSession();
  const language = useLanguage();
  const t = translator(language);
  const [state, setState] = useState<ReadingState>({ status: "loading" });
  const [message, setMessage] = useState<string | null>(null);
  const reading: SettingsReading | null = analysis.status === "done" ? analysis.reading : null;
  const failure = analysis.status === "failed" ? analysis.message : null;

  // The analysis already read the workbook with its settings: its rows are shown, not read again
  // (at 20,000 indicators a second reading made this area take half a second to open).
  useEffect(() => {
    if (failure !== null) setState({ status: "failed", message: failure });
    else if (reading === null) setState({ status: "loading" });
    else setState({ status: "ready", report: reading.report, rows: settingsRows(reading.settings, reading, language) });
  }, [reading, failure, language]);

  const edit = (index: number, column: EditableColumn, value: string | number | boolean): void => {
    if (state.status !== "ready") return;
    const word = (w: { readonly zh: string; readonly en: string }): string => (language === "zh-TW" ? w.zh : w.en);
    const cell = typeof value === "boolean" ? word(value ? YES : NO) : value;
    const indicators = state.rows.indicators.map((row, i): IndicatorRowValues =>
      i === index ? { ...row, [column]: cell } : row,
    );
    setState({ ...state, rows: { ...state.rows, indicators } });
  };

  /** The user's selection in Excel, as "Sheet!A1:C3"; null where the host has none (a file). */
  const selection = port.selectedRange
    ? async (): Promise<string | null> => {
        const at = await port.selectedRange?.();
        return at ? `${at.sheet}!${at.address}` : null;
      }
    : null;

  /**
   * The header cells of a range ("自訂!A1:C3"), each with its column, for assigning roles: the header
   * row given (1-based, as 指標設定 writes it) when it lies in the range, else the range's first row.
   */
  const headerOf = (range: string, headerRow?: number): HeaderCell[] => {
    const at = parseRange(range);
    const grid = reading?.grids.find((g) => g.sheet === at?.sheet);
    if (at === null || grid === undefined) return [];
    const row = headerRowIn(at.area, headerRow);
    const out: HeaderCell[] = [];
    for (let col = at.area.left; col <= at.area.right; col++) {
      const value = grid.cells[row - grid.originRow]?.[col - grid.originCol]?.value ?? null;
      out.push({ column: columnName(col), text: value === null ? "" : String(value) });
    }
    return out;
  };

  /**
   * A long table over the range, its header the row given (else the range's first row), each role at
   * the column assigned to it; the settings' rows with it, or null (and a message) when it is incomplete.
   */
  const declare = (
    range: string,
    roles: Readonly<Record<string, DeclaredRole>>,
    headerRow?: number,
  ): SettingsRows | null => {
    if (state.status !== "ready") return null;
    const at = parseRange(range);
    const columnOf = (role: DeclaredRole): string | null =>
      Object.entries(roles).find(([, r]) => r === role)?.[0] ?? null;
    if (at === null || columnOf("name") === null || (columnOf("target") === null && columnOf("actual") === null)) {
      setMessage(t("reading.badDeclare"));
      return null;
    }
    const row = {
      sheet: at.sheet,
      range: at.address,
      layout: shownChoice(LAYOUT_CHOICES, "longTable", language),
      headerRow: headerRowIn(at.area, headerRow) + 1,
      name: columnOf("name"),
      target: columnOf("target"),
      actual: columnOf("actual"),
      reported: columnOf("reported"),
      period: columnOf("period"),
      weight: columnOf("weight"),
    };
    const rows = { ...state.rows, tables: [...state.rows.tables, row] };
    setState({ ...state, rows });
    setMessage(null);
    return rows;
  };

  /** Writes 指標設定 (the rows given, as just declared, or those on screen) and reads the workbook again. */
  const save = async (declared?: SettingsRows): Promise<void> => {
    if (state.status !== "ready" || reading === null) return;
    const rows = declared ?? state.rows;
    try {
      await writeSettingsRows(port, rows, language, reading);
      // The analysis runs again (onSaved), and its new reading comes back here.
      onSaved();
      setMessage(t("reading.saved", { n: rows.indicators.length }));
    } catch (error) {
      setMessage(errorText(error, language));
    }
  };

  const problems: Finding[] =
    state.status === "ready" ? state.report.findings.filter((f) => f.code.startsWith("SETTINGS_")) : [];
  const choices = {
    direction: DIRECTION_CHOICES.map((c) => (language === "zh-TW" ? c.zh : c.en)),
    kind: KIND_CHOICES.map((c) => (language === "zh-TW" ? c.zh : c.en)),
  };
  return { t, language, state, edit, declare, headerOf, selection, save, message, problems, choices };
}
