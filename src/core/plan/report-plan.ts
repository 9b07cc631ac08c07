import type { SheetIndicator, WorkbookReport } from "../analysis/analyze-workbook";
import { addressOf, parseAddress, type Grid } from "../layout/grid";
import { groupFlags, type FlagCell } from "./flag-groups";
import { detectSheet } from "../layout/detect";
import { analyzeScorecard } from "../analysis/scorecard";
import { DEFAULT_GRADE_BANDS, type GradeBand } from "../measures/grades";
import { scoreSection } from "./score-section";
import { DEFAULT_LIGHT_BANDS, type LightBands } from "../measures/lights";
import { sourceAt } from "./grid-lookup";
import { r1c1ToA1 } from "./r1c1";
import { achievementR1C1, belowTargetCondition, COL, DIRECTION_SYMBOL, growthR1C1, lightR1C1 } from "./report-formulas";
import { REPORT_STRINGS, type ReportLanguage } from "./report-strings";
import { numericExpression } from "./source-expression";
import { fittedWidths } from "./widths";
import {
  BLANK,
  formula,
  REPORT_MARKER,
  sheetRef,
  text,
  type ColumnFormat,
  type ColumnFormula,
  type ConditionalFormatPlan,
  type PlanCell,
  type RangeWrite,
  type TablePlan,
  type WritePlan,
} from "./write-plan";

