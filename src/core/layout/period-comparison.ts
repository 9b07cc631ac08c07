import type { PeriodInput } from "../analysis/indicator-input";
import { parsePeriod, type Period } from "../values/period";
import { isFigure, rangeOf, sourceCell } from "./cells";
import type { DetectedIndicator, DetectedTable } from "./detected";
import { isRatioHeader } from "./labels";
import type { SheetView } from "./sheet-view";

interface Found {
  readonly table: DetectedTable;
  readonly indicators: DetectedIndicator[];
}

interface Header {
  readonly labelCol: number;
  readonly periods: Array<{ col: number; period: Period }>;
  readonly ratioCol: number | null;
}

function readHeader(view: SheetView, row: number): Header | null {
  const periods: Array<{ col: number; period: Period }> = [];
  let ratioCol: number | null = null;
  for (let c = view.left; c <= view.right; c++) {
    const period = parsePeriod(view.cell(row, c).value);
    if (period) periods.push({ col: c, period });
    else if (periods.length >= 2 && ratioCol === null && isRatioHeader(view.text(row, c))) ratioCol = c;
  }
  const first = periods[0];
  if (periods.length < 2 || first === undefined || first.col === view.left) return null;
  return { labelCol: first.col - 1, periods, ratioCol };
}

/**
 * Period comparisons without targets (the 99 vs 100 年 figures of the 102 預算總說明):
 * each period's baseline is the previous period, so the previous figure stands as its target.
 */
export function findPeriodComparisons(view: SheetView, taken: Set<number>, firstTable: number): Found[] {
  const found: Found[] = [];
  for (let header = view.top; header <= view.bottom; header++) {
    if (taken.has(header)) continue;
    const head = readHeader(view, header);
    if (head === null) continue;
    const indicators: DetectedIndicator[] = [];
    let last = header;
    for (let r = header + 1; r <= view.bottom && !taken.has(r) && !view.isBlankRow(r); r++) {
      const name = view.text(r, head.labelCol);
      if (name === "" || !head.periods.some((p) => isFigure(view, r, p.col))) break;
      last = r;
      const periods: PeriodInput[] = head.periods.map((p, i) => {
        const before = head.periods[i - 1];
        const isLast = i === head.periods.length - 1;
        return {
          period: p.period,
          target: before ? sourceCell(view, r, before.col) : null,
          actual: sourceCell(view, r, p.col),
          reported: isLast && head.ratioCol !== null ? sourceCell(view, r, head.ratioCol) : null,
          ratings: [],
        };
      });
      indicators.push({
        name,
        nameCell: view.address(r, head.labelCol),
        statedUnit: null,
        statedDirection: null,
        periods,
        table: firstTable + found.length,
        components: [],
        remark: null,
      });
    }
    if (indicators.length === 0) continue;
    for (let r = header; r <= last; r++) taken.add(r);
    const right = head.ratioCol ?? Math.max(...head.periods.map((p) => p.col));
    const title =
      header - 1 >= view.top && !view.isBlankRow(header - 1) ? view.text(header - 1, head.labelCol) || null : null;
    found.push({
      table: { kind: "periodComparison", range: rangeOf(view, header, head.labelCol, last, right), title },
      indicators,
    });
  }
  return found;
}
