import { pushAll } from "../values/arrays";
import type { Finding } from "../findings";
import { DEFAULT_GRADE_BANDS, type GradeBand } from "../measures/grades";
import {
  namedIndicator,
  type AggregateRow,
  type DetectedIndicator,
  type DetectedSheet,
  type DetectedTable,
} from "../layout/detected";
import { detectSheet, nothingRecognised } from "../layout/detect";
import type { Grid } from "../layout/grid";
import { analyzeIndicator, DEFAULT_ANALYSIS_OPTIONS, type AnalysisOptions } from "./analyze-indicator";
import type { IndicatorResult } from "./indicator-result";
import type { IndicatorKind } from "./indicator-input";
import { checkAggregates, checkBudgetParts } from "./aggregates";
import { uncertainTable } from "./uncertain";
import { analyzeScorecard, type ScorecardResult } from "./scorecard";

export interface SheetIndicator extends IndicatorResult {
  readonly table: number;
  readonly remark: string | null;
  /** The goal, dimension or section the indicator stands under, where the sheet groups them. */
  readonly category?: string;
  readonly components: ReadonlyArray<{ readonly name: string; readonly cell: string; readonly value: number | null }>;
}

export interface SheetReport {
  readonly sheet: string;
  readonly tables: readonly DetectedTable[];
  readonly indicators: readonly SheetIndicator[];
  readonly scorecards: readonly ScorecardResult[];
  /**
   * Totals (合計, Total) and the lines the table's arithmetic shows to be subtotals of the lines under
   * them (業務收入 over 教學收入 and 其他業務收入), each with its own reading: a person reads the whole's
   * execution and a parent account's too. Only where a sheet has any.
   */
  readonly subtotals?: readonly SheetIndicator[];
}

/** One indicator across the workbook: its sheet and (qualified) name. */
export function indicatorKey(sheet: string, name: string): string {
  return `${sheet}\u0000${name}`;
}

/** The whole of `indicators analyze --json`. */
export interface WorkbookReport {
  readonly sheets: readonly SheetReport[];
  readonly findings: readonly Finding[];
}

export interface WorkbookOptions extends AnalysisOptions {
  readonly gradeBands: readonly GradeBand[];
}

export const DEFAULT_WORKBOOK_OPTIONS: WorkbookOptions = {
  ...DEFAULT_ANALYSIS_OPTIONS,
  gradeBands: DEFAULT_GRADE_BANDS,
};

/** The same name under different goals (一、… 二、…) is two indicators: name each by its goal. */
export function qualifyByCategory(inputs: readonly DetectedIndicator[]): DetectedIndicator[] {
  // A name's first category, and the names met under another one too: no set per name (20,000
  // distinct names are the usual case, and each was a Set of one).
  const firstCategory = new Map<string, string>();
  const several = new Set<string>();
  for (const input of inputs) {
    const category = input.category ?? "";
    const first = firstCategory.get(input.name);
    if (first === undefined) firstCategory.set(input.name, category);
    else if (first !== category) several.add(input.name);
  }
  if (several.size === 0) return inputs.slice();
  return inputs.map((input) =>
    several.has(input.name) && input.category ? { ...input, name: `${input.category}／${input.name}` } : input,
  );
}

function duplicateNames(sheet: string, indicators: readonly SheetIndicator[]): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const indicator of indicators) {
    if (seen.has(indicator.name)) {
      findings.push({
        code: "DUPLICATE_INDICATOR",
        severity: "info",
        sheet,
        cell: indicator.nameCell,
        params: { indicator: indicator.name },
      });
    }
    seen.add(indicator.name);
  }
  return findings;
}

/** Components under an indicator (81 + 142 + 49 + 2,910) must add up to its actual (3,182). */
function componentsSum(sheet: string, indicator: SheetIndicator): Finding[] {
  // Most indicators have no components: no lists made for them.
  if (indicator.components.length === 0) return [];
  const last = indicator.periods[indicator.periods.length - 1];
  const values = indicator.components.map((c) => c.value).filter((v): v is number => v !== null);
  if (last?.actual == null || values.length === 0 || last.cells.actual === undefined) return [];
  const sum = values.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - last.actual) <= 1e-9 * Math.max(1, Math.abs(sum))) return [];
  const parts = values.map((v) => v.toLocaleString("en-US")).join(" + "); // digits and "+": no words
  return [
    {
      code: "COMPONENTS_SUM_MISMATCH",
      severity: "error",
      sheet,
      cell: last.cells.actual,
      params: { indicator: indicator.name, parts, sum, actual: last.actual },
      value: sum,
    },
  ];
}

/**
 * What a caller (the settings sheet, src/core/settings) makes of one indicator before it is computed:
 * null leaves it out; otherwise its input (a stated direction or unit), its options (band, cap) and
 * a kind that replaces the inferred one.
 */
export type IndicatorAdjustment = (
  input: DetectedIndicator,
  options: AnalysisOptions,
) => {
  readonly input: DetectedIndicator;
  readonly options: AnalysisOptions;
  readonly kind: IndicatorKind | null;
} | null;

/**
 * An indicator's result with what the sheet says around it. Written out key by key (in the order
 * --json prints them) rather than spread from the result: the spread, with a category only where
 * there is one, cost more than computing the indicator (70 ms of 20,000).
 */
function sheetIndicator(result: IndicatorResult, input: DetectedIndicator, kind: IndicatorKind | null): SheetIndicator {
  const { name, nameCell, unit, direction, periods } = result;
  const components = input.components.map((c) => ({
    name: c.name,
    cell: c.address,
    value: c.value.kind === "number" ? c.value.value : null,
  }));
  const { table, remark, category } = input;
  const shown = kind ?? result.kind;
  return category
    ? { name, nameCell, unit, direction, kind: shown, periods, table, remark, category, components }
    : { name, nameCell, unit, direction, kind: shown, periods, table, remark, components };
}

