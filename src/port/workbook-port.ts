import type { Grid, NotePlan, WritePlan } from "../core";

/**
 * The one workbook port. Each adapter (office.js in src/excel, exceljs in src/xlsx) implements it,
 * and one contract suite (test/contract) holds them to the same behaviour.
 */
export interface WorkbookReader {
  /** Worksheet names in tab order. */
  sheetNames(): Promise<string[]>;
  /** The used range of one sheet: values, number formats, merged areas, where it starts. */
  readSheet(name: string): Promise<Grid>;
  /** Every sheet, batched where the host allows (office.js: one sync for all used ranges). */
  readAll(): Promise<Grid[]>;
  /** The sheets the add-in made (report, findings, drafts), found by their markers; never analysed as data. */
  ownedSheets(): Promise<string[]>;
}

export interface AppliedPlan {
  /** Planned sheet name → the name the sheet got (a user's sheet may hold the planned one). */
  readonly sheets: ReadonlyMap<string, string>;
  /** Planned notes not written: a person's note or comment holds the cell, or the host has no comments. */
  readonly skippedNotes?: readonly NotePlan[];
}

export interface WorkbookWriter {
  /**
   * Applies a plan whole or not at all: on failure the add-in's previous sheets are as they were
   * and no half-written sheet remains. User cells' values and formulas are never changed.
   */
  applyPlan(plan: WritePlan): Promise<AppliedPlan>;
}

export interface WorkbookNavigator {
  /** Shows the cells to the user (Excel selects them); a workbook without a view does nothing. */
  select(sheet: string, address: string): Promise<void>;
  /** What the user has selected (Excel); absent where there is no view (a file). */
  selectedRange?(): Promise<{ readonly sheet: string; readonly address: string } | null>;
}

/** Where a user changed a sheet: the sheet and the changed address ("B3", "B3:C5"). */
export interface SheetChange {
  readonly sheet: string;
  readonly address: string;
}

/**
 * Optional: a workbook that can tell when its data changes. Excel can (worksheet.onChanged); a file
 * cannot, so the exceljs adapter leaves it out and the pane simply does not follow edits there.
 */
export interface WorkbookWatcher {
  /** Calls `handler` on each change to the named sheets; resolves to the function that stops it. */
  onChange?(sheets: readonly string[], handler: (change: SheetChange) => void): Promise<() => Promise<void>>;
}

export type WorkbookPort = WorkbookReader & WorkbookWriter & WorkbookNavigator & WorkbookWatcher;

/** What the pane remembers for a workbook, so the next person who opens it sees the same choices. */
export interface PaneSettings {
  readonly language: "zh-TW" | "en" | null;
  readonly yellowFrom: number;
  readonly capAtOne: boolean;
  readonly method: "trend" | "growth" | "hold" | "stretch";
  readonly stretch: number;
}

export interface SettingsStore {
  load(): Promise<Partial<PaneSettings> | null>;
  save(settings: PaneSettings): Promise<void>;
}
