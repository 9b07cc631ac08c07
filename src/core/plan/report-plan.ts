import { pushAll } from "../values/arrays";
import { indicatorKey, type SheetIndicator, type WorkbookReport } from "../analysis/analyze-workbook";
import { addressOf, parseAddress, type Grid } from "../layout/grid";
import { belowTargetColumn } from "./below-target-column";
import type { FlagCell } from "./flag-groups";
import { detectSheet } from "../layout/detect";
import { analyzeScorecard } from "../analysis/scorecard";
import { DEFAULT_GRADE_BANDS, type GradeBand } from "../measures/grades";
import { scoreSection } from "./score-section";
import { DEFAULT_LIGHT_BANDS, type LightBands } from "../measures/lights";
import { sourceAt } from "./grid-lookup";
import { r1c1ToA1 } from "./r1c1";
import { achievementR1C1, COL, DIRECTION_SYMBOL, growthR1C1, lightR1C1 } from "./report-formulas";
import { reportCharts, type ReportRow } from "./report-charts";
import type { ReportStrings } from "./report-strings";
import { reportCache, type CachedRow } from "./report-cache";
import { categorySummary, type CategoryRows } from "./category-summary";
import { bandRuns, mergeLights, type BandRow } from "./band-runs";
import { numericExpression } from "./source-expression";
import { reportingPeriod, sourceTitle } from "./reporting-period";
import { reportKind } from "./report-kind";
import { comparisonSheet, planSheet } from "./kind-sheets";
import { reasonKey, type KeptReasons } from "./reasons";
import { GOAL_STYLE, groupedByGoal } from "./goal-rows";
import { budgetPartsOf, partsCheckCell } from "./parts-check";
import { countWidth, fittedWidths, labelWidths } from "./widths";
import { HEADING_STYLE, LIGHT_COLORS, TITLE_STYLE } from "./sheet-styles";
import { figureFormat as formatOfFigures, PERCENT_FORMAT } from "../values/figure-format";
import {
  BLANK,
  footerText,
  formula,
  num,
  REPORT_MARKER,
  sheetRef,
  text,
  type ColumnFormat,
  type ColumnFormula,
  type CachedValue,
  type ConditionalFormatPlan,
  type PlanCell,
  type RangeWrite,
  type StyleRange,
  type TablePlan,
  type WritePlan,
} from "./write-plan";

/** An indicator's own band and cap (from 指標設定), and the settings cells to follow live where they are in the workbook. */
export interface IndicatorBands {
  readonly yellowFrom: number;
  readonly capAtOne: boolean;
  readonly yellowRef: string | null;
  readonly capRef: string | null;
}

export interface ReportOptions {
  /** The sheet's words, from the message catalog at the edge: one language per sheet. */
  readonly words: ReportStrings;
  readonly bands: LightBands;
  readonly capAtOne: boolean;
  readonly gradeBands?: readonly GradeBand[];
  /** By indicatorKey(sheet, name); an indicator without one takes `bands` and `capAtOne`. */
  readonly perIndicator?: ReadonlyMap<string, IndicatorBands>;
  /** 未達成原因 and 因應策略 a person wrote on the report this one replaces, by reasonKey. */
  readonly kept?: ReadonlyMap<string, KeptReasons>;
}

export const DEFAULT_REPORT_FIGURES: Omit<ReportOptions, "words"> = { bands: DEFAULT_LIGHT_BANDS, capAtOne: false };

/** Layout of the report sheet: title, summary, a note, then the table. */
export const HEADER_ROW = 4;
const FIRST_BODY_ROW = HEADER_ROW + 1;

/** A result printed as a bound ("<1%"), as the source prints it: text no formula divides or grows from. */
function boundAsPrinted(grid: Grid | undefined, address: string | undefined): PlanCell {
  const source = sourceAt(grid, address);
  const raw = source?.value.kind === "number" ? source.value.raw : null;
  return raw === null || raw === undefined ? BLANK : text(String(raw));
}

