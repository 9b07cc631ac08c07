import type { WorkbookReport } from "../analysis/analyze-workbook";
import type { Grid } from "../layout/grid";
import { normalizeText } from "../values/normalize-text";
import { parsePeriod, periodInText, periodWithinYear, timeOrder } from "../values/period";

/**
 * A period's place in time from its label ("98年3月", "Q4 2022", "Jan-Mar 2023", "一月 2006": a quarter
 * or month said with its year after it).
 */
function order(label: string, year: number): number {
  return timeOrder(year, parsePeriod(label) ?? periodWithinYear(label.split(/\s+/)[0] ?? "") ?? periodInText(label));
}

/**
 * The period a report is for: the latest one evaluated (an achievement, a reported figure or a
 * rating), by year; within a year the later period (98年3月 after 98年2月, as the periods run).
 * Earlier periods are history. Null where the indicators carry no period.
 */
export function reportingPeriod(report: WorkbookReport): string | null {
  let best: { label: string; year: number } | null = null;
  for (const sheet of report.sheets)
    for (const indicator of sheet.indicators)
      for (const p of indicator.periods) {
        const evaluated = p.achievement !== null || p.reported !== null || p.ratings.length > 0;
        if (evaluated && p.period !== null && p.year !== null && (best === null || order(p.period, p.year) > best.year))
          best = { label: p.period, year: order(p.period, p.year) };
      }
  return best?.label ?? null;
}

/** The title the source gives itself: the first row of the first analysed sheet, where it holds one text. */
export function sourceTitle(grids: readonly Grid[], report: WorkbookReport): string | null {
  // A score sheet's own title where the report has no indicator (110 年度…考核評分表).
  const sheet = (
    report.sheets.find((s) => s.indicators.length > 0) ?? report.sheets.find((s) => s.scorecards.length > 0)
  )?.sheet;
  const grid = grids.find((g) => g.sheet === sheet);
  for (const row of grid?.cells ?? []) {
    const texts = new Set(row.map((c) => (c.value === null ? "" : normalizeText(String(c.value)).trim())));
    texts.delete("");
    if (texts.size === 0) continue;
    const [only] = texts;
    // A title may start with its year (110 年度…考核評分表); a figure alone is no title.
    return texts.size === 1 && only !== undefined && !/^[-+\d\s,.%]+$/.test(only) ? only : null;
  }
  return null;
}
