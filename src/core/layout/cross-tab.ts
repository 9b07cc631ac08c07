import { maxOf } from "../values/arrays";
import type { PeriodInput } from "../analysis/indicator-input";
import { parsePeriod, type Period } from "../values/period";
import { rangeOf, sourceCell } from "./cells";
import type { DetectedIndicator, DetectedTable } from "./detected";
import { headerRole, isAggregateLabel, roleBesideBudget, type HeaderRole } from "./header-words";
import type { HeaderBand } from "./header-band";
import type { SheetView } from "./sheet-view";
import { periodOfTitle, titleAbove } from "./title";

interface Group {
  readonly label: string;
  /** No target where the pair is an amount and its share (金額 | 百分比). */
  readonly target: number | null;
  readonly actual: number;
}

interface CrossTab {
  readonly groups: readonly Group[];
  readonly execution: boolean;
  readonly labelCols: readonly number[];
  readonly periodCol: number | null;
}

type PairRole = HeaderRole | "amount" | "share";

/**
 * 預算 | 決算: a bare 決算 is the executed amount beside its budget (elsewhere "110年度決算" is a year's
 * amount); 金額 | 百分比: an amount and its share of the total, the share no figure to compute from.
 */
function pairRole(text: string): PairRole | null {
  const key = text.replace(/\s/g, "");
  if (key === "金額") return "amount";
  if (key === "百分比") return "share";
  return roleBesideBudget(text);
}

/** The pairs a cross-tab repeats under each group: 預算 | 決算, 目標值 | 實際值, Target | Actual, 金額 | 百分比. */
const PAIRS: ReadonlyArray<readonly [PairRole, PairRole]> = [
  ["budget", "executed"],
  ["target", "actual"],
  ["amount", "share"],
];

/**
 * A cross-tab: groups across (驗毒策略 | 識毒策略 | …, each merged over 預算 | 決算) and agencies down.
 * The header's top row names the groups, its bottom row repeats one pair under each; the columns left
 * of the groups are labels, "年度/機關別" naming them in order.
 */
function crossTabOf(view: SheetView, band: HeaderBand): CrossTab | null {
  if (band.bottom === band.top) return null;
  const groups: Group[] = [];
  let execution = false;
  let firstGroupCol: number | null = null;
  for (let c = view.left; c < view.right; c++) {
    const label = view.text(band.top, c);
    const pair = PAIRS.find(([first]) => first === pairRole(view.text(band.bottom, c)));
    // A group starts where its label does, and its pair's second column stands under the same label.
    const starts = label !== "" && view.text(band.top, c - 1) !== label;
    if (!pair || !starts || view.text(band.top, c + 1) !== label) continue;
    if (pairRole(view.text(band.bottom, c + 1)) !== pair[1]) continue;
    groups.push(pair[0] === "amount" ? { label, target: null, actual: c } : { label, target: c, actual: c + 1 });
    execution = pair[0] === "budget";
    firstGroupCol ??= c;
    c++;
  }
  if (groups.length < 2 || firstGroupCol === null || new Set(groups.map((g) => g.label)).size !== groups.length)
    return null;
  const labelCols: number[] = [];
  for (let c = view.left; c < firstGroupCol; c++) labelCols.push(c);
  if (labelCols.length === 0) return null;
  // "年度/機關別" over two columns: 年度 names the first.
  const parts = view
    .text(band.top, view.left)
    .split(/[/／\\]/)
    .map((t) => t.trim());
  const yearAt = parts.findIndex((t) => /^(?:年度|年|year|period)$/i.test(t));
  const periodCol = parts.length === labelCols.length && yearAt >= 0 ? (labelCols[yearAt] ?? null) : null;
  return { groups, execution, labelCols, periodCol };
}

/**
 * Reads a cross-tab: each row × group with a figure is one indicator (法務部 under 驗毒策略), named
 * "group／row"; its period is the row's 年度 cell, or the title's year. Aggregate rows end nothing
 * and are no indicators.
 */
