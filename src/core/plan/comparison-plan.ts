import type { SheetIndicator, WorkbookReport } from "../analysis/analyze-workbook";
import type { PeriodResult } from "../analysis/indicator-result";
import { agreesAtPrecision } from "../measures/agreement";
import { addressOf, type Grid } from "../layout/grid";
import { figureFormat, PERCENT_FORMAT } from "../values/figure-format";
import { sourceAt } from "./grid-lookup";
import { followCell, numericExpression } from "./source-expression";
import type { KindStrings } from "./report-strings";
import { BLANK, formula, num, sheetRef, text, type ColumnFormat, type PlanCell, type StyleRange } from "./write-plan";

/** Comparison columns, 0-based. */
export const CMP = {
  name: 0,
  previous: 1,
  current: 2,
  change: 3,
  growth: 4,
  ratio: 5,
  reported: 6,
  check: 7,
  unit: 8,
  remark: 9,
} as const;

export interface ComparisonBody {
  readonly header: PlanCell[];
  readonly body: PlanCell[][];
  readonly formats: ColumnFormat[];
  readonly styles: StyleRange[];
  /** The summary's line under the title: what the table compares, and how many rose, fell, differ. */
  readonly summary: PlanCell[][];
  readonly countColumns: readonly number[];
  /** Where 備註 stands, if any row has one. */
  readonly remarkCol: number | null;
}

/** The one label all rows share for a column (the header says it then), or null. */
function shared(labels: ReadonlyArray<string | null>): string | null {
  const set = new Set(labels);
  const [only] = set;
  return set.size === 1 && only !== undefined ? only : null;
}

/**
 * Whether a reported figure follows from the two periods, read as the ratio or the change, as a
 * fraction or in percentage points (增加率 6.2 for 6.22%), at the precision it was written with.
 */
export function reportedAgrees(reported: number, previous: number, current: number): boolean {
  if (previous <= 0) return false;
  const decimals = (String(reported).split(".")[1] ?? "").length;
  const step = 10 ** -decimals;
  const ratio = current / previous;
  const candidates = [ratio, ratio - 1, ratio * 100, (ratio - 1) * 100];
  return candidates.some((c) => agreesAtPrecision({ value: reported, step }, c));
}

function lastTwo(indicator: SheetIndicator): [PeriodResult | undefined, PeriodResult | undefined] {
  const n = indicator.periods.length;
  return [indicator.periods[n - 2], indicator.periods[n - 1]];
}

/** What a comparison has to count: the items compared, the two periods, and how many rose, fell, stayed. */
export interface ComparisonTally {
  readonly items: number;
  /** The periods every item compares, where all compare the same two. */
  readonly previous: string | null;
  readonly current: string | null;
  readonly rose: number;
  readonly fell: number;
  readonly level: number;
}

/** One rule for the report's counts and the command's summary line: the last two periods of each item. */
export function comparisonTally(report: WorkbookReport): ComparisonTally {
  const pairs = report.sheets.flatMap((sheet) => sheet.indicators.map(lastTwo));
  const counts = { rose: 0, fell: 0, level: 0 };
  for (const [before, now] of pairs) {
    const [a, b] = [before?.actual, now?.actual];
    if (a == null || b == null) continue;
    if (b > a) counts.rose++;
    else if (b < a) counts.fell++;
    else counts.level++;
  }
  return {
    items: pairs.length,
    previous: shared(pairs.map((p) => p[0]?.period ?? null)),
    current: shared(pairs.map((p) => p[1]?.period ?? null)),
    ...counts,
  };
}

/**
 * A period comparison as its readers read it: one row per item, the previous and the current
 * period's figures (live, following the source), the change and the growth (live), the current
 * over the previous, and the source's own printed rate beside a check of it. No target, no light.
 */
