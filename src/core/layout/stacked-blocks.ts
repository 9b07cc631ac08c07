import { pushAll } from "../values/arrays";
import type { PeriodInput } from "../analysis/indicator-input";
import { timeOrder, type Period } from "../values/period";
import type { DetectedIndicator, DetectedTable } from "./detected";

interface Found {
  readonly table: DetectedTable;
  readonly indicators: DetectedIndicator[];
}

const keyOf = (period: Period): string =>
  `${period.year}.${period.quarter ?? ""}.${period.month ?? ""}.${period.relative ?? ""}`;

function dated(indicator: DetectedIndicator): Period[] {
  return indicator.periods.flatMap((p) => (p.period ? [p.period] : []));
}

/** Years, quarters or months: the kind of period a block is reported in. */
const grainOf = (period: Period): string =>
  period.month !== undefined ? "month" : period.quarter !== undefined ? "quarter" : "year";

/**
 * Every period dated, none of them one the earlier block already holds, and of the same grain: a
 * year's quarters over "Annual Performance Indicators" (an agency's two tables, one quarterly and one
 * yearly) are two tables, not one series.
 */
function continues(indicator: DetectedIndicator, earlier: DetectedIndicator): boolean {
  const own = dated(indicator);
  const before = dated(earlier);
  if (own.length === 0 || own.length < indicator.periods.length || before.length < earlier.periods.length) return false;
  const held = new Set(before.map(keyOf));
  const grains = new Set([...own, ...before].map(grainOf));
  return grains.size === 1 && own.every((p) => !held.has(keyOf(p)) && p.relative === undefined);
}

/** The indicator of that name in the nearest earlier block of the same kind, where this one continues it. */
function continued(found: Found[], t: number, indicator: DetectedIndicator): DetectedIndicator | undefined {
  const kind = found[t]?.table.kind;
  for (let b = t - 1; b >= 0; b--) {
    const block = found[b];
    if (block === undefined || block.table.kind !== kind) return undefined;
    const earlier = block.indicators.find((e) => e.name === indicator.name);
    if (earlier) return continues(indicator, earlier) ? earlier : undefined;
  }
  return undefined;
}

/**
 * Ten years printed as two blocks of five, one under the other (項目 | 97年度 … 101年度, then
 * 項目 | 102年度 … 106年度), or a year's quarters under each year's heading, newest first ("2022" over
 * Target | Q1 … Q4, then "2021" over the same): a row of the second block whose name a row of the
 * first one bears, with other periods only, continues it. Its periods join the first one's, in the
 * order of time (growth is from the period before); it is no second indicator.
 */
export function joinStackedBlocks(found: Found[]): void {
  for (let t = 1; t < found.length; t++) {
    const here = found[t];
    if (!here) continue;
    const removed: number[] = [];
    here.indicators.forEach((indicator, i) => {
      const earlier = continued(found, t, indicator);
      if (!earlier) return;
      const periods = earlier.periods as PeriodInput[];
      pushAll(periods, indicator.periods);
      periods.sort((a, b) =>
        a.period && b.period ? timeOrder(a.period.year, a.period) - timeOrder(b.period.year, b.period) : 0,
      );
      removed.push(i);
    });
    if (removed.length === 0) continue;
    const aggregates = here.table.aggregates?.map((a) => ({
      ...a,
      first: a.first - removed.filter((i) => i < a.first).length,
    }));
    found[t] = {
      table: { ...here.table, ...(aggregates ? { aggregates } : {}) },
      indicators: here.indicators.filter((_, i) => !removed.includes(i)),
    };
  }
}
