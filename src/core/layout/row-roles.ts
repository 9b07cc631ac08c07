import type { PeriodInput } from "../analysis/indicator-input";
import { asPoints } from "./cells";
import { namedIndicator, type AggregateRow, type DetectedIndicator } from "./detected";
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

/** "Total Received", "Total Offers Issued", "Jumlah Diterima": the cases a charter's period brought in. */
const CASES = /^\s*(?:total|jumlah)\b/i;
/** "Completed Within Charter", "Menepati Piagam": those of them done in the time the charter sets. */
const MET = /^\s*(?:completed|processed|done|selesai)?\s*within\s+(?:the\s+)?(?:client\s+)?charter\b|^\s*menepati\b/i;

/**
 * A charter's months across and two rows, the cases received and those completed within the charter
 * (a Malaysian district council's achievement report, block after block; read with the Malay
 * councils' Terima | Selesai in columns): one pledge, named by the title above, each month's cases
 * its target and those met its result.
 */
export function metOfCases(
  rows: readonly DetectedIndicator[],
  aggregates: readonly AggregateRow[],
  title: string | null,
  sheet: string,
): DetectedIndicator | null {
  if (title === null) return null;
  // Where every case was met the cases row sums the one under it, and was set aside as a total.
  const [first, second] = rows;
  const [total] = aggregates;
  const pair =
    rows.length === 2 && aggregates.length === 0 && first && second
      ? { cases: { label: first.name, periods: first.periods }, met: second }
      : rows.length === 1 && aggregates.length === 1 && first && total && total.first === 0
        ? { cases: total, met: first }
        : null;
  if (pair === null || !MET.test(pair.met.name) || !CASES.test(pair.cases.label)) return null;
  const periods: PeriodInput[] = pair.met.periods.map((p, k) => ({
    period: p.period,
    target: pair.cases.periods[k]?.actual ?? null,
    actual: p.actual,
    reported: null,
    ratings: [],
  }));
  return namedIndicator(tableName(title, sheet), null, periods, pair.met.table);
}
