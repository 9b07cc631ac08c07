import type { SheetIndicator } from "../analysis/analyze-workbook";
import type { PeriodResult } from "../analysis/indicator-result";
import { addressOf } from "../layout/grid";
import type { ChartPlan } from "./chart-plan";
import { COL } from "./report-formulas";
import type { ChartStrings } from "./report-strings";
import { formula, num, text, type PlanCell, type RangeWrite } from "./write-plan";
import type { Light } from "../measures/lights";

/** A body row of the report table: which indicator and period it shows. */
export interface ReportRow {
  readonly row: number;
  readonly indicator: SheetIndicator;
  readonly period: PeriodResult;
  readonly figureFormat: string;
}

export interface ChartInputs {
  readonly rows: readonly ReportRow[];
  readonly reportingPeriod: string | null;
  readonly yellowFrom: number;
  readonly capAtOne: boolean;
  readonly strings: ChartStrings;
  /** First row the helper block may use (the table's first body row), and its first column (hidden). */
  readonly helperRow: number;
  readonly helperCol: number;
  /** First free row below everything the sheet shows. */
  readonly top: number;
  /** Widths of the table's columns, to split the page between two trend charts. */
  readonly widths: readonly number[];
  /** How many columns the table has: the charts span them, so they print inside its page width. */
  readonly tableColumns: number;
}

export interface ReportCharts {
  readonly charts: ChartPlan[];
  readonly helper: RangeWrite | null;
  /** The note under the achievement chart (bars stop at the cap), as a cell of the sheet. */
  readonly note: RangeWrite | null;
  readonly hiddenColumns: number[];
  /** Rows the charts take below `top`. */
  readonly rows: number;
  /** Rows a printed page should start at, so no chart is cut by a page end. */
  readonly pageBreaks: number[];
}

/**
 * Past this many indicators one page-wide chart of bars cannot be read: it shows the lowest
 * achievements (the indicators to look at), with "lowest 30 of N" in its title.
 */
export const MAX_BARS = 30;
/** Trend charts for the first few indicators with several periods: small, two abreast, one screen. */
export const MAX_TRENDS = 6;
/**
 * Heights in rows. A landscape page at 100% holds about 30 rows of 15 pt under the repeated header,
 * so the achievement chart fits a page, and so do two rows of trend charts; a page starts before each.
 */
const ACHIEVEMENT_ROWS = 22;
/**
 * Bars stop at 200% (the axis title says so): one indicator at 3,900% would otherwise flatten every
 * other bar and the 100% line into the floor of the chart.
 */
export const BAR_CAP = 2;
const TREND_ROWS = 13;
/** Past this many indicators the bars lie across, names down the side: slanted names squash the plot. */
export const HORIZONTAL_FROM = 9;
/** A bar's colour by its light: ★ green, ▲ amber, ● red, □ grey. */
export const BAR_COLORS: Readonly<Record<Light, string>> = {
  green: "00B050",
  yellow: "FFC000",
  red: "C00000",
  white: "A5A5A5",
};
const TRENDS_PER_PAGE = 4;
/**
 * Two empty rows between charts, and a page break on the second: a chart's edge then never lies on
 * a page's edge, where LibreOffice clips it (the one above loses its bottom border, the one below its top).
 */
const GAP = 2;

/** The reporting period's row of each indicator; an indicator without periods gives its last row. */
function periodRows(rows: readonly ReportRow[], period: string | null): ReportRow[] {
  const byIndicator = new Map<SheetIndicator, ReportRow[]>();
  for (const r of rows) byIndicator.set(r.indicator, [...(byIndicator.get(r.indicator) ?? []), r]);
  const out: ReportRow[] = [];
  for (const own of byIndicator.values()) {
    const labelled = own.filter((r) => r.period.period !== null);
    const pick = labelled.length === 0 ? own[own.length - 1] : own.find((r) => r.period.period === period);
    if (pick !== undefined) out.push(pick);
  }
  return out;
}

/**
 * The value axis runs to a round tenth above the highest bar (at most the cap) and past 100%, so
 * the reference lines and the labels on the bars stay inside the plot.
 */
