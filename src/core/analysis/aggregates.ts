import type { Finding } from "../findings";
import type { DetectedIndicator, DetectedTable } from "../layout/detected";
import type { SourceCell } from "./indicator-input";

function numberOf(cell: SourceCell | null | undefined): number | null {
  return cell?.value.kind === "number" ? cell.value.value : null;
}

/** Equal at the stated figure's written precision: within half its last digit. */
function close(a: number, b: number, step: number): boolean {
  return Math.abs(a - b) <= Math.max(step / 2, 1e-9 * Math.max(1, Math.abs(a)));
}

type Figure = "target" | "actual";

/** The period of an indicator a total's period stands for: the same label where the total has one. */
function periodAt(indicator: DetectedIndicator, period: number, label: string | null) {
  return label === null ? indicator.periods[period] : indicator.periods.find((p) => p.period?.label === label);
}

function sumOf(
  indicators: readonly DetectedIndicator[],
  period: number,
  figure: Figure,
  label: string | null = null,
): number | null {
  let sum = 0;
  for (const indicator of indicators) {
    const cell = periodAt(indicator, period, label)?.[figure];
    if (cell && cell.value.kind !== "missing" && cell.value.kind !== "number") return null;
    sum += numberOf(cell) ?? 0;
  }
  return sum;
}

/**
 * 中長程計畫預算合計 under 文化部主管預算 and four plans sums the plans only: a total may sum the rows
 * above it from some row on (two or more), the first rows being a base it is compared with.
 */
function suffixSums(indicators: readonly DetectedIndicator[], period: number, figure: Figure): number[] {
  const sums: number[] = [];
  let sum = 0;
  for (let i = indicators.length - 1; i >= 0; i--) {
    const cell = indicators[i]?.periods[period]?.[figure];
    if (cell && cell.value.kind !== "missing" && cell.value.kind !== "number") break;
    sum += numberOf(cell) ?? 0;
    if (indicators.length - i >= 2) sums.push(sum);
  }
  return sums;
}

/** "城鄉建設小計" sums the rows under 城鄉建設, across the 小計s between them. */
function ofCategory(indicators: readonly DetectedIndicator[], label: string): DetectedIndicator[] | null {
  const what = /^(.+?)(?:小計|合計|總計)$/.exec(label.replace(/\s/g, ""))?.[1];
  if (what === undefined) return null;
  const under = indicators.filter((i) => (i.category ?? "").split("／").includes(what));
  return under.length > 0 ? under : null;
}

/**
 * 合計 merged down over 一般 | 特別 | 企業 (a plan's totals by account under chapters that each list
 * their accounts): a total labelled with a name the rows above carry sums the rows of that name.
 */
function ofName(indicators: readonly DetectedIndicator[], label: string): DetectedIndicator[] | null {
  // The rows may be named with their heading before the word ("第4章 環境 一般").
  const named = indicators.filter((i) => i.name === label || i.name.endsWith(` ${label}`));
  return named.length > 0 ? named : null;
}

/**
 * A 小計 / 合計 / Total row must equal the rows it sums: those since the previous aggregate, or the
 * whole table (a 合計 under 小計s). Rounded figures agree within the aggregate's written precision.
 */
export function checkAggregates(
  sheet: string,
  table: DetectedTable,
  indicators: readonly DetectedIndicator[],
): Finding[] {
  const findings: Finding[] = [];
  const aggregates = table.aggregates ?? [];
  // A subtotal its arithmetic revealed covers its own rows: it bounds no other total's run.
  const bounds = aggregates.filter((a) => a.covers === undefined);
  aggregates.forEach((aggregate) => {
    const k = bounds.indexOf(aggregate);
    const previous = k < 0 ? undefined : bounds[k - 1];
    const next = k < 0 ? undefined : bounds[k + 1];
    const above = indicators.slice(previous?.first ?? 0, aggregate.first);
    // A total printed first (歲入合計 over its items, as budget statements lay it out) sums the rows
    // below it, up to the next total.
    const below = above.length === 0 ? indicators.slice(aggregate.first, next?.first ?? indicators.length) : [];
    const covered = aggregate.covers ? indicators.slice(aggregate.covers.from, aggregate.covers.to) : null;
    const since = covered ?? (below.length > 0 ? below : above);
    const before = indicators.slice(0, aggregate.first);
    const named = ofCategory(before, aggregate.label) ?? ofName(before, aggregate.label);
    aggregate.periods.forEach((period, p) => {
      for (const figure of ["target", "actual"] as const) {
        const cell = period[figure];
        const stated = numberOf(cell);
        if (cell === null || stated === null || cell.value.kind !== "number") continue;
        const step = cell.value.step;
        // Under a period column the rows of every period are one indicator each: the total's
        // period is summed over the table.
        const label = period.period?.label ?? null;
        const groups = [since, before, ...(named ? [named] : [])];
        const sums = [
          ...groups.map((g) => sumOf(g, p, figure)),
          ...(label !== null ? [sumOf(indicators, p, figure, label)] : []),
        ];
        // Amounts of six digits or more are printed rounded (in 千元, 百萬元): n of them may together
        // be off by n half-steps (153,585,979 summed for 153,585,978 printed). Counts are exact.
        const rounded = Math.abs(stated) >= 1e5 * step;
        const slack = (i: number) => (rounded ? step * Math.max(1, (groups[i] ?? indicators).length) : step);
        if (sums.some((s, i) => s === null || close(s, stated, slack(i)))) continue;
        if (suffixSums(since, p, figure).some((s) => close(s, stated, step))) continue;
        const sum = sums[0] ?? 0;
        findings.push({
          code: "AGGREGATE_MISMATCH",
          severity: "warning",
          sheet,
          cell: cell.address,
          params: {
            label: aggregate.label,
            cell: cell.address,
            stated,
            sum,
            where: below.length > 0 ? "below" : "above",
          },
          value: sum,
        });
      }
    });
  });
  return findings;
}

/** 預算數 A = 實現數 B + 應付數 C + 保留數 D, where the table has all four. */
export function checkBudgetParts(sheet: string, indicator: DetectedIndicator): Finding[] {
  const parts = indicator.budgetParts ?? [];
  const budget = indicator.periods[0]?.target;
  const stated = numberOf(budget);
  if (parts.length < 3 || budget === null || budget === undefined || stated === null || budget.value.kind !== "number")
    return [];
  if (parts.some((p) => p.value.kind !== "missing" && p.value.kind !== "number")) return [];
  const sum = parts.reduce((a, p) => a + (numberOf(p) ?? 0), 0);
  if (close(sum, stated, budget.value.step)) return [];
  const list = parts.map((p) => p.address).join(" + ");
  return [
    {
      code: "BUDGET_PARTS_MISMATCH",
      severity: "warning",
      sheet,
      cell: budget.address,
      params: { indicator: indicator.name, stated, parts: list, sum },
      value: sum,
    },
  ];
}