function figureFormat(indicator: SheetIndicator): string {
  // Asked of every indicator: a loop, not flatMap's array per period and filter's copy (20,000 rows).
  const figures: number[] = [];
  for (const p of indicator.periods) {
    if (p.target !== null) figures.push(p.target);
    if (p.actual !== null) figures.push(p.actual);
  }
  return formatOfFigures(indicator, figures);
}

/**
 * A figure cell of the report as R1C1 relative to itself: in a long table every row's target is
 * the same formula in R1C1, so a run of rows becomes one column formula (a small request in Excel).
 */
function sourceR1C1(
  grid: Grid | undefined,
  sheet: string,
  address: string | undefined,
  at: { row: number; col: number },
  expected?: number | null,
): string | null {
  const source = sourceAt(grid, address);
  const to = address === undefined ? null : parseAddress(address);
  if (source === null || to === null) return null;
  return numericExpression(sheetRef(sheet, relativeRef(at, to)), source, expected);
}

/**
 * An actual that a stated formula sums, 實現數 (B) + 應付數 (C) for a rate (B+C)/A: each part followed
 * (a part blank today counts once it is filled, as the engine counts it), blank while all are blank.
 */
function sourceSumR1C1(
  grid: Grid | undefined,
  sheet: string,
  addresses: readonly string[],
  at: { row: number; col: number },
): string | null {
  const parts = addresses.flatMap((address) => {
    const to = parseAddress(address);
    if (to === null) return [];
    const ref = sheetRef(sheet, relativeRef(at, to));
    const followed = sourceR1C1(grid, sheet, address, at);
    // A part that holds a figure no formula can follow: the sum is not followed either.
    if (followed === null && sourceAt(grid, address)?.value.kind === "number") return [null];
    return [followed ?? `IF(ISNUMBER(${ref}),${ref},"")`];
  });
  if (parts.length === 0 || parts.includes(null)) return null;
  return `IF(COUNT(${parts.join(",")})=0,"",${parts.map((p) => `N(${p})`).join("+")})`;
}

/** Runs of adjacent rows in one column with the same R1C1 formula. */
function runsOf(cells: ReadonlyArray<{ row: number; col: number; r1c1: string }>): ColumnFormula[] {
  // A run grows in place (its own object until returned), not copied for every row it takes in.
  const out: Array<{ col: number; fromRow: number; toRow: number; r1c1: string }> = [];
  for (const cell of cells) {
    const last = out[out.length - 1];
    if (last !== undefined && last.col === cell.col && last.r1c1 === cell.r1c1 && last.toRow + 1 === cell.row) {
      last.toRow = cell.row;
    } else {
      out.push({ col: cell.col, fromRow: cell.row, toRow: cell.row, r1c1: cell.r1c1 });
    }
  }
  return out.filter((run) => run.toRow > run.fromRow);
}

/** Adjacent rows of one column with the same format become one range: fewer, larger writes. */
function mergeFormats(formats: readonly ColumnFormat[]): ColumnFormat[] {
  const out: ColumnFormat[] = [];
  const lastOfColumn = new Map<number, number>();
  for (const f of formats) {
    const at = lastOfColumn.get(f.col);
    const previous = at === undefined ? undefined : out[at];
    if (
      at !== undefined &&
      previous !== undefined &&
      previous.numberFormat === f.numberFormat &&
      previous.toRow + 1 === f.fromRow
    ) {
      out[at] = { ...previous, toRow: f.toRow };
    } else {
      lastOfColumn.set(f.col, out.length);
      out.push(f);
    }
  }
  return out;
}

/** R1C1 reference from the actual cell to another cell of the same sheet. */
function relativeRef(from: { row: number; col: number }, to: { row: number; col: number }): string {
  const r = to.row - from.row;
  const c = to.col - from.col;
  return `R${r === 0 ? "" : `[${r}]`}C${c === 0 ? "" : `[${c}]`}`;
}

