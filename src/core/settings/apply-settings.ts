import { pushAll } from "../values/arrays";
import {
  analyzeDetected,
  DEFAULT_WORKBOOK_OPTIONS,
  indicatorKey,
  qualifyByCategory,
  type IndicatorAdjustment,
  type SheetReport,
  type WorkbookOptions,
  type WorkbookReport,
} from "../analysis/analyze-workbook";
import type { Finding } from "../findings";
import type { DetectedSheet } from "../layout/detected";
import { detectSheet } from "../layout/detect";
import { parseAddress, type Area, type Grid } from "../layout/grid";
import { sheetRef } from "../plan/write-plan";
import { readDeclaredTable } from "./declared-table";
import type { ParsedSettings } from "./parse-settings";
import { badRange, duplicateRow, notFound } from "./settings-findings";
import type { IndicatorSetting, Settings } from "./settings-types";

export { indicatorKey };

/** How the report's row of an indicator follows its settings: the values now, and the cells to refer to (live) where they are in the workbook. */
export interface IndicatorLink {
  readonly yellowFrom: number;
  readonly capAtOne: boolean;
  /** INDIRECT("'Settings'!$G$5"), or null when the settings are in another workbook. */
  readonly yellowRef: string | null;
  readonly capRef: string | null;
}

export interface SettingsAnalysis {
  readonly report: WorkbookReport;
  /** By indicatorKey(sheet, name). */
  readonly links: ReadonlyMap<string, IndicatorLink>;
  /** Weights detection read (a weight in the name), by indicatorKey: the settings sheet pre-fills them. */
  readonly weights: ReadonlyMap<string, number>;
}

