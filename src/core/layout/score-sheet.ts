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

/** The columns a score sheet's header names: the weight, the item, its dimension and the scores. */
interface ScoreColumns {
  readonly weightCol: number;
  readonly itemCol: number | null;
  readonly dimensionCol: number | null;
  readonly scoreCols: readonly number[];
  /** Whether the header also names a target and a result, or a budget and its spending: rows read as indicators too. */
  readonly measured: boolean;
}

function scoreColumnsAt(view: SheetView, header: number): ScoreColumns | null {
  // A header holds words only: a row with a stored number is data (and reading every data row's
  // words as headers was most of the time spent on a long sheet).
  if (rowHoldsNumber(view, header)) return null;
  let weightCol: number | null = null;
  let itemCol: number | null = null;
  let dimensionCol: number | null = null;
  const roles = new Set<string>();
  for (let c = view.left; c <= view.right; c++) {
    const role = headerRole(view.text(header, c))?.role;
    if (role) roles.add(role);
    if (role === "weight" && weightCol === null && holdsFigures(view, header, c)) weightCol = c;
    // 評分項目, or plainly 項目 / 指標 where the sheet has a 配分 column beside it.
    if ((role === "scoreItem" || role === "indicator") && itemCol === null) itemCol = c;
    if (role === "dimension" && dimensionCol === null) dimensionCol = c;
  }
  const measured = (roles.has("target") && roles.has("actual")) || (roles.has("budget") && roles.has("executed"));
  // 预算执行情况(10分) merged down beside 年度预算数 over its lines: no word names the items, the
  // words under the header do.
  if (itemCol === null && dimensionCol === null && measured) itemCol = wordsUnder(view, header);
  if (weightCol === null || (itemCol === null && dimensionCol === null)) return null;
  const scoreCols: number[] = [];
  for (let c = weightCol + 1; c <= view.right; c++)
    if (headerRole(view.text(header, c))?.role === "score" && holdsFigures(view, header, c)) scoreCols.push(c);
  if (scoreCols.length === 0) return null;
  return { weightCol, itemCol, dimensionCol, scoreCols, measured };
}

/** The leftmost column whose cell under the header is words, not a heading merged down to it. */
function wordsUnder(view: SheetView, header: number): number | null {
  const r = header + 1;
  for (let c = view.left; c <= view.right; c++)
    if (!view.isMergedTail(r, c) && parseValue(view.cell(r, c)).kind === "text") return c;
  return null;
}

/** Finds score sheets (evaluation-scorecard-110 layout): 考核面向, 評分項目, 配分 and score columns. */
export function findScoreSheets(view: SheetView, taken: Set<number>, firstTable: number): Found[] {
  const found: Found[] = [];
  for (let header = view.top; header <= view.bottom; header++) {
    if (taken.has(header)) continue;
    const first = scoreColumnsAt(view, header);
    if (first === null) continue;
    let { weightCol, itemCol, dimensionCol, scoreCols } = first;
    let measured = first.measured;
    let right = maxOf(scoreCols);
    const items: ScoreItemInput[] = [];
    let last = header;
    let dimension = "";
    for (let r = header + 1; r <= view.bottom && !taken.has(r) && !view.isBlankRow(r); r++) {
      last = r;
      // 预算执行情况 | … | 权重 | 得分, then 绩效指标 | 一级指标 | … | 权重 | 得分 on one form: the next
      // block's header, its columns read from there on, the same score sheet.
      const next = scoreColumnsAt(view, r);
      if (next !== null && next.scoreCols.length === scoreCols.length) {
        ({ weightCol, itemCol, dimensionCol, scoreCols } = next);
        right = Math.max(right, maxOf(scoreCols));
        measured ||= next.measured;
        continue;
      }
      const nameCol = itemCol ?? dimensionCol ?? weightCol;
      const item = view.text(r, nameCol);
      if (isAggregateLabel(item) || isAggregateLabel(view.text(r, dimensionCol ?? nameCol))) continue;
      if (dimensionCol !== null && view.text(r, dimensionCol) !== "") dimension = view.text(r, dimensionCol);
      // A row with neither points nor a score ("年度总体目标 | 预期目标 | …") is no item to score.
      const blank = (c: number) => parseValue(view.cell(r, c)).kind === "missing";
      if (blank(weightCol) && scoreCols.every(blank)) continue;
      const weight = sourceCell(view, r, weightCol);
      items.push({
        dimension,
        item,
        itemCell: view.address(r, nameCol),
        weight: parseValue(view.cell(r, weightCol)).kind === "missing" ? null : weight,
        scores: scoreCols.map((c) => sourceCell(view, r, c)),
      });
    }
    // A form's rows that also hold targets and results (年度指标值 | 实际完成值) are read as indicators too.
    if (!measured) for (let r = header; r <= last; r++) taken.add(r);
    const left = Math.min(first.dimensionCol ?? first.weightCol, first.itemCol ?? first.weightCol);
    const title = header - 1 >= view.top && !view.isBlankRow(header - 1) ? view.text(header - 1, left) || null : null;
    const table: DetectedTable = { kind: "scoreSheet", range: rangeOf(view, header, left, last, right), title };
    const top = header;
    // The next block's header was this sheet's: no second score sheet from it.
    header = last;
    // The score columns as the sheet's first header names them.
    const columns = first.scoreCols.map((c) => ({ header: view.text(top, c), address: view.address(top, c) }));
    found.push({
      table,
      scorecard: {
        table: firstTable + found.length,
        title,
        columns,
        items,
        weightHeader: view.address(top, first.weightCol),
      },
    });
  }
  return found;
}