/**
 * A single-year table's period (from its title or sheet name: "100 年度施政績效", "FY2011 results",
 * a sheet named 113年度績效) is its indicators' period, where a row states none: the report's 期別,
 * the summary's "(100 期)" and the JSON's `period` then say it.
 */
function withTablePeriod(input: DetectedIndicator, tables: readonly DetectedTable[]): DetectedIndicator {
  const period = tables[input.table]?.period;
  const [only] = input.periods;
  if (period == null || only === undefined || input.periods.length !== 1 || only.period !== null) return input;
  return { ...input, periods: [{ ...only, period }] };
}

export function analyzeSheet(
  grid: Grid,
  options: WorkbookOptions = DEFAULT_WORKBOOK_OPTIONS,
): { report: SheetReport | null; findings: Finding[] } {
  return analyzeDetected(grid, detectSheet(grid), options);
}

/** analyzeSheet on tables already found (detected, or declared in the settings). */
export function analyzeDetected(
  grid: Grid,
  detected: DetectedSheet,
  options: WorkbookOptions = DEFAULT_WORKBOOK_OPTIONS,
  adjust: IndicatorAdjustment | null = null,
): { report: SheetReport | null; findings: Finding[] } {
  if (detected.tables.length === 0) return { report: null, findings: [nothingRecognised(grid)] };
  if (detected.indicators.length === 0 && detected.scorecards.every((c) => c.items.length === 0)) {
    const range = detected.tables[0]?.range ?? "";
    const finding: Finding = {
      code: "EMPTY_TABLE",
      severity: "info",
      sheet: grid.sheet,
      cell: range.split(":")[0] ?? null,
      params: { sheet: grid.sheet, range },
    };
    return { report: null, findings: [finding] };
  }
  const findings: Finding[] = [];
  detected.tables.forEach((table, t) => {
    const doubt = uncertainTable(grid.sheet, table);
    if (doubt) findings.push(doubt);
    pushAll(
      findings,
      checkAggregates(
        grid.sheet,
        table,
        detected.indicators.filter((i) => i.table === t),
      ),
    );
  });
  for (const input of detected.indicators) pushAll(findings, checkBudgetParts(grid.sheet, input));
  const inputs = qualifyByCategory(detected.indicators).map((input) => withTablePeriod(input, detected.tables));
  const indicators = inputs.flatMap((detectedInput): SheetIndicator[] => {
    const adjusted = adjust === null ? { input: detectedInput, options, kind: null } : adjust(detectedInput, options);
    if (adjusted === null) return [];
    const input = adjusted.input;
    const certain = detected.tables[detectedInput.table]?.certainty === "certain";
    const analysis = analyzeIndicator(grid.sheet, input, adjusted.options, certain);
    pushAll(findings, analysis.findings);
    return [sheetIndicator(analysis.indicator, input, adjusted.kind)];
  });
  pushAll(findings, duplicateNames(grid.sheet, indicators));
  for (const indicator of indicators) pushAll(findings, componentsSum(grid.sheet, indicator));
  const scorecards = detected.scorecards.flatMap((input) => {
    const scored = analyzeScorecard(grid.sheet, input, options.gradeBands);
    pushAll(findings, scored.findings);
    return scored.results;
  });
  const subtotals = subtotalReadings(grid.sheet, detected.tables, options);
  const tables = subtotals.length > 0 ? detected.tables.map(withoutLines) : detected.tables;
  const report = { sheet: grid.sheet, tables, indicators, scorecards };
  return { report: subtotals.length > 0 ? { ...report, subtotals } : report, findings };
}

/**
 * Each subtotal line read as an indicator is: its figures and achievement. Its findings are left to
 * the check of the total (TOTAL_MISMATCH), which speaks for the line.
 */
function subtotalReadings(sheet: string, tables: readonly DetectedTable[], options: WorkbookOptions): SheetIndicator[] {
  const out: SheetIndicator[] = [];
  tables.forEach((table, t) => {
    for (const aggregate of table.aggregates ?? []) {
      const input = withTablePeriod(aggregate.line ?? totalLine(aggregate, table, t), tables);
      const certain = table.certainty === "certain";
      out.push(sheetIndicator(analyzeIndicator(sheet, input, options, certain).indicator, input, null));
    }
  });
  return out;
}

/** A total row (合計, Total) read as its table's lines are: spending against budget where they are. */
function totalLine(aggregate: AggregateRow, table: DetectedTable, t: number): DetectedIndicator {
  const line = namedIndicator(aggregate.label, null, aggregate.periods, t);
  return table.kind === "execution" ? { ...line, statedDirection: "higher", kindHint: "execution" } : line;
}

/** The table as `analyze --json` gives it: a subtotal's line is given once, under subtotals. */
function withoutLines(table: DetectedTable): DetectedTable {
  if (table.aggregates === undefined) return table;
  return {
    ...table,
    aggregates: table.aggregates.map((a) => {
      const { line, ...aggregate } = a;
      return line === undefined ? a : aggregate;
    }),
  };
}

export function analyzeWorkbook(
  grids: readonly Grid[],
  options: WorkbookOptions = DEFAULT_WORKBOOK_OPTIONS,
): WorkbookReport {
  const sheets: SheetReport[] = [];
  const findings: Finding[] = [];
  for (const grid of grids) {
    const result = analyzeSheet(grid, options);
    if (result.report) sheets.push(result.report);
    pushAll(findings, result.findings);
  }
  return { sheets, findings };
}
