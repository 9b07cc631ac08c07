import { maxOf, minOf } from "../../core/values/arrays";
import {
  parseAddress,
  type Finding,
  type Light,
  type PeriodResult,
  type SheetIndicator,
  type WorkbookReport,
} from "../../core";
import { reportingPeriod } from "../../core/plan/reporting-period";
import { indicatorRange } from "../components/AnalyzePane/indicator-range";

/** One indicator as the table shows it: its figures in the reporting period, and its findings. */
export interface IndicatorRow {
  readonly key: string;
  readonly sheet: string;
  readonly indicator: SheetIndicator;
  /** The period the row shows: the reporting period where the indicator has it, else its latest. */
  readonly current: PeriodResult | null;
  readonly light: Light;
  readonly findings: readonly Finding[];
  readonly range: string | null;
  /** Lower-cased name, sheet and unit, for search. */
  readonly haystack: string;
}

export interface IndicatorModel {
  readonly rows: readonly IndicatorRow[];
  readonly period: string | null;
  readonly tables: number;
  readonly counts: Readonly<Record<Light, number>>;
  readonly withFindings: number;
  /** Indicators whose actual fell since the period before (growth below 0). */
  readonly fell: number;
}

/** The actual fell since the period before: growth below 0. */
export const fellSinceLast = (row: IndicatorRow): boolean => (row.current?.growth ?? 0) < 0;

const cellKey = (sheet: string, cell: string): string => `${sheet}!${cell.replace(/\$/g, "")}`;

function cellsOf(indicator: SheetIndicator): string[] {
  const cells = indicator.nameCell === null ? [] : [indicator.nameCell];
  for (const p of indicator.periods) {
    const { target, actual, reported, actualParts } = p.cells;
    for (const c of [target, actual, reported, ...(actualParts ?? [])]) if (c !== undefined) cells.push(c);
    for (const r of p.ratings) cells.push(r.cell);
  }
  for (const c of indicator.components) cells.push(c.cell);
  return cells;
}

/** The period a count is about: an indicator that met its target this year is not "below" for last year. */
function currentPeriod(indicator: SheetIndicator, period: string | null): PeriodResult | null {
  const periods = indicator.periods;
  if (period !== null) {
    const match = periods.find((p) => p.period === period);
    if (match) return match;
  }
  return periods[periods.length - 1] ?? null;
}

/** The rectangle an indicator's cells span; a blank cell inside it (a missing actual) is the indicator's. */
interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Columns from `wide` (the cells and the table's corners), rows from the indicator's own cells. */
function boxOf(wide: readonly string[], own: readonly string[]): Box | null {
  const points = wide.map(parseAddress).filter((p) => p !== null);
  const rows = own.map(parseAddress).filter((p) => p !== null);
  if (points.length === 0 || rows.length === 0) return null;
  return {
    top: minOf(rows.map((p) => p.row)),
    bottom: maxOf(rows.map((p) => p.row)),
    left: minOf(points.map((p) => p.col)),
    right: maxOf(points.map((p) => p.col)),
  };
}

/** Boxes taller than this are not indexed by row: an indicator block is a few rows, not a sheet. */
const MAX_BOX_ROWS = 60;

/** Rows for every indicator of the report, built once per analysis (O(indicators + findings)). */
export function indicatorModel(report: WorkbookReport): IndicatorModel {
  const period = reportingPeriod(report);
  const byCell = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (f.cell === null) continue;
    const key = cellKey(f.sheet, f.cell);
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  const counts: Record<Light, number> = { green: 0, yellow: 0, red: 0, white: 0 };
  let withFindings = 0;
  const rows: IndicatorRow[] = [];
  for (const s of report.sheets) {
    const boxes = new Map<number, Array<{ box: Box; findings: Set<Finding> }>>();
    const sheetRows: Array<{ indicator: SheetIndicator; i: number; findings: Set<Finding> }> = [];
    s.indicators.forEach((indicator, i) => {
      const cells = cellsOf(indicator);
      const findings = new Set<Finding>();
      for (const c of cells) for (const f of byCell.get(cellKey(s.sheet, c)) ?? []) findings.add(f);
      // The rows its cells span, across its table's columns: a blank actual is in a column the
      // indicator names no cell in.
      const table = s.tables[indicator.table]?.range.split(":");
      const box = boxOf(table === undefined ? cells : [...cells, ...table].filter((c) => c !== ""), cells);
      if (box !== null && box.bottom - box.top < MAX_BOX_ROWS)
        for (let r = box.top; r <= box.bottom; r++) {
          const list = boxes.get(r) ?? [];
          list.push({ box, findings });
          boxes.set(r, list);
        }
      sheetRows.push({ indicator, i, findings });
    });
    // A finding on a cell the indicator does not name (a blank actual has no address in the result)
    // goes to the indicator whose cells surround it.
    for (const f of report.findings) {
      if (f.sheet !== s.sheet || f.cell === null) continue;
      const at = parseAddress(f.cell);
      if (at === null) continue;
      for (const { box, findings } of boxes.get(at.row) ?? [])
        if (at.col >= box.left && at.col <= box.right) findings.add(f);
    }
    for (const { indicator, i, findings } of sheetRows) {
      const current = currentPeriod(indicator, period);
      const light = current?.light ?? "white";
      counts[light]++;
      if (findings.size > 0) withFindings++;
      rows.push({
        key: `${s.sheet}!${indicator.nameCell ?? i}`,
        sheet: s.sheet,
        indicator,
        current,
        light,
        findings: [...findings],
        range: indicatorRange(indicator),
        haystack: `${indicator.name} ${s.sheet} ${indicator.unit ?? ""}`.toLowerCase(),
      });
    }
  }
  const tables = report.sheets.reduce((n, s) => n + s.tables.length, 0);
  return { rows, period, tables, counts, withFindings, fell: rows.filter(fellSinceLast).length };
}

export interface RowFilter {
  readonly lights: ReadonlySet<Light>;
  readonly findingsOnly: boolean;
  readonly search: string;
  /** By achievement (or sortBy) in the row's period; null keeps the workbook's order. */
  readonly sort: "ascending" | "descending" | null;
  /** The column sorted by: achievement unless growth is asked for. */
  readonly sortBy?: "achievement" | "growth";
  /** Only indicators whose actual fell since the period before. */
  readonly fellOnly?: boolean;
}

export const NO_FILTER: RowFilter = { lights: new Set(), findingsOnly: false, search: "", sort: null };

/** Rows with no figure sort last either way: they have nothing to compare. */
function byFigure(direction: "ascending" | "descending", column: "achievement" | "growth") {
  const sign = direction === "ascending" ? 1 : -1;
  return (a: IndicatorRow, b: IndicatorRow): number => {
    const x = a.current?.[column] ?? null;
    const y = b.current?.[column] ?? null;
    if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
    return sign * (x - y);
  };
}

export function filterRows(rows: readonly IndicatorRow[], filter: RowFilter): readonly IndicatorRow[] {
  const needle = filter.search.trim().toLowerCase();
  const kept =
    filter.lights.size === 0 && !filter.findingsOnly && !filter.fellOnly && needle === ""
      ? [...rows]
      : rows.filter(
          (r) =>
            (filter.lights.size === 0 || filter.lights.has(r.light)) &&
            (!filter.findingsOnly || r.findings.length > 0) &&
            (!filter.fellOnly || fellSinceLast(r)) &&
            (needle === "" || r.haystack.includes(needle)),
        );
  return filter.sort === null ? kept : kept.sort(byFigure(filter.sort, filter.sortBy ?? "achievement"));
}