/** The user's actual cell to flag when the report row's hidden cell says below target; null when a figure is not a number. */
function belowTargetFlag(
  grid: Grid | undefined,
  sheet: string,
  cells: { target?: string; actual?: string },
  reportRow: number,
): FlagCell | null {
  const target = sourceAt(grid, cells.target);
  const actual = sourceAt(grid, cells.actual);
  const at = cells.actual === undefined ? null : parseAddress(cells.actual);
  const targetAt = cells.target === undefined ? null : parseAddress(cells.target);
  if (!target || !actual || !at || !targetAt) return null;
  if (!numericExpression("RC", target) || !numericExpression("RC", actual)) return null;
  return { sheet, row: at.row, col: at.col, reportRow };
}

/** The report sheet and the below-target flags, as a plan; nothing here touches a workbook. */

/**
 * A row's growth formula, against the actual `back` rows up: joined to the segment above where that
 * one ends on the row before with the same reach (one formula down an indicator's ordered periods).
 */
function growthRow(segments: ColumnFormula[], row: number, back: number): void {
  const last = segments[segments.length - 1];
  const r1c1 = growthR1C1(back);
  if (last !== undefined && last.toRow === row - 1 && last.r1c1 === r1c1)
    segments[segments.length - 1] = { ...last, toRow: row };
  else segments.push({ col: COL.growth, fromRow: row, toRow: row, r1c1 });
}