export interface ReportOptions {
  readonly language: ReportLanguage;
  readonly bands: LightBands;
  readonly capAtOne: boolean;
  readonly gradeBands?: readonly GradeBand[];
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { language: "zh-TW", bands: DEFAULT_LIGHT_BANDS, capAtOne: false };

/** Layout of the report sheet: title, summary, a note, then the table. */
export const HEADER_ROW = 4;
const FIRST_BODY_ROW = HEADER_ROW + 1;

function figureFormat(indicator: SheetIndicator): string {
  if (indicator.kind === "rate" || indicator.unit === "%") return "0.00%";
  const figures = indicator.periods.flatMap((p) => [p.target, p.actual]).filter((v): v is number => v !== null);
  return figures.every(Number.isInteger) ? "#,##0" : "#,##0.00";
}

function sourceFormula(grid: Grid | undefined, sheet: string, address: string | undefined): PlanCell {
  const source = sourceAt(grid, address);
  if (address === undefined || source === null) return BLANK;
  const expression = numericExpression(sheetRef(sheet, address), source);
  return expression === null ? BLANK : formula(expression);
}

/** Adjacent rows of one column with the same format become one range: fewer, larger writes. */
function mergeFormats(formats: readonly ColumnFormat[]): ColumnFormat[] {
  const out: ColumnFormat[] = [];
  for (const f of formats) {
    const at = out.findIndex((o) => o.col === f.col && o.numberFormat === f.numberFormat && o.toRow + 1 === f.fromRow);
    const previous = out[at];
    if (previous !== undefined) out[at] = { ...previous, toRow: f.toRow };
    else out.push(f);
  }
  return out;
}

/** R1C1 reference from the actual cell to another cell of the same sheet. */
function relativeRef(from: { row: number; col: number }, to: { row: number; col: number }): string {
  const r = to.row - from.row;
  const c = to.col - from.col;
  return `R${r === 0 ? "" : `[${r}]`}C${c === 0 ? "" : `[${c}]`}`;
}

function belowTargetFlag(
  grid: Grid | undefined,
  sheet: string,
  indicator: SheetIndicator,
  cells: { target?: string; actual?: string },
): FlagCell | null {
  const target = sourceAt(grid, cells.target);
  const actual = sourceAt(grid, cells.actual);
  const at = cells.actual === undefined ? null : parseAddress(cells.actual);
  const targetAt = cells.target === undefined ? null : parseAddress(cells.target);
  if (!target || !actual || !at || !targetAt) return null;
  const targetExpr = numericExpression(relativeRef(at, targetAt), target);
  const actualExpr = numericExpression("RC", actual);
  if (!targetExpr || !actualExpr) return null;
  return { sheet, row: at.row, col: at.col, r1c1: belowTargetCondition(targetExpr, actualExpr, indicator.direction) };
}

/** The report sheet and the below-target flags, as a plan; nothing here touches a workbook. */
export function buildReportPlan(
  grids: readonly Grid[],
  report: WorkbookReport,
  options: ReportOptions = DEFAULT_REPORT_OPTIONS,
): WritePlan {
  const s = REPORT_STRINGS[options.language];
  const body: PlanCell[][] = [];
  const formats: ColumnFormat[] = [];
  const flagCells: FlagCell[] = [];
  for (const sheet of report.sheets) {
    const grid = grids.find((g) => g.sheet === sheet.sheet);
    for (const indicator of sheet.indicators) {
      const first = FIRST_BODY_ROW + body.length;
      for (const period of indicator.periods) {
        body.push([
          text(indicator.name),
          period.period === null ? BLANK : text(period.period),
          text(DIRECTION_SYMBOL[indicator.direction]),
          sourceFormula(grid, sheet.sheet, period.cells.target),
          sourceFormula(grid, sheet.sheet, period.cells.actual),
          indicator.unit === null ? BLANK : text(indicator.unit),
          BLANK,
          BLANK,
          BLANK,
          indicator.remark === null ? BLANK : text(indicator.remark),
        ]);
        const flag = belowTargetFlag(grid, sheet.sheet, indicator, period.cells);
        if (flag) flagCells.push(flag);
      }
      const last = FIRST_BODY_ROW + body.length - 1;
      const figures = figureFormat(indicator);
      formats.push({ col: COL.target, fromRow: first, toRow: last, numberFormat: figures });
      formats.push({ col: COL.actual, fromRow: first, toRow: last, numberFormat: figures });
    }
  }
  const rows = Math.max(body.length, 1);
  const lastRow = FIRST_BODY_ROW + rows - 1;
  while (body.length < rows) body.push(s.headers.map(() => BLANK));
  const columnFormulas: ColumnFormula[] = [
    { col: COL.achievement, r1c1: achievementR1C1(options.capAtOne) },
    { col: COL.growth, r1c1: growthR1C1() },
    { col: COL.light, r1c1: lightR1C1(options.bands.yellowFrom) },
  ].map((f) => ({ ...f, fromRow: FIRST_BODY_ROW, toRow: lastRow }));
  body.forEach((row, i) => {
    for (const f of columnFormulas) row[f.col] = formula(r1c1ToA1(f.r1c1, FIRST_BODY_ROW + i, f.col));
  });
  const lights = `${addressOf(FIRST_BODY_ROW, COL.light)}:${addressOf(lastRow, COL.light)}`;
  const count = (symbol: string): PlanCell => formula(`COUNTIF(${lights},"${symbol}")`);
  const summary: PlanCell[][] = [
    [text(s.title)],
    [text(s.met), count("★"), text(s.near), count("▲"), text(s.behind), count("●"), text(s.notComputable), count("□")],
    [text(s.shareMet), formula(`IF(B2+D2+F2>0,B2/(B2+D2+F2),"")`), BLANK, text(s.directionNote)],
  ];
  formats.push({ col: COL.achievement, fromRow: FIRST_BODY_ROW, toRow: lastRow, numberFormat: "0.00%" });
  formats.push({ col: COL.growth, fromRow: FIRST_BODY_ROW, toRow: lastRow, numberFormat: "0.00%" });
  formats.push({ col: 1, fromRow: 2, toRow: 2, numberFormat: "0.00%" });
  const flags: ConditionalFormatPlan[] = groupFlags(flagCells);
  flags.push({
    kind: "trafficLights",
    sheet: s.sheetName,
    range: `${addressOf(FIRST_BODY_ROW, COL.achievement)}:${addressOf(lastRow, COL.achievement)}`,
    green: 1,
    yellow: options.bands.yellowFrom,
  });
  const header = s.headers.map(text);
  const hasIndicators = report.sheets.some((sh) => sh.indicators.length > 0);
  const ranges: RangeWrite[] = hasIndicators
    ? [
        { row: 0, col: 0, cells: summary },
        { row: HEADER_ROW, col: 0, cells: [header, ...body] },
      ]
    : [{ row: 0, col: 0, cells: [[text(s.title)]] }];
  const tables: TablePlan[] = hasIndicators
    ? [
        {
          name: "IndicatorReport",
          top: HEADER_ROW,
          left: 0,
          bottom: lastRow,
          right: header.length - 1,
          style: "TableStyleMedium2",
        },
      ]
    : [];
  let top = hasIndicators ? lastRow + 3 : 2;
  const gradeBands = options.gradeBands ?? DEFAULT_GRADE_BANDS;
  for (const sheet of report.sheets.filter((sh) => sh.scorecards.length > 0)) {
    const grid = grids.find((g) => g.sheet === sheet.sheet);
    if (grid === undefined) continue;
    for (const input of detectSheet(grid).scorecards) {
      const results = analyzeScorecard(sheet.sheet, input, gradeBands).results;
      const section = scoreSection(
        sheet.sheet,
        input,
        results,
        top,
        `ScoreCard${tables.length + 1}`,
        gradeBands,
        s.scores,
      );
      ranges.push(...section.ranges);
      tables.push(...section.tables);
      top += section.rows + 2;
    }
  }
  return {
    sheets: [
      {
        name: s.sheetName,
        role: "report",
        marker: REPORT_MARKER,
        ranges,
        columnFormulas: hasIndicators ? columnFormulas : [],
        columnFormats: hasIndicators ? mergeFormats(formats) : [],
        tables,
        freezeRows: hasIndicators ? HEADER_ROW + 1 : 0,
        columnWidths: fittedWidths(ranges.flatMap((r) => r.cells)),
      },
    ],
    conditionalFormats: hasIndicators ? flags : [],
  };
}
