import type { CellInput, Grid, WritePlan } from "../../src/core";
import { OfficeSettingsStore, type DocumentSettings } from "../../src/excel/office-settings";
import type { AppliedPlan, WorkbookPort } from "../../src/port/workbook-port";
import type { PaneSession } from "../../src/taskpane/session";

/** A grid from rows of plain values, top-left at A1. */
export function gridOf(sheet: string, rows: ReadonlyArray<ReadonlyArray<CellInput["value"]>>): Grid {
  return { sheet, originRow: 0, originCol: 0, cells: rows.map((r) => r.map((value) => ({ value }))), merges: [] };
}

/** A port over fixed grids that records what it is asked to do. */
export class FakePort implements WorkbookPort {
  readonly plans: WritePlan[] = [];
  readonly selections: string[] = [];
  constructor(
    private readonly grids: Grid[],
    private readonly failRead: Error | null = null,
  ) {}
  sheetNames(): Promise<string[]> {
    return Promise.resolve(this.grids.map((g) => g.sheet));
  }
  readSheet(name: string): Promise<Grid> {
    const grid = this.grids.find((g) => g.sheet === name);
    return grid ? Promise.resolve(grid) : Promise.reject(new Error(`no sheet ${name}`));
  }
  readAll(): Promise<Grid[]> {
    return this.failRead ? Promise.reject(this.failRead) : Promise.resolve(this.grids);
  }
  ownedSheets(): Promise<string[]> {
    return Promise.resolve([]);
  }
  applyPlan(plan: WritePlan): Promise<AppliedPlan> {
    this.plans.push(plan);
    return Promise.resolve({ sheets: new Map(plan.sheets.map((s) => [s.name, s.name])), skippedNotes: [] });
  }
  select(sheet: string, address: string): Promise<void> {
    this.selections.push(`${sheet}!${address}`);
    return Promise.resolve();
  }
}

/** Office's document settings as a map, saved on saveAsync, as they travel with the workbook. */
export class FakeDocumentSettings implements DocumentSettings {
  readonly saved = new Map<string, unknown>();
  private readonly pending = new Map<string, unknown>();
  get(name: string): unknown {
    return this.pending.get(name) ?? this.saved.get(name) ?? null;
  }
  set(name: string, value: unknown): void {
    this.pending.set(name, value);
  }
  saveAsync(callback: (result: { status: string }) => void): void {
    for (const [k, v] of this.pending) this.saved.set(k, v);
    callback({ status: "succeeded" });
  }
}

export function excelSession(port: WorkbookPort, settings = new FakeDocumentSettings()): PaneSession {
  return { mode: "excel", port, settings: new OfficeSettingsStore(settings), fileName: null };
}

export const KPI_GRID = gridOf("關鍵績效指標", [
  ["關鍵績效指標 2：提升新住民及其子女培力人數"],
  ["項目", "106 年度", "107 年度"],
  ["原訂目標值", "--", "3,287 人"],
  ["實際值", "3,000 人", "3,182 人"],
  ["達成度", "--", "96.81%"],
]);

export const BUDGET_GRID = gridOf("100年度績效", [
  ["衡量指標", "原定目標值", "實際值", "達成度"],
  ["申請使用自動通關人數", 8000, 92885, "1,061%"],
  ["活動場次", 100, 157, "157%"],
]);

/** Two indicators over 106–107: 甲 fell short in 106 and met its target in 107; 乙 fell short in 107. */
export const TWO_YEARS = gridOf("關鍵績效指標", [
  ["關鍵績效指標 1：甲指標"],
  ["項目", "106 年度", "107 年度"],
  ["原訂目標值", "100 人", "100 人"],
  ["實際值", "80 人", "120 人"],
  ["達成度", "80.00%", "120.00%"],
  [],
  ["關鍵績效指標 2：乙指標"],
  ["項目", "106 年度", "107 年度"],
  ["原訂目標值", "100 人", "100 人"],
  ["實際值", "100 人", "95 人"],
  ["達成度", "100.00%", "95.00%"],
]);