export function buildReportPlan(grids: readonly Grid[], report: WorkbookReport, options: ReportOptions): WritePlan {
  const s = options.words;
  const kind = reportKind(report);
  const period = reportingPeriod(report);
  const titled = sourceTitle(grids, report) ?? s.title;
  if (kind === "comparison") return comparisonSheet(grids, report, titled, s);
  if (kind === "plan") return planSheet(grids, report, `${titled}${period === null ? "" : s.forPeriod(period)}`, s);
  const execution = kind === "execution";
  const parts = new Map<string, Map<string, readonly string[]>>();
  if (execution) for (const g of grids) parts.set(g.sheet, budgetPartsOf(g));
  const hasParts = [...parts.values()].some((m) => m.size > 0);
  // After 備註: the check of A = B + C + D (execution), then what a person writes for ▲ and ●.
  const extraHeaders = [...(hasParts ? [s.kinds.partsCheck] : []), s.kinds.reason, s.kinds.measure];
  const baseHeaders = execution ? allottedHeaders(report, s.kinds.executionHeaders, s.kinds.allotted) : s.headers;
  const headers = [...baseHeaders, ...extraHeaders];
  const reasonCol = COL.remark + extraHeaders.length - 1;
  const keys: string[] = [];
  const cachedRows: CachedRow[] = [];
  const ownOfRow: Array<IndicatorBands | null> = [];
  const categoryRows: CategoryRows[] = [];
  const body: PlanCell[][] = [];
  const formats: ColumnFormat[] = [];
  const flagCells: FlagCell[] = [];
  const figureCells: Array<{ row: number; col: number; r1c1: string }> = [];
  const figure = (
    grid: Grid | undefined,
    sheet: string,
    address: string | readonly string[] | undefined,
    row: number,
    col: number,
    cached: number | null,
  ): PlanCell => {
    const r1c1 =
      typeof address === "object"
        ? sourceSumR1C1(grid, sheet, address, { row, col })
        : sourceR1C1(grid, sheet, address, { row, col }, cached);
    // A figure no formula can follow (words VALUE cannot drop) is the engine's reading, as a constant.
    if (r1c1 === null) return cached === null ? BLANK : num(cached);
    figureCells.push({ row, col, r1c1 });
    return formula(r1c1ToA1(r1c1, row, col), cached ?? "");
  };
  // Growth is against the same indicator's previous period in order: segments within an indicator,
  // from its second period on, so two neighbouring indicators (even with the same name) never chain.
  const growthSegments: ColumnFormula[] = [];
  const reportRows: ReportRow[] = [];
  const bandRows: BandRow[] = [];
  // A goal's row above its indicators, as 施政績效報告 lays them out: no figures, no light, no key.
  const byGoal = groupedByGoal(report);
  const goalRows = new Set<number>();
  for (const sheet of report.sheets) {
    const grid = grids.find((g) => g.sheet === sheet.sheet);
    let goal: string | null = null;
    for (const indicator of sheet.indicators) {
      if (byGoal && indicator.category && indicator.category !== goal) {
        goal = indicator.category;
        goalRows.add(FIRST_BODY_ROW + body.length);
        body.push(headers.map((_, c) => (c === COL.name ? text(goal ?? "") : BLANK)));
        keys.push("");
        ownOfRow.push(null);
        cachedRows.push({ target: null, actual: null, direction: indicator.direction, previousActual: null });
      }
      const first = FIRST_BODY_ROW + body.length;
      // The row of the indicator's last period in order, the one the next grows from (the engine's rule).
      let ordered: number | null = null;
      const figures = figureFormat(indicator);
      const own = options.perIndicator?.get(indicatorKey(sheet.sheet, indicator.name));
      for (const period of indicator.periods) {
        const row = FIRST_BODY_ROW + body.length;
        reportRows.push({ row, indicator, period, figureFormat: figures });
        // A live formula would compute what the engine declined to (READING_UNCERTAIN): a wrong ★.
        const uncertain = period.notComputable === "uncertain-reading";
        // A line with no better direction (Total equity): its budget is no target to be held to. A
        // result printed as a bound ("<1%") is shown as printed, held to no target: no formula rates it.
        const bounded = period.notComputable === "bounded-actual";
        const noTarget = uncertain || bounded || period.notComputable === "no-direction";
        const cells = [period.cells.target, period.cells.actual].filter((c): c is string => c !== undefined);
        // □ says why in 備註, beside the source's own remark.
        const why = uncertain
          ? s.uncertain(cells.join(", "))
          : period.notComputable === null
            ? null
            : s.notComputed(period.notComputable);
        const remark = why === null ? indicator.remark : indicator.remark ? s.remarks(why, indicator.remark) : why;
        const actualCells = period.cells.actualParts ?? period.cells.actual;
        const key = reasonKey(sheet.sheet, indicator.name, period.period);
        keys.push(key);
        const kept = options.kept?.get(key);
        const extra: PlanCell[] = [];
        if (hasParts) {
          const own = indicator.nameCell === null ? undefined : parts.get(sheet.sheet)?.get(indicator.nameCell);
          extra.push(
            partsCheckCell(grid, sheet.sheet, period.cells.target, own, {
              agrees: s.kinds.agrees,
              differs: s.kinds.differs,
            }),
          );
        }
        extra.push(kept?.reason ? text(kept.reason) : BLANK, kept?.measure ? text(kept.measure) : BLANK);
        body.push([
          text(indicator.name),
          period.period === null ? BLANK : text(period.period),
          text(DIRECTION_SYMBOL[indicator.direction]),
          noTarget ? BLANK : figure(grid, sheet.sheet, period.cells.target, row, COL.target, period.target),
          uncertain
            ? BLANK
            : bounded
              ? boundAsPrinted(grid, period.cells.actual)
              : figure(grid, sheet.sheet, actualCells, row, COL.actual, period.actual),
          // A percent format shows its own "%": a unit "%" beside it would say it twice ("2.00% %"); a
          // bound shown as printed ("<3 MPH") carries its own unit.
          indicator.unit === null || figures === PERCENT_FORMAT || bounded ? BLANK : text(indicator.unit),
          BLANK,
          BLANK,
          BLANK,
          remark === null ? BLANK : text(remark),
          ...extra,
        ]);
        ownOfRow.push(own ?? null);
        const back = period.unordered || ordered === null ? null : row - ordered;
        cachedRows.push({
          target: noTarget ? null : period.target,
          actual: uncertain || bounded ? null : period.actual,
          direction: indicator.direction,
          previousActual: back === null ? null : (cachedRows[cachedRows.length - back]?.actual ?? null),
        });
        if (back !== null) growthRow(growthSegments, row, back);
        if (!period.unordered) ordered = row;
        const flag = noTarget ? null : belowTargetFlag(grid, sheet.sheet, period.cells, row);
        if (flag) flagCells.push(flag);
      }
      const last = FIRST_BODY_ROW + body.length - 1;
      if (indicator.category && last >= first) categoryRows.push({ category: indicator.category, first, last });
      if (last >= first) bandRows.push({ fromRow: first, toRow: last, own: own ?? null });
      formats.push({ col: COL.target, fromRow: first, toRow: last, numberFormat: figures });
      formats.push({ col: COL.actual, fromRow: first, toRow: last, numberFormat: figures });
    }
  }
  const hasRows = body.length > 0;
  const rows = Math.max(body.length, 1);
  const lastRow = FIRST_BODY_ROW + rows - 1;
  while (body.length < rows) body.push(headers.map(() => BLANK));
  const runs = bandRuns(bandRows, FIRST_BODY_ROW, lastRow, options, goalRows);
  const columnFormulas: ColumnFormula[] = runs.flatMap((run) => [
    { col: COL.achievement, fromRow: run.fromRow, toRow: run.toRow, r1c1: achievementR1C1(run.cap) },
    { col: COL.light, fromRow: run.fromRow, toRow: run.toRow, r1c1: lightR1C1(run.band) },
  ]);
  pushAll(columnFormulas, growthSegments);
  // Each row's cached light by its own band and cap (指標設定), as its formula reads them.
  const cache = cachedRows.map((r, i) =>
    reportCache(r, ownOfRow[i]?.capAtOne ?? options.capAtOne, ownOfRow[i]?.yellowFrom ?? options.bands.yellowFrom),
  );
  const cachedAt = (row: number, col: number): CachedValue | undefined => {
    const c = cache[row - FIRST_BODY_ROW];
    if (c === undefined) return undefined;
    return col === COL.achievement
      ? c.achievement
      : col === COL.light
        ? c.light
        : col === COL.growth
          ? c.growth
          : undefined;
  };
  for (const f of columnFormulas) {
    for (let row = f.fromRow; row <= f.toRow; row++) {
      const cells = body[row - FIRST_BODY_ROW];
      if (cells) cells[f.col] = formula(r1c1ToA1(f.r1c1, row, f.col), cachedAt(row, f.col));
    }
  }
  // The target and the actual cells apart, in one pass over them.
  const targetCells: typeof figureCells = [];
  const actualCells: typeof figureCells = [];
  for (const f of figureCells)
    if (f.col === COL.target) targetCells.push(f);
    else if (f.col === COL.actual) actualCells.push(f);
  pushAll(columnFormulas, runsOf(targetCells));
  pushAll(columnFormulas, runsOf(actualCells));
  const lights = `${addressOf(FIRST_BODY_ROW, COL.light)}:${addressOf(lastRow, COL.light)}`;
  // The summary is of the reporting period (earlier periods are history): its rows, and the rows of
  // indicators that have no period at all. One row per indicator there, so it counts indicators.
  const periods = `${addressOf(FIRST_BODY_ROW, COL.period)}:${addressOf(lastRow, COL.period)}`;
  const inScope = period === null ? "1" : `((${periods}="${period.replace(/"/g, '""')}")+(${periods}=""))`;
  // The same rule as the formula's scope: the reporting period's rows and rows without a period.
  const inScopeRow = (row: number): boolean => {
    const p = body[row - FIRST_BODY_ROW]?.[COL.period];
    return period === null || p === undefined || p.kind === "blank" || (p.kind === "text" && p.text === period);
  };
  const scoped = cache.filter(
    (_, i) => inScopeRow(FIRST_BODY_ROW + i) && (goalRows.size === 0 || !goalRows.has(FIRST_BODY_ROW + i)),
  );
  const counted = (symbol: string): number => scoped.filter((c) => c.light === symbol).length;
  const count = (symbol: string): PlanCell =>
    formula(`SUMPRODUCT((${lights}="${symbol}")*${inScope})`, hasRows ? counted(symbol) : 0);
  const rated = counted("★") + counted("▲") + counted("●");
  const title = `${kind === "score" ? (scoreTitle(report) ?? titled) : titled}${period === null ? "" : s.forPeriod(period)}`;
  const summary: PlanCell[][] = [
    [text(title)],
    [text(s.met), count("★"), text(s.near), count("▲"), text(s.behind), count("●"), text(s.notComputable), count("□")],
    [
      text(execution ? s.kinds.executionShareMet : s.shareMet),
      formula(`IF(B2+D2+F2>0,B2/(B2+D2+F2),"")`, rated > 0 ? counted("★") / rated : ""),
      BLANK,
      text(s.directionNote),
    ],
    [text(s.kinds.tableIs(kind))],
  ];
  // A count sits right-aligned against the next label ("4 ▲ 接近目標"): its format ends with a gap.
  for (const col of [1, 3, 5, 7]) formats.push({ col, fromRow: 1, toRow: 1, numberFormat: s.countFormat });
  formats.push({ col: COL.achievement, fromRow: FIRST_BODY_ROW, toRow: lastRow, numberFormat: PERCENT_FORMAT });
  formats.push({ col: COL.growth, fromRow: FIRST_BODY_ROW, toRow: lastRow, numberFormat: PERCENT_FORMAT });
  formats.push({ col: 1, fromRow: 2, toRow: 2, numberFormat: PERCENT_FORMAT });
  // One icon set per run of rows with the same band: the icons' thresholds are numbers, not cells.
  const lightsFormats: ConditionalFormatPlan[] = runs.map((run) => ({
    kind: "trafficLights",
    sheet: s.sheetName,
    range: `${addressOf(run.fromRow, COL.achievement)}:${addressOf(run.toRow, COL.achievement)}`,
    green: 1,
    yellow: run.yellowFrom,
  }));
  const header = headers.map(text);
  const hasIndicators = report.sheets.some((sh) => sh.indicators.length > 0);
  const ranges: RangeWrite[] = hasIndicators
    ? [
        { row: 0, col: 0, cells: summary },
        { row: HEADER_ROW, col: 0, cells: [header, ...body] },
      ]
    : [{ row: 0, col: 0, cells: [[text(title)], [text(s.kinds.tableIs(kind))]] }];
  const tables: TablePlan[] = hasIndicators
    ? [
        {
          name: "IndicatorReport",
          top: HEADER_ROW,
          left: 0,
          bottom: lastRow,
          right: header.length - 1,
          style: "TableStyleMedium2",
          ...(goalRows.size > 0 ? { bandRows: [...goalRows] } : {}),
        },
      ]
    : [];
  const styles: StyleRange[] = [{ fromRow: 0, toRow: 0, fromCol: 0, toCol: 0, style: TITLE_STYLE }];
  if (hasIndicators) {
    // The summary's labels in their light's colour; codes and symbols centred in the table.
    [s.met, s.near, s.behind, s.notComputable].forEach((_, k) => {
      const colors = LIGHT_COLORS[["★", "▲", "●", "□"][k] ?? ""];
      if (colors)
        styles.push({
          fromRow: 1,
          toRow: 1,
          fromCol: 2 * k,
          toCol: 2 * k,
          style: { bold: true, fontColor: colors.font },
        });
    });
    styles.push({ fromRow: 2, toRow: 2, fromCol: 0, toCol: 1, style: { bold: true } });
    // Each count reads with the label on its left: "★ 達標  12 項".
    for (const col of [1, 3, 5, 7])
      styles.push({ fromRow: 1, toRow: 1, fromCol: col, toCol: col, style: { horizontal: "left" } });
    for (const row of goalRows)
      styles.push({ fromRow: row, toRow: row, fromCol: 0, toCol: header.length - 1, style: GOAL_STYLE });
    for (const col of [COL.period, COL.direction, COL.unit, COL.light])
      styles.push({
        fromRow: FIRST_BODY_ROW,
        toRow: lastRow,
        fromCol: col,
        toCol: col,
        style: { horizontal: "center" },
      });
  }
  let top = hasIndicators ? lastRow + 3 : 3;
  // Lights counted per goal once: asked per goal and symbol, a scan of every row each time was quadratic.
  const lightCounts = new Map<string, Map<string, number>>();
  for (const r of hasIndicators ? categoryRows : []) {
    const counts = lightCounts.get(r.category) ?? new Map<string, number>();
    lightCounts.set(r.category, counts);
    for (let row = r.first; row <= r.last; row++) {
      const light = inScopeRow(row) ? cache[row - FIRST_BODY_ROW]?.light : undefined;
      if (light !== undefined) counts.set(light, (counts.get(light) ?? 0) + 1);
    }
  }
  const byCategory = hasIndicators
    ? categorySummary(
        categoryRows,
        top,
        period,
        s.categories,
        (category, symbol) => lightCounts.get(category)?.get(symbol) ?? 0,
      )
    : null;
  if (byCategory) {
    ranges.push(byCategory.range);
    pushAll(formats, byCategory.formats);
    styles.push({ fromRow: top, toRow: top, fromCol: 0, toCol: 0, style: HEADING_STYLE });
    tables.push({
      name: "IndicatorGroups",
      top: top + 1,
      left: 0,
      bottom: top + byCategory.rows - 1,
      right: 5,
      style: "TableStyleLight9",
    });
    top += byCategory.rows + 2;
  }
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
      pushAll(ranges, section.ranges);
      pushAll(tables, section.tables);
      styles.push({ fromRow: top, toRow: top, fromCol: 0, toCol: 0, style: HEADING_STYLE });
      // The subtotals, the total and the grade under the items, in bold and lined as the table is;
      // the grades stand right, under the totals they grade.
      for (const t of section.tables) {
        const gradeRow = top + section.rows - 1;
        styles.push({
          fromRow: t.bottom + 1,
          toRow: gradeRow,
          fromCol: t.left,
          toCol: t.right,
          style: { bold: true, border: "C9C9C9" },
        });
        styles.push({
          fromRow: gradeRow,
          toRow: gradeRow,
          fromCol: t.left + 3,
          toCol: t.right,
          style: { horizontal: "right" },
        });
      }
      top += section.rows + 2;
    }
  }
  // After the score tables: the hidden column goes right of everything the sheet shows.
  const below = belowTargetColumn(
    ranges,
    FIRST_BODY_ROW,
    lastRow,
    flagCells,
    cache.map((c) => c.belowTarget),
  );
  // The rows' keys, hidden beside the below-target cells: a re-run puts the reasons back by them.
  const keyColumn = below.column + 1;
  if (hasIndicators) {
    ranges.push(below.range);
    columnFormulas.push(below.formula);
    ranges.push({ row: FIRST_BODY_ROW, col: keyColumn, cells: keys.map((k) => [k === "" ? BLANK : text(k)]) });
  }
  // The table sets the widths; the charts go below everything, across the table's columns.
  // A goal's words run on across its row: they do not widen the names' column. Nor does the
  // title, which runs on over empty cells (ranges[0], with the summary where there is one).
  const fitted = fittedWidths(
    ranges
      .slice(1)
      .flatMap((r, k) =>
        k === 0 && hasIndicators && goalRows.size > 0
          ? r.cells.filter((_, i) => !goalRows.has(HEADER_ROW + i))
          : r.cells,
      ),
  );
  // The summary above the table is not fitted (its title spills), but its labels must fit beside their counts.
  const labels = hasIndicators ? labelWidths(ranges[0]?.cells ?? []) : [];
  // A count beside its label shows up to a million without "###".
  const counts = hasIndicators ? countWidth(s.countFormat) : 0;
  const columnWidths = fitted.map((w, c) =>
    Math.max(
      w,
      labels[c] ?? 0,
      [1, 3, 5, 7].includes(c) ? counts : 0,
      // Room to write in: the reasons wrap within it.
      hasIndicators && (c === reasonCol || c === reasonCol + 1) ? 20 : 0,
    ),
  );
  // A long 備註 wraps in a column of its own width rather than widening the printed page.
  // So do the reasons a person wrote: they wrap in their columns.
  for (const col of hasIndicators ? [COL.remark, reasonCol, reasonCol + 1] : [])
    if ((columnWidths[col] ?? 0) > 30) columnWidths[col] = 30;
  const charted = reportCharts({
    rows: reportRows,
    reportingPeriod: period,
    yellowFrom: options.bands.yellowFrom,
    capAtOne: options.capAtOne,
    strings: s.charts,
    helperRow: FIRST_BODY_ROW,
    helperCol: keyColumn + 1,
    top: top,
    widths: columnWidths,
    tableColumns: header.length,
  });
  if (charted.helper !== null) ranges.push(charted.helper);
  if (charted.note !== null) ranges.push(charted.note);
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
        // The summary's title and legend run on over empty cells; the table sets the widths.
        columnWidths,
        hiddenColumns: hasIndicators ? [below.column, keyColumn, ...charted.hiddenColumns] : [],
        ...(hasIndicators ? { wrapColumns: [COL.remark, reasonCol, reasonCol + 1] } : {}),
        print: {
          landscape: true,
          fitToWidth: true,
          ...(hasIndicators ? { titleRows: { from: HEADER_ROW, to: HEADER_ROW } } : {}),
          footer: { left: footerText(title), center: s.pageOf, right: "&D" },
          ...(charted.pageBreaks.length > 0 ? { pageBreaksBefore: charted.pageBreaks } : {}),
        },
        activate: true,
        styles,
        ...(charted.charts.length > 0 ? { charts: charted.charts } : {}),
      },
    ],
    conditionalFormats: hasIndicators
      ? [
          ...below.flags,
          ...mergeLights(lightsFormats),
          ...lightColors(s.sheetName, lights),
          reasonsToWrite(s.sheetName, reasonCol, lastRow),
        ]
      : [],
  };
}

