import { maxOf } from "../values/arrays";
import { parseValue } from "../values/parse-value";
import { rangeOf, sourceCell } from "./cells";
import type { DetectedTable, ScorecardInput, ScoreItemInput } from "./detected";
import { headerRole, isAggregateLabel } from "./header-words";
import type { SheetView } from "./sheet-view";

interface Found {
  readonly table: DetectedTable;
  readonly scorecard: ScorecardInput;
}

function rowHoldsNumber(view: SheetView, row: number): boolean {
  for (let c = view.left; c <= view.right; c++) if (typeof view.cell(row, c).value === "number") return true;
  return false;
}

/**
 * Whether a column holds a figure under its header, before the first blank row. A 配分 or 自評 header
 * over text ("單位績效目標(配分%)" over the goals, "86*20% =17.2") names no column of scores.
 */
function holdsFigures(view: SheetView, header: number, col: number): boolean {
  for (let r = header + 1; r <= view.bottom && !view.isBlankRow(r); r++)
    if (parseValue(view.cell(r, col)).kind === "number") return true;
  return false;
}

/** Finds score sheets (evaluation-scorecard-110 layout): 考核面向, 評分項目, 配分 and score columns. */
export function findScoreSheets(view: SheetView, taken: Set<number>, firstTable: number): Found[] {
  const found: Found[] = [];
  for (let header = view.top; header <= view.bottom; header++) {
    // A header holds words only: a row with a stored number is data (and reading every data row's
    // words as headers was most of the time spent on a long sheet).
    if (taken.has(header) || rowHoldsNumber(view, header)) continue;
    let weightCol: number | null = null;
    let itemCol: number | null = null;
    let dimensionCol: number | null = null;
    for (let c = view.left; c <= view.right; c++) {
      const role = headerRole(view.text(header, c))?.role;
      if (role === "weight" && weightCol === null && holdsFigures(view, header, c)) weightCol = c;
      // 評分項目, or plainly 項目 / 指標 where the sheet has a 配分 column beside it.
      if ((role === "scoreItem" || role === "indicator") && itemCol === null) itemCol = c;
      if (role === "dimension" && dimensionCol === null) dimensionCol = c;
    }
    if (weightCol === null || (itemCol === null && dimensionCol === null)) continue;
    const scoreCols: number[] = [];
    for (let c = weightCol + 1; c <= view.right; c++)
      if (headerRole(view.text(header, c))?.role === "score" && holdsFigures(view, header, c)) scoreCols.push(c);
    if (scoreCols.length === 0) continue;
    const items: ScoreItemInput[] = [];
    let last = header;
    let dimension = "";
    for (let r = header + 1; r <= view.bottom && !taken.has(r) && !view.isBlankRow(r); r++) {
      const nameCol = itemCol ?? dimensionCol ?? weightCol;
      const item = view.text(r, nameCol);
      last = r;
      if (isAggregateLabel(item) || isAggregateLabel(view.text(r, dimensionCol ?? nameCol))) continue;
      if (dimensionCol !== null && view.text(r, dimensionCol) !== "") dimension = view.text(r, dimensionCol);
      const weight = sourceCell(view, r, weightCol);
      items.push({
        dimension,
        item,
        itemCell: view.address(r, nameCol),
        weight: parseValue(view.cell(r, weightCol)).kind === "missing" ? null : weight,
        scores: scoreCols.map((c) => sourceCell(view, r, c)),
      });
    }
    for (let r = header; r <= last; r++) taken.add(r);
    const left = Math.min(dimensionCol ?? weightCol, itemCol ?? weightCol);
    const right = maxOf(scoreCols);
    const title = header - 1 >= view.top && !view.isBlankRow(header - 1) ? view.text(header - 1, left) || null : null;
    const table: DetectedTable = { kind: "scoreSheet", range: rangeOf(view, header, left, last, right), title };
    const columns = scoreCols.map((c) => ({ header: view.text(header, c), address: view.address(header, c) }));
    found.push({
      table,
      scorecard: {
        table: firstTable + found.length,
        title,
        columns,
        items,
        weightHeader: view.address(header, weightCol),
      },
    });
  }
  return found;
}
