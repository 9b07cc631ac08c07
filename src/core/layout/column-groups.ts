import type { ColumnShape, PeriodColumns } from "./column-shape";
import { periodInText, type Period } from "../values/period";
import { headerRole } from "./header-words";
import type { SheetView } from "./sheet-view";

/**
 * The first column of the heading merged across a row over `col` ("FISCAL YEAR 2019-20" over
 * BUDGETED | ACTUAL | ± CHANGE | %), or null where no heading spans columns there.
 */
function headingOver(view: SheetView, row: number, col: number): number | null {
  const across = (c: number) => c <= view.right && view.isMergedTail(row, c) && !view.isMergedFromAbove(row, c);
  let start = col;
  while (start > view.left && across(start)) start--;
  return start !== col || across(col + 1) ? start : null;
}

/**
 * Whether two columns stand under different headings merged across one of the rows above the header's
 * last, headings that name no role themselves ("FISCAL YEAR 2019-20" | "NINE MONTHS ENDING 06-30-21";
 * not 本年度預算數 | 本年度決算數, which are the roles).
 */
function apart(view: SheetView, shape: ColumnShape, a: number, b: number): boolean {
  for (let r = Math.max(view.top, shape.band.top - 1); r < shape.band.bottom; r++) {
    const [ha, hb] = [headingOver(view, r, a), headingOver(view, r, b)];
    if (ha === null || hb === null || ha === hb) continue;
    if (headerRole(view.text(r, ha)) === null && headerRole(view.text(r, hb)) === null) return true;
  }
  return false;
}

/**
 * The period a heading over both columns names ("FISCAL YEAR 2019-20" over PLANNED | ACTUAL), where
 * the header gave the pair none.
 */
function periodOfHeading(view: SheetView, shape: ColumnShape, a: number, b: number): Period | null {
  for (let r = Math.max(view.top, shape.band.top - 1); r < shape.band.bottom; r++) {
    const heading = headingOver(view, r, a);
    if (heading === null || heading !== headingOver(view, r, b)) continue;
    const text = view.text(r, heading);
    if (headerRole(text) === null) return periodInText(text);
  }
  return null;
}

/**
 * A target and a result the header's reading paired from under two different headings (a variance
 * report's BUDGETED | ACTUAL for the fiscal year, then BUDGETED | ESTIMATED for the nine months ahead):
 * figures of two periods, which give no achievement. The target is left out of that period; the
 * result stands alone.
 */
export function pairedWithinHeadings(view: SheetView, shape: ColumnShape | null): ColumnShape | null {
  if (shape === null) return null;
  // Only where the headings group like columns (BUDGETED under each): a self-evaluation form's 预期目标
  // and 实际完成情况 each head one role, and a target under one and a result under the other pair.
  const roleOf = (col: number) => shape.band.columns.find((c) => c.col === col)?.role ?? null;
  const repeated = (col: number) => {
    const role = roleOf(col);
    return role !== null && shape.band.columns.filter((c) => c.role === role).length >= 2;
  };
  let changed = false;
  const periods = shape.periods.map((p): PeriodColumns => {
    if (p.target === undefined || p.actual === undefined) return p;
    if (!(repeated(p.target) || repeated(p.actual))) return p;
    if (!apart(view, shape, p.target, p.actual)) {
      const dated = p.period === null ? periodOfHeading(view, shape, p.target, p.actual) : null;
      if (dated !== null) changed = true;
      return dated === null ? p : { ...p, period: dated };
    }
    changed = true;
    return { ...p, target: undefined };
  });
  return changed ? { ...shape, periods } : shape;
}