/** ★ ▲ ● □ in their colours, as rules on the light column: its cells are formulas, so the colour follows the value. */
function lightColors(sheet: string, range: string): ConditionalFormatPlan[] {
  const first = range.split(":")[0] ?? range;
  return Object.entries(LIGHT_COLORS).map(([symbol, colors]) => ({
    kind: "expression",
    sheet,
    range,
    formula: `${first}="${symbol}"`,
    fill: colors.fill,
    fontColor: colors.font,
  }));
}

/** The reasons' cells of a ▲ or ● row, pale yellow: the cells a person is asked to write in. */
function reasonsToWrite(sheet: string, reasonCol: number, lastRow: number): ConditionalFormatPlan {
  const light = `$${addressOf(FIRST_BODY_ROW, COL.light).replace(/\d+$/, "")}${FIRST_BODY_ROW + 1}`;
  return {
    kind: "expression",
    sheet,
    range: `${addressOf(FIRST_BODY_ROW, reasonCol)}:${addressOf(lastRow, reasonCol + 1)}`,
    formula: `OR(${light}="▲",${light}="●")`,
    fill: "FFF2CC",
    fontColor: "000000",
  };
}

/** A score sheet's own title (110 年度…考核評分表), where the report is of score sheets only. */
function scoreTitle(report: WorkbookReport): string | null {
  for (const sheet of report.sheets) for (const card of sheet.scorecards) if (card.title) return card.title;
  return null;
}

/**
 * An execution's budget column named as the source names it: 分配數 where the rate is spending
 * against the allotment (the reader took the 分配數 column as the budget), 預算數 otherwise.
 */
function allottedHeaders(report: WorkbookReport, headers: readonly string[], allotted: string): readonly string[] {
  const allots = report.sheets.some((sheet) =>
    sheet.indicators.some((i) =>
      i.periods.some((p) => {
        const column = p.cells.target?.replace(/\d+$/, "");
        const table = sheet.tables[i.table];
        return (
          column !== undefined &&
          (table?.reading?.columns ?? []).some(
            (c) => c.cell.replace(/\d+$/, "") === column && /分配|allot/i.test(c.header),
          )
        );
      }),
    ),
  );
  return allots ? headers.map((h, k) => (k === COL.target ? allotted : h)) : headers;
}
