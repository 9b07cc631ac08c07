import type { PeriodInput } from "../analysis/indicator-input";
import { asPoints } from "./cells";
import { namedIndicator, type DetectedIndicator } from "./detected";
import { inPercentPoints, roleBesideBudget } from "./header-words";
import { tableName } from "./title";
import { SLOT, type Slot } from "./roles-down";

/**
 * Years across, and rows that say what they hold (法定預算數A | 審定決算數B | 經費執行率 (B/A), or
 * 目標值 | 實際值 | 達成度): not one indicator per row but one indicator over the years, named by the
 * table's title. Returns null where the rows are indicators of their own.
 */
export function rowsAsRoles(
  rows: readonly DetectedIndicator[],
  title: string | null,
  sheet: string,
): DetectedIndicator | null {
  const alone = resultRowAlone(rows, title, sheet);
  if (alone) return alone;
  const roles = rows.map((row) => {
    const role = roleBesideBudget(row.name);
    return role === null ? undefined : SLOT[role];
  });
  if (rows.length < 2 || roles.some((r) => r === undefined)) return null;
  const slots = new Set(roles);
  if (slots.size !== rows.length || !slots.has("actual") || !(slots.has("target") || slots.has("reported")))
    return null;
  const rowOf = (slot: Slot) => rows[roles.indexOf(slot)];
  const first = rows[0];
  if (first === undefined) return null;
  const periods: PeriodInput[] = first.periods.map((p, k) => {
    const cell = (slot: Slot) => rowOf(slot)?.periods[k]?.actual ?? null;
    const reportedRow = rowOf("reported");
    const reported = cell("reported");
    return {
      period: p.period,
      target: cell("target"),
      actual: cell("actual"),
      reported: reportedRow && reported && inPercentPoints(reportedRow.name) ? asPoints(reported) : reported,
      ratings: [],
    };
  });
  const execution = rows.some((row) => ["budget", "executed", "rate"].includes(roleBesideBudget(row.name) ?? ""));
  const name = tableName(title, sheet);
  return {
    ...namedIndicator(name, null, periods, first.table),
    kindHint: execution ? "execution" : null,
  };
}

/**
 * A pledge over JAN | FEB | … and one row, "Achievements" (a Malaysian council's charter, block after
 * block): the row is the pledge's result each month, the indicator named by the title above.
 */
function resultRowAlone(
  rows: readonly DetectedIndicator[],
  title: string | null,
  sheet: string,
): DetectedIndicator | null {
  const [only] = rows;
  if (only === undefined || rows.length !== 1 || title === null) return null;
  const role = roleBesideBudget(only.name);
  if (role !== "actual" && !(role === "reported" && /^\s*(?:achievements?|results?)\s*$/i.test(only.name))) return null;
  const periods: PeriodInput[] = only.periods.map((p) => ({
    period: p.period,
    target: null,
    actual: p.actual,
    reported: null,
    ratings: [],
  }));
  return namedIndicator(tableName(title, sheet), null, periods, only.table);
}