export function comparisonBody(
  grids: readonly Grid[],
  report: WorkbookReport,
  firstRow: number,
  s: KindStrings,
): ComparisonBody {
  const body: PlanCell[][] = [];
  const formats: ColumnFormat[] = [];
  const pairs = report.sheets.flatMap((sheet) => sheet.indicators.map((i) => ({ sheet, i, p: lastTwo(i) })));
  for (const { sheet, i, p } of pairs) {
    const grid = grids.find((g) => g.sheet === sheet.sheet);
    const row = firstRow + body.length;
    const [before, now] = p;
    // The source's figure as the engine read it (23.95 under a "%" header is 23.95%), live.
    const follow = (period: PeriodResult | undefined): PlanCell => {
      const cell = sourceAt(grid, period?.cells.actual);
      const value = period?.actual ?? null;
      const expr = cell === null ? null : numericExpression(sheetRef(sheet.sheet, cell.address), cell, value);
      return expr !== null ? formula(expr, value ?? "") : value === null ? BLANK : num(value);
    };
    const b = addressOf(row, CMP.previous);
    const c = addressOf(row, CMP.current);
    const both = `AND(ISNUMBER(${b}),ISNUMBER(${c}))`;
    const prev = before?.actual ?? null;
    const cur = now?.actual ?? null;
    const known = prev !== null && cur !== null;
    const reported = now?.reported ?? null;
    const check =
      reported === null || !known ? BLANK : text(reportedAgrees(reported, prev, cur) ? s.agrees : s.differs);
    body.push([
      text(i.name),
      follow(before),
      follow(now),
      formula(`IF(${both},${c}-${b},"")`, known ? cur - prev : ""),
      formula(`IF(${both},IF(${b}>0,${c}/${b}-1,""),"")`, known && prev > 0 ? cur / prev - 1 : ""),
      formula(`IF(${both},IF(${b}>0,${c}/${b},""),"")`, known && prev > 0 ? cur / prev : ""),
      followCell(sheet.sheet, sourceAt(grid, now?.cells.reported)),
      check,
      // A unit the reader took from a figure column ("60918265") is no unit.
      i.unit === null || /^[-\d,.\s]+$/.test(i.unit) ? BLANK : text(i.unit),
      i.remark === null ? BLANK : text(i.remark),
    ]);
    const figures = i.periods.flatMap((x) => (x.actual === null ? [] : [x.actual]));
    const f = figureFormat(i, figures);
    for (const col of [CMP.previous, CMP.current, CMP.change])
      formats.push({ col, fromRow: row, toRow: row, numberFormat: f });
  }
  const last = firstRow + Math.max(body.length, 1) - 1;
  for (const col of [CMP.growth, CMP.ratio])
    formats.push({ col, fromRow: firstRow, toRow: last, numberFormat: PERCENT_FORMAT });
  const { previous, current, rose, fell, level } = comparisonTally(report);
  const header = s.comparisonHeaders.map((h, k) =>
    text(
      k === CMP.previous && previous !== null
        ? s.previousOf(previous)
        : k === CMP.current && current !== null
          ? s.currentOf(current)
          : h,
    ),
  );
  const changes = `${addressOf(firstRow, CMP.change)}:${addressOf(last, CMP.change)}`;
  const checks = `${addressOf(firstRow, CMP.check)}:${addressOf(last, CMP.check)}`;
  const differing = body.filter((r) => {
    const cell = r[CMP.check];
    return cell?.kind === "text" && cell.text === s.differs;
  }).length;
  const summary: PlanCell[][] = [
    [
      text(s.rose),
      formula(`COUNTIF(${changes},">0")`, rose),
      text(s.fell),
      formula(`COUNTIF(${changes},"<0")`, fell),
      text(s.same),
      formula(`COUNTIF(${changes},0)`, level),
      // Only where the source prints a rate to check (the check column stays then, where it was).
      ...(body.some((r) => (r[CMP.check]?.kind ?? "blank") !== "blank")
        ? [text(s.differing), formula(`COUNTIF(${checks},"${s.differs.replace(/"/g, '""')}")`, differing)]
        : []),
    ],
    [
      text(
        s.comparisonIs(
          previous ?? s.comparisonHeaders[CMP.previous] ?? "",
          current ?? s.comparisonHeaders[CMP.current] ?? "",
        ),
      ),
    ],
  ];
  const styles: StyleRange[] = [];
  for (const col of [CMP.check, CMP.unit])
    styles.push({ fromRow: firstRow, toRow: last, fromCol: col, toCol: col, style: { horizontal: "center" } });
  return { ...withoutEmptyColumns(header, body, formats, styles), summary, countColumns: [1, 3, 5, 7] };
}

/**
 * The columns no row fills (no source rate to check, no unit, no remark) left out: an empty
 * column on a director's page is a question. The figures' columns always stay.
 */
function withoutEmptyColumns(
  header: PlanCell[],
  body: PlanCell[][],
  formats: ColumnFormat[],
  styles: StyleRange[],
): { header: PlanCell[]; body: PlanCell[][]; formats: ColumnFormat[]; styles: StyleRange[]; remarkCol: number | null } {
  const optional = [CMP.reported, CMP.check, CMP.unit, CMP.remark] as number[];
  const keep = header.map((_, c) => !optional.includes(c) || body.some((r) => (r[c]?.kind ?? "blank") !== "blank"));
  const to = new Map<number, number>();
  keep.forEach((k, c) => {
    if (k) to.set(c, to.size);
  });
  const moved = <T extends { col?: number; fromCol?: number; toCol?: number }>(x: T): T[] => {
    const col = x.col ?? x.fromCol;
    const at = col === undefined ? undefined : to.get(col);
    if (at === undefined) return [];
    return [x.col === undefined ? { ...x, fromCol: at, toCol: at } : { ...x, col: at }];
  };
  return {
    header: header.filter((_, c) => keep[c]),
    body: body.map((r) => r.filter((_, c) => keep[c])),
    formats: formats.flatMap(moved),
    styles: styles.flatMap(moved),
    remarkCol: to.get(CMP.remark) ?? null,
  };
}
