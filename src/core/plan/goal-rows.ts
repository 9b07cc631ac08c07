import type { WorkbookReport } from "../analysis/analyze-workbook";
import type { CellStyle } from "./write-plan";

/**
 * Whether the report stands its rows under their goals, as 施政績效報告 lays them out: a row with
 * the goal across the table (年度績效目標, 策略目標, or a section row of the source), then its
 * indicators. Only where each sheet's goals come in blocks (every goal's indicators together, none
 * without a goal after the first goal): a goal that comes back further down (a cross-table's
 * strategies, one per column, repeated per agency) is summed up per goal below the table instead.
 * Nor past MAX_GOALS goals: each goal's rows are a block of their own, and so is each flag on the
 * source's actual cells (one rule per block), which Excel would then carry by the thousand.
 */
export function groupedByGoal(report: WorkbookReport): boolean {
  let goals = 0;
  for (const sheet of report.sheets) {
    const seen = new Set<string>();
    let current: string | null = null;
    for (const indicator of sheet.indicators) {
      const goal = indicator.category ?? null;
      if (goal === current) continue;
      if (goal === null || seen.has(goal)) return false;
      seen.add(goal);
      current = goal;
      if (++goals > MAX_GOALS) return false;
    }
  }
  return goals > 0;
}

/** The most goals a report stands its rows under (a 施政績效報告 has tens). */
export const MAX_GOALS = 200;

/** A goal's row: bold on a pale band, the goal's words running across the cells on its right. */
export const GOAL_STYLE: CellStyle = { bold: true, fill: "B4C6E7", vertical: "center" };