function axisMaximum(rows: readonly ReportRow[], cap: (x: number | null) => number | null): number {
  const highest = Math.max(1, ...rows.map((r) => cap(r.period.achievement) ?? 0));
  return Math.min(BAR_CAP + 0.2, Math.ceil((highest + 0.15) * 5) / 5);
}

function lowest(rows: readonly ReportRow[]): ReportRow[] {
  if (rows.length <= MAX_BARS) return [...rows];
  return rows
    .filter((r) => r.period.achievement !== null)
    .sort((a, b) => (a.period.achievement ?? 0) - (b.period.achievement ?? 0))
    .slice(0, MAX_BARS);
}

function percent(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

function range(col: number, from: number, to: number): string {
  return `${addressOf(from, col)}:${addressOf(to, col)}`;
}

/** The column where the table's width is split in two about evenly. */
function splitColumn(widths: readonly number[], columns: number): number {
  const total = widths.slice(0, columns).reduce((a, b) => a + b, 0);
  let best = 1;
  let sum = 0;
  for (let c = 1; c < columns; c++) {
    sum += widths[c - 1] ?? 0;
    const bestSum = widths.slice(0, best).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - total / 2) < Math.abs(bestSum - total / 2)) best = c;
  }
  return best;
}

/**
 * The achievement chart reads a hidden helper block (one row per charted indicator: its name,
 * achievement, and the 100% and yellow-band constants the reference lines draw) whose cells are
 * formulas over the report's own cells, so the chart follows the live figures and the period's rows
 * need not be adjacent. Trend charts read an indicator's rows directly: they are adjacent.
 */
export function reportCharts(input: ChartInputs): ReportCharts {
  const s = input.strings;
  const all = periodRows(input.rows, input.reportingPeriod);
  const picked = lowest(all);
  const horizontal = picked.length >= HORIZONTAL_FROM;
  // Across, the first indicator is drawn at the bottom: the rows go in reverse, so it reads top down.
  const shown = horizontal ? [...picked].reverse() : picked;
  let note: RangeWrite | null = null;
  const charts: ChartPlan[] = [];
  let helper: RangeWrite | null = null;
  let rows = 0;
  const c0 = input.helperCol;
  if (shown.length > 0) {
    const first = input.helperRow;
    const last = first + shown.length - 1;
    const cap = (x: number | null): number | null =>
      x === null ? null : Math.min(input.capAtOne ? 1 : BAR_CAP, x, BAR_CAP);
    // Each formula carries its result now (the engine's), as every formula the report writes does.
    const cells: PlanCell[][] = shown.map((r) => {
      const at = addressOf(r.row, COL.achievement);
      const bar = cap(r.period.achievement);
      return [
        formula(`${addressOf(r.row, COL.name)}&""`, r.indicator.name),
        // A blank achievement ("", as the report's own cell) draws a column of zero height: no bar.
        formula(`IF(ISNUMBER(${at}),MIN(${at},${BAR_CAP}),"")`, bar ?? ""),
        num(1),
        num(input.yellowFrom),
      ];
    });
    helper = { row: first, col: c0, cells };
    const title =
      s.achievementTitle(input.reportingPeriod) + (shown.length < all.length ? s.lowest(shown.length, all.length) : "");
    charts.push({
      kind: "bar",
      title,
      categories: { range: range(c0, first, last), cache: shown.map((r) => r.indicator.name) },
      series: [
        {
          name: s.achievement,
          values: range(c0 + 1, first, last),
          cache: shown.map((r) => cap(r.period.achievement)),
          as: "bar",
          color: "4472C4",
          pointColors: shown.map((r) => BAR_COLORS[r.period.light]),
          labels: "0%",
        },
        // Across, a line cannot share the bars' axes (hosts refuse the mix): the lights' colours say it.
        ...(horizontal ? [] : referenceLines(shown.length, input.yellowFrom, first, c0, s)),
      ],
      valueAxis: { title: s.achievement, numberFormat: "0%", minimum: 0, maximum: axisMaximum(shown, cap) },
      categoryAxis: { title: s.indicator },
      ...(horizontal ? { horizontal: true } : {}),
      anchor: { fromRow: input.top, fromCol: 0, toRow: input.top + ACHIEVEMENT_ROWS, toCol: input.tableColumns },
    });
    // The cap said under the chart, where a reader looks for it, not in a turned axis title.
    note = { row: input.top + ACHIEVEMENT_ROWS, col: 0, cells: [[text(s.achievementAxis(percent(BAR_CAP)))]] };
    rows = ACHIEVEMENT_ROWS + 1 + GAP;
  }
  const trends = trendCharts(input, input.top + rows);
  charts.push(...trends.charts);
  rows += trends.rows;
  // A page starts on the empty row just above the first chart, the first trend charts, and every
  // second row of trend charts (GAP).
  const pageBreaks = charts.length === 0 ? [] : [input.top - 1];
  for (let k = TRENDS_PER_PAGE; k < trends.charts.length; k += TRENDS_PER_PAGE)
    pageBreaks.push(input.top + (rows - trends.rows) + (k / 2) * (TREND_ROWS + GAP) - 1);
  if (trends.charts.length > 0 && rows > trends.rows) pageBreaks.push(input.top + (rows - trends.rows) - 1);
  return {
    charts,
    helper,
    note,
    hiddenColumns: helper === null ? [] : [c0, c0 + 1, c0 + 2, c0 + 3],
    rows,
    pageBreaks: [...new Set(pageBreaks)].sort((a, b) => a - b),
  };
}

