import type { WorkbookReport } from "../analysis/analyze-workbook";

/**
 * What kind of table the report is of: each is laid out as its readers expect it. Targets are met
 * or not (lights); a comparison sets a period against the one before (no target, no light); a
 * budget execution spends against a budget (執行率, lights against the execution band); a score
 * sheet is totalled and graded; a plan lists targets only (nothing to light yet).
 */
export type ReportKind = "targets" | "comparison" | "execution" | "score" | "plan";

/**
 * One kind for the whole report, from the tables its indicators were read from: every indicator
 * of one kind gives that kind's report; a workbook that mixes kinds gets the targets report, which
 * shows every kind's figures (as before).
 */
export function reportKind(report: WorkbookReport): ReportKind {
  const kinds = new Set<ReportKind>();
  let indicators = 0;
  // Whether any comparison grows from one period to the next: periods in no known order (an export's
  // field2 | field3) have no growth, no "previous → current" to lay out; their amounts are listed as
  // the targets report lists them.
  let ordered = false;
  for (const sheet of report.sheets) {
    for (const indicator of sheet.indicators) {
      indicators++;
      const table = sheet.tables[indicator.table]?.kind;
      // A comparison states no target: where a period table has targets, they are met or not.
      if (table === "periodComparison" && indicator.periods.every((p) => p.target === null)) {
        kinds.add("comparison");
        ordered ||= indicator.periods.some((p, i) => i > 0 && p.growth !== null);
      } else if (indicator.kind === "execution" || table === "execution") kinds.add("execution");
      else if (table === "plan" || indicator.periods.every((p) => p.actual === null && p.target !== null))
        kinds.add("plan");
      else kinds.add("targets");
    }
  }
  if (indicators === 0) return report.sheets.some((s) => s.scorecards.length > 0) ? "score" : "targets";
  const [only] = kinds;
  if (only === "comparison" && !ordered) return "targets";
  return kinds.size === 1 && only !== undefined ? only : "targets";
}