export function readCrossTab(
  view: SheetView,
  band: HeaderBand,
  taken: Set<number>,
  tableIndex: number,
): { table: DetectedTable; indicators: DetectedIndicator[]; last: number } | null {
  const shape = crossTabOf(view, band);
  if (shape === null) return null;
  const title = titleAbove(view, band.top);
  const titlePeriod: Period | null = periodOfTitle(view.sheet, title);
  const nameCols = shape.labelCols.filter((c) => c !== shape.periodCol);
  const indicators: DetectedIndicator[] = [];
  // Years down the rows and no name column (年度 | 公務預算 預算 決算 | …): each group is one indicator.
  const series = nameCols.length === 0 && shape.periodCol !== null;
  const seriesOf = new Map<Group, DetectedIndicator>();
  let last = band.bottom;
  for (let r = band.bottom + 1; r <= view.bottom && !taken.has(r) && !view.isBlankRow(r); r++) {
    const label = series
      ? view.text(r, shape.periodCol ?? view.left)
      : (nameCols
          .map((c) => view.text(r, c))
          .filter((t) => t !== "")
          .pop() ?? "");
    if (label === "" || /^(?:※|\*|註|資料來源|說明)/.test(label)) break;
    if (isAggregateLabel(label)) {
      last = r;
      continue;
    }
    const period = shape.periodCol === null ? titlePeriod : parsePeriod(view.cell(r, shape.periodCol).value);
    if (series && period === null) break;
    last = r;
    for (const group of shape.groups) {
      // A figure merged over two year rows is read once, on its first row.
      const tcol = group.target;
      if ((tcol === null || view.isMergedTail(r, tcol)) && view.isMergedTail(r, group.actual)) continue;
      const target = tcol === null ? null : sourceCell(view, r, tcol);
      const actual = sourceCell(view, r, group.actual);
      if (target?.value.kind !== "number" && actual.value.kind !== "number") continue;
      const input: PeriodInput = { period, target, actual, reported: null, ratings: [] };
      const existing = seriesOf.get(group);
      if (existing) {
        (existing.periods as PeriodInput[]).push(input);
        continue;
      }
      const indicator: DetectedIndicator = {
        name: series ? group.label : `${group.label}／${label}`,
        nameCell: series
          ? view.address(band.top, group.actual)
          : view.address(r, nameCols[nameCols.length - 1] ?? view.left),
        statedUnit: null,
        statedDirection: null,
        periods: [input],
        table: tableIndex,
        components: [],
        remark: null,
        category: series ? null : group.label,
        kindHint: shape.execution ? "execution" : null,
      };
      if (series) seriesOf.set(group, indicator);
      indicators.push(indicator);
    }
  }
  if (indicators.length === 0) return null;
  for (let r = band.top; r <= last; r++) taken.add(r);
  const right = maxOf(shape.groups.map((g) => g.actual + (g.target === null ? 1 : 0)));
  const table: DetectedTable = {
    kind: shape.execution ? "execution" : "wide",
    range: rangeOf(view, band.top, view.left, last, right),
    title,
    period: shape.periodCol === null ? titlePeriod : null,
    reading: {
      layout: shape.execution ? "execution" : "wide",
      header: rangeOf(view, band.top, view.left, band.bottom, right),
      columns: shape.groups.flatMap((g) =>
        [g.target, g.actual]
          .flatMap((c) => (c === null ? [] : [c]))
          .map((c) => ({
            cell: view.address(band.bottom, c),
            header: `${g.label} ${view.text(band.bottom, c)}`,
            role:
              headerRole(view.text(band.bottom, c))?.role ??
              (pairRole(view.text(band.bottom, c)) === "executed" ? "executed" : null),
            word: view.text(band.bottom, c),
            period: null,
            used: true,
          })),
      ),
    },
    aggregates: [],
  };
  return { table, indicators, last };
}