const intersects = (a: Area, b: Area): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function areaOfRange(range: string): Area | null {
  const [from = "", to = from] = range.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  return a === null || b === null ? null : { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** Detection, with the settings' declared tables read as declared in place of what detection made of those cells. */
function withDeclared(grid: Grid, settings: Settings | null, findings: Finding[]): DetectedSheet {
  const detected = detectSheet(grid);
  const declared = settings?.tables.filter((t) => t.sheet === grid.sheet) ?? [];
  if (declared.length === 0) return detected;
  // Only a declaration that reads replaces detection there: a wrong one leaves the reader's tables.
  const reads = declared.flatMap((d) => {
    const read = readDeclaredTable(grid, d, 0, settings?.sheet ?? "");
    pushAll(findings, read.findings);
    return read.table === null ? [] : [{ declared: d, read }];
  });
  const keep = detected.tables.map((t) => {
    const area = areaOfRange(t.range);
    return area === null || !reads.some((r) => intersects(r.declared.area, area));
  });
  const renumber = new Map<number, number>();
  const tables = detected.tables.filter((t, i) => {
    if (keep[i]) renumber.set(i, renumber.size);
    return keep[i];
  });
  const indicators = detected.indicators.flatMap((i) => {
    const at = renumber.get(i.table);
    return at === undefined ? [] : [{ ...i, table: at }];
  });
  const scorecards = detected.scorecards.flatMap((c) => {
    const at = renumber.get(c.table);
    return at === undefined ? [] : [{ ...c, table: at }];
  });
  for (const { read } of reads) {
    const index = tables.length;
    if (read.table !== null) tables.push(read.table);
    pushAll(
      indicators,
      read.indicators.map((i) => ({ ...i, table: index })),
    );
  }
  return { sheet: grid.sheet, tables, indicators, scorecards };
}

/** Settings rows to indicators: by sheet and name first, then by name alone; the first of two rows for one indicator wins. */
function match(
  settings: Settings,
  names: ReadonlyArray<{ sheet: string; name: string }>,
  findings: Finding[],
): Map<string, IndicatorSetting> {
  const rows: IndicatorSetting[] = [];
  const seen = new Map<string, string>();
  for (const s of settings.indicators) {
    const key = indicatorKey(s.sheet ?? "", s.name);
    const first = seen.get(key);
    if (first !== undefined) findings.push(duplicateRow(settings.sheet, s.cells.name, s.name, first));
    else {
      seen.set(key, s.cells.name);
      rows.push(s);
    }
  }
  const matched = new Map<string, IndicatorSetting>();
  const pending: IndicatorSetting[] = [];
  for (const s of rows) {
    const key = indicatorKey(s.sheet ?? "", s.name);
    if (s.sheet !== null && names.some((n) => indicatorKey(n.sheet, n.name) === key)) matched.set(key, s);
    else pending.push(s);
  }
  for (const s of pending) {
    const byName = names.filter((n) => n.name === s.name && !matched.has(indicatorKey(n.sheet, n.name)));
    if (byName.length === 0) findings.push(notFound(settings.sheet, s.cells.name, s.name, s.sheet));
    for (const n of byName) matched.set(indicatorKey(n.sheet, n.name), s);
  }
  return matched;
}

/**
 * A settings cell as the report refers to it: through INDIRECT on its text, so that the reference
 * outlives the settings sheet being written again (the add-in replaces the sheet whole; in Excel a
 * direct reference to a deleted sheet becomes #REF! for good). Text, so the R1C1 converter leaves it.
 */
function settingsCell(sheet: string, address: string): string {
  const at = /^([A-Z]+)(\d+)$/.exec(address);
  const absolute = at === null ? address : `$${at[1] ?? ""}$${at[2] ?? ""}`;
  return `INDIRECT("${sheetRef(sheet, absolute)}")`;
}

/**
 * The workbook read with its settings: declared tables read as declared, each indicator's row
 * applied (direction, type, unit, band, cap; 排除 leaves it out), and a finding for each row that
 * names no indicator, each duplicate, and each cell that could not be read.
 */
export function analyzeWithSettings(
  grids: readonly Grid[],
  parsed: ParsedSettings | null,
  options: WorkbookOptions = DEFAULT_WORKBOOK_OPTIONS,
): SettingsAnalysis {
  const settings = parsed?.settings ?? null;
  const findings: Finding[] = [...(parsed?.findings ?? [])];
  for (const t of settings?.tables ?? []) {
    if (!grids.some((g) => g.sheet === t.sheet))
      findings.push(
        badRange(settings?.sheet ?? "", t.cells.sheet, {
          zh: `找不到工作表「${t.sheet}」；現有：${grids.map((g) => g.sheet).join("、")}`,
          en: `there is no sheet "${t.sheet}"; the workbook has: ${grids.map((g) => g.sheet).join(", ")}`,
        }),
      );
  }
  const detected = grids.map((grid) => ({ grid, sheet: withDeclared(grid, settings, findings) }));
  // Each sheet's names as the analysis qualifies them, worked out once for the names and the weights.
  const qualified = detected.map(({ sheet }) => ({
    sheet: sheet.sheet,
    indicators: qualifyByCategory(sheet.indicators),
  }));
  const names = qualified.flatMap(({ sheet, indicators }) => indicators.map((i) => ({ sheet, name: i.name })));
  const weights = new Map<string, number>();
  for (const { sheet, indicators } of qualified)
    for (const i of indicators) if (typeof i.weight === "number") weights.set(indicatorKey(sheet, i.name), i.weight);
  const matched = settings === null ? new Map<string, IndicatorSetting>() : match(settings, names, findings);
  const links = new Map<string, IndicatorLink>();
  const sheets: SheetReport[] = [];
  for (const { grid, sheet } of detected) {
    const adjust: IndicatorAdjustment = (input, base) => {
      // Without settings for any indicator (the usual run), no key to build for each.
      if (matched.size === 0) return { input, options: base, kind: null };
      const key = indicatorKey(grid.sheet, input.name);
      const s = matched.get(key);
      if (s === undefined) return { input, options: base, kind: null };
      if (s.exclude) return null;
      const yellowFrom = s.yellowFrom ?? base.bands.yellowFrom;
      const capAtOne = s.cap ?? base.capAtOne;
      const inWorkbook = settings?.inWorkbook === true;
      links.set(key, {
        yellowFrom,
        capAtOne,
        yellowRef: inWorkbook ? settingsCell(settings.sheet, s.cells.yellowFrom) : null,
        capRef: inWorkbook ? settingsCell(settings.sheet, s.cells.cap) : null,
      });
      return {
        input: {
          ...input,
          statedDirection: s.direction ?? input.statedDirection,
          statedUnit: s.unit ?? input.statedUnit,
        },
        options: { ...base, bands: { yellowFrom }, capAtOne },
        kind: s.kind,
      };
    };
    const result = analyzeDetected(grid, sheet, options, adjust);
    if (result.report) sheets.push(result.report);
    pushAll(findings, result.findings);
  }
  return { report: { sheets, findings }, links, weights };
}
