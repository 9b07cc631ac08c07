import { periodInText, parsePeriod } from "../values/period";
import type { HeaderBand } from "./header-band";
import { headerRole } from "./header-words";
import type { SheetView } from "./sheet-view";

/** One measure of a table that repeats its periods under several headings. */
export interface MeasureGroup {
  /** The heading over the group's periods: 火災死亡人數, 投訴. */
  readonly label: string;
  /** The group's period columns, in order. */
  readonly cols: readonly number[];
  /** The header band with the label columns and this group's period columns only. */
  readonly band: HeaderBand;
}

/** Words that make a heading a figure's role (目標值 over the years), not a measure of its own. */
const ROLE_HEADINGS = new Set(["target", "actual", "reported", "budget", "executed", "rate", "period"]);

/**
 * A table that measures several things over the same periods, each heading merged over the same run
 * of years (火災發生件數 | 火災死亡人數, each over 108 年 | 109 年 | 110 年; 建議 | 投訴 | 異議, each over
 * 2017 | 2018 | 2019): a measure per heading, each read as a table of its own. Only where every group
 * holds the same periods in the same order, each once, and no heading names a role: "目標值" over the
 * years and "實際值" over the same years is one wide table of targets and actuals.
 */
export function measureGroups(view: SheetView, band: HeaderBand): MeasureGroup[] | null {
  if (band.bottom === band.top) return null;
  const runs: Array<{ label: string; cols: number[]; periods: string[] }> = [];
  for (const column of band.columns) {
    if (column.period === null) continue;
    const label = view.text(band.top, column.col);
    if (label === "" || periodInText(label) !== null || parsePeriod(view.cell(band.top, column.col).value) !== null)
      return null;
    const role = headerRole(label)?.role;
    if (role !== undefined && ROLE_HEADINGS.has(role)) return null;
    const last = runs[runs.length - 1];
    if (last && last.label === label) {
      last.cols.push(column.col);
      last.periods.push(column.period.label);
    } else runs.push({ label, cols: [column.col], periods: [column.period.label] });
  }
  const [head] = runs;
  if (runs.length < 2 || head === undefined || head.periods.length < 2) return null;
  const key = head.periods.join("\u0000");
  if (new Set(head.periods).size !== head.periods.length) return null;
  if (runs.some((run) => run.periods.join("\u0000") !== key)) return null;
  if (new Set(runs.map((run) => run.label)).size !== runs.length) return null;
  return runs.map((run) => ({
    label: run.label,
    cols: run.cols,
    band: { ...band, columns: band.columns.filter((c) => c.period === null || run.cols.includes(c.col)) },
  }));
}
