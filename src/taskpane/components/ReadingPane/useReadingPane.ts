import { useCallback, useEffect, useState } from "react";
import {
  DIRECTION_CHOICES,
  KIND_CHOICES,
  settingsRows,
  type Finding,
  type IndicatorRowValues,
  type SettingsRows,
  type WorkbookReport,
} from "../../../core";
import { analyzeWithSettingsThroughPort, writeSettingsRows } from "../../../usecases/settings";
import { useLanguage } from "../../i18n/language-context";
import { useSession } from "../../session";
import { READING_STRINGS } from "./reading-strings";

export type ReadingState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly report: WorkbookReport; readonly rows: SettingsRows }
  | { readonly status: "failed"; readonly message: string };

/** Columns a person changes here; each is a cell of 指標設定. */
export type EditableColumn = "direction" | "kind" | "weight" | "yellowFrom" | "exclude";

/**
 * The reading view: the workbook read with its settings, the settings' rows to edit (each new
 * indicator pre-filled with what was inferred), and a save that writes 指標設定 and reruns the analysis.
 */
export function useReadingPane(onSaved: () => void) {
  const { port } = useSession();
  const language = useLanguage();
  const s = READING_STRINGS[language];
  const [state, setState] = useState<ReadingState>({ status: "loading" });
  const [message, setMessage] = useState<string | null>(null);
  const [analysis, setAnalysis] = useState<Awaited<ReturnType<typeof analyzeWithSettingsThroughPort>> | null>(null);

  const load = useCallback(async () => {
    try {
      const read = await analyzeWithSettingsThroughPort(port);
      setAnalysis(read);
      setState({ status: "ready", report: read.report, rows: settingsRows(read.settings, read, language) });
    } catch (error) {
      setState({ status: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }, [port, language]);
  useEffect(() => {
    void load();
  }, [load]);

  const edit = (index: number, column: EditableColumn, value: string | number | boolean): void => {
    if (state.status !== "ready") return;
    const words = language === "zh-TW" ? { yes: "是", no: "否" } : { yes: "yes", no: "no" };
    const cell = typeof value === "boolean" ? (value ? words.yes : words.no) : value;
    const indicators = state.rows.indicators.map((row, i): IndicatorRowValues =>
      i === index ? { ...row, [column]: cell } : row,
    );
    setState({ ...state, rows: { ...state.rows, indicators } });
  };

  /** "自訂!A1:C3" and "A,B,C": a long table whose indicator, target and actual are those columns. */
  const declare = (range: string, columns: string): boolean => {
    if (state.status !== "ready") return false;
    const at = /^(.+)!([A-Z]+\d+:[A-Z]+\d+)$/i.exec(range.trim());
    const cols = columns.split(/[,，\s]+/).filter((c) => /^[A-Z]{1,3}$/i.test(c));
    if (at === null || cols.length !== 3) {
      setMessage(s.badDeclare);
      return false;
    }
    const [sheet = "", cells = ""] = [at[1]?.replace(/^'|'$/g, ""), at[2]?.toUpperCase()];
    const row = {
      sheet,
      range: cells,
      layout: language === "zh-TW" ? "long table 一列一指標" : "long table",
      headerRow: Number(/\d+/.exec(cells)?.[0] ?? 1),
      name: cols[0]?.toUpperCase() ?? null,
      target: cols[1]?.toUpperCase() ?? null,
      actual: cols[2]?.toUpperCase() ?? null,
      reported: null,
      period: null,
      weight: null,
    };
    setState({ ...state, rows: { ...state.rows, tables: [...state.rows.tables, row] } });
    setMessage(null);
    return true;
  };

  const save = async (): Promise<void> => {
    if (state.status !== "ready" || analysis === null) return;
    try {
      await writeSettingsRows(port, state.rows, language, analysis);
      await load();
      onSaved();
      setMessage(s.saved(state.rows.indicators.length));
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  const problems: Finding[] =
    state.status === "ready" ? state.report.findings.filter((f) => f.code.startsWith("SETTINGS_")) : [];
  const choices = {
    direction: DIRECTION_CHOICES.map((c) => (language === "zh-TW" ? c.zh : c.en)),
    kind: KIND_CHOICES.map((c) => (language === "zh-TW" ? c.zh : c.en)),
  };
  return { s, language, state, edit, declare, save, message, problems, choices };
}
