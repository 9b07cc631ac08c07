import {
  analyzeWithSettings,
  buildSettingsPlan,
  DEFAULT_WORKBOOK_OPTIONS,
  parseSettings,
  settingsRows,
  type Grid,
  type ParsedSettings,
  type SettingsAnalysis,
  type SettingsLanguage,
  type SettingsRows,
  type WorkbookOptions,
  type WritePlan,
} from "../core";
import type { AppliedPlan, WorkbookPort, WorkbookReader } from "../port/workbook-port";

export interface SheetsAndSettings {
  /** The user's sheets (the add-in's own left out). */
  readonly grids: Grid[];
  /** The settings that apply: from another workbook when given, else this workbook's 指標設定. */
  readonly settings: ParsedSettings | null;
  /** The add-in's own sheets as they are now (an earlier report, whose reasons a re-run keeps). */
  readonly owned?: readonly Grid[];
}

/**
 * The settings sheet is the add-in's (found through its marker, among the owned sheets) but a
 * person's to edit: the owned sheet that reads as settings.
 */
export function settingsAmong(grids: readonly Grid[], inWorkbook: boolean): ParsedSettings | null {
  for (const grid of grids) {
    const parsed = parseSettings(grid, inWorkbook);
    if (parsed !== null) return parsed;
  }
  return null;
}

export async function readSheetsAndSettings(
  reader: WorkbookReader,
  external: ParsedSettings | null = null,
): Promise<SheetsAndSettings> {
  const owned = new Set(await reader.ownedSheets());
  const all = await reader.readAll();
  const grids = all.filter((g) => !owned.has(g.sheet));
  const settings =
    external ??
    settingsAmong(
      all.filter((g) => owned.has(g.sheet)),
      true,
    );
  return { grids, settings, owned: all.filter((g) => owned.has(g.sheet)) };
}

/** Settings from another workbook (--settings FILE.xlsx): its marked sheet, else any sheet that reads as settings. */
export async function settingsOfWorkbook(reader: WorkbookReader): Promise<ParsedSettings | null> {
  const owned = new Set(await reader.ownedSheets());
  const all = await reader.readAll();
  return settingsAmong([...all.filter((g) => owned.has(g.sheet)), ...all.filter((g) => !owned.has(g.sheet))], false);
}

export async function analyzeWithSettingsThroughPort(
  reader: WorkbookReader,
  external: ParsedSettings | null = null,
  options: WorkbookOptions = DEFAULT_WORKBOOK_OPTIONS,
): Promise<SettingsAnalysis & SheetsAndSettings> {
  const read = await readSheetsAndSettings(reader, external);
  return { ...read, ...analyzeWithSettings(read.grids, read.settings, options) };
}

export interface SettingsOutcome {
  readonly analysis: SettingsAnalysis;
  readonly rows: SettingsRows;
  readonly plan: WritePlan;
  readonly applied: AppliedPlan;
}

/**
 * Writes 指標設定: the rows it holds now, kept as the person left them, and a row for each
 * indicator found that no row names, filled with what the reader inferred. Nothing else is written.
 */
export async function writeSettingsSheet(
  port: WorkbookPort,
  language: SettingsLanguage,
  external: ParsedSettings | null = null,
): Promise<SettingsOutcome> {
  const read = await analyzeWithSettingsThroughPort(port, external);
  const rows = settingsRows(read.settings, read, language);
  return writeSettingsRows(port, rows, language, read);
}

/** Writes rows the pane edited (or settingsRows made). */
export async function writeSettingsRows(
  port: WorkbookPort,
  rows: SettingsRows,
  language: SettingsLanguage,
  analysis: SettingsAnalysis,
): Promise<SettingsOutcome> {
  const plan = buildSettingsPlan(rows, language);
  return { analysis, rows, plan, applied: await port.applyPlan(plan) };
}
