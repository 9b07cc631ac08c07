import { maxOf, minOf, pushAll } from "../values/arrays";
import type { PeriodInput } from "../analysis/indicator-input";
import type { DetectedIndicator, DetectedTable } from "./detected";

interface Found {
  readonly table: DetectedTable;
  readonly indicators: DetectedIndicator[];
}

const STACKABLE = new Set(["periodComparison", "wide"]);

function years(indicator: DetectedIndicator): number[] {
  return indicator.periods.flatMap((p) => (p.period ? [p.period.year] : []));
}

/**
 * Ten years printed as two blocks of five, one under the other (項目 | 97年度 … 101年度, then
 * 項目 | 102年度 … 106年度): a row of the second block whose name a row of the first one bears, with
 * later years only, continues it. Its periods are appended there; it is no second indicator.
 */
export function joinStackedBlocks(found: Found[]): void {
  for (let t = 1; t < found.length; t++) {
    const before = found[t - 1];
    const here = found[t];
    if (!before || !here || before.table.kind !== here.table.kind || !STACKABLE.has(here.table.kind)) continue;
    const removed: number[] = [];
    here.indicators.forEach((indicator, i) => {
      const first = minOf(years(indicator));
      const earlier = before.indicators.find((e) => e.name === indicator.name);
      if (!earlier || years(indicator).length === 0 || maxOf(years(earlier)) >= first) return;
      pushAll(earlier.periods as PeriodInput[], indicator.periods);
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