function trendCharts(input: ChartInputs, top: number): { charts: ChartPlan[]; rows: number } {
  const s = input.strings;
  const groups = new Map<SheetIndicator, ReportRow[]>();
  for (const r of input.rows) groups.set(r.indicator, [...(groups.get(r.indicator) ?? []), r]);
  const multi = [...groups.values()]
    .filter((own) => own.length >= 2 && own.some((r) => r.period.target !== null || r.period.actual !== null))
    .slice(0, MAX_TRENDS);
  const split = splitColumn(input.widths, input.tableColumns);
  const charts = multi.flatMap((own, k): ChartPlan[] => {
    const [head] = own;
    const tail = own[own.length - 1];
    if (head === undefined || tail === undefined) return [];
    const row = top + Math.floor(k / 2) * (TREND_ROWS + GAP);
    const left = k % 2 === 0;
    return [
      {
        kind: "line",
        title: s.trendTitle(head.indicator.name),
        categories: { range: range(COL.period, head.row, tail.row), cache: own.map((r) => r.period.period ?? "") },
        series: [
          {
            name: s.target,
            values: range(COL.target, head.row, tail.row),
            cache: own.map((r) => r.period.target),
            as: "line",
            color: "A5A5A5",
            dashed: true,
          },
          {
            name: s.actual,
            values: range(COL.actual, head.row, tail.row),
            cache: own.map((r) => r.period.actual),
            as: "line",
            color: "4472C4",
          },
        ],
        valueAxis: { title: s.value(head.indicator.unit), numberFormat: head.figureFormat },
        categoryAxis: { title: s.period },
        anchor: {
          fromRow: row,
          fromCol: left ? 0 : split,
          toRow: row + TREND_ROWS,
          toCol: left ? split : input.tableColumns,
        },
      },
    ];
  });
  return { charts, rows: Math.ceil(multi.length / 2) * (TREND_ROWS + GAP) };
}

/** The 100% and yellow-band lines, drawn from constant helper cells. */
function referenceLines(
  count: number,
  yellowFrom: number,
  first: number,
  c0: number,
  s: ChartStrings,
): ChartPlan["series"] {
  const last = first + count - 1;
  return [
    {
      name: s.target100,
      values: range(c0 + 2, first, last),
      cache: Array.from({ length: count }, () => 1),
      as: "line",
      color: "00B050",
      ownAxis: true,
    },
    {
      name: s.yellowFrom(percent(yellowFrom)),
      values: range(c0 + 3, first, last),
      cache: Array.from({ length: count }, () => yellowFrom),
      as: "line",
      color: "FFC000",
      dashed: true,
      ownAxis: true,
    },
  ];
}
