import { maxOf } from "../values/arrays";
import type { PeriodInput, RatingCell, SourceCell } from "../analysis/indicator-input";
import { parsePeriod, type Period } from "../values/period";
import { indicatorNameFromTitle, rangeOf, sourceCell } from "./cells";
import { namedIndicator, type DetectedIndicator, type DetectedTable } from "./detected";
import { rowRole, type RowRole } from "./labels";
import type { SheetView } from "./sheet-view";

interface Found {
  readonly table: DetectedTable;
  readonly indicator: DetectedIndicator;
  readonly rows: readonly number[];
  /** The rows holding the block's roles (原訂目標值, 實際值 …). */
  readonly labelled: readonly number[];
  /** The header row the block's periods were read from (its own, or the block's above), and its label column. */
  readonly header: number | null;
  readonly col: number;
}

const LOOK_UP_ROWS = 4;

/** The roles a block holds once (two ratings, 初核 and 複核, may follow one another). */
const FIGURE_ROLES: ReadonlySet<RowRole> = new Set(["target", "actual", "reported"]);

function periodColumns(view: SheetView, header: number, labelCol: number): Array<{ col: number; period: Period }> {
  const out: Array<{ col: number; period: Period }> = [];
  for (let c = labelCol + 1; c <= view.right; c++) {
    const period = parsePeriod(view.cell(header, c).value);
    if (period) out.push({ col: c, period });
  }
  return out;
}

function findHeader(view: SheetView, firstRoleRow: number, col: number): number | null {
  for (let r = firstRoleRow - 1; r >= Math.max(view.top, firstRoleRow - LOOK_UP_ROWS); r--) {
    if (periodColumns(view, r, col).length > 0 || rowRole(view.text(r, col)) === "item") return r;
    if (view.isBlankRow(r)) return null;
  }
  return null;
}

function findTitle(view: SheetView, above: number): { row: number; col: number; text: string } | null {
  for (let r = above; r >= Math.max(view.top, above - 2); r--) {
    if (view.isBlankRow(r)) continue;
    for (let c = view.left; c <= view.right; c++) {
      const text = view.text(r, c);
      if (text !== "" && rowRole(text) === null) return { row: r, col: c, text };
    }
    return null;
  }
  return null;
}

/** Rows of one block: contiguous labelled rows (原訂目標值, 實際值, 達成度, 初核結果 …) in one column. */
function blockRows(view: SheetView, start: number, col: number): Array<{ row: number; role: RowRole; label: string }> {
  const rows: Array<{ row: number; role: RowRole; label: string }> = [];
  for (let r = start; r <= view.bottom; r++) {
    const label = view.text(r, col);
    const role = rowRole(label);
    if (role === null || role === "item") break;
    // Target | Actual | Target | Actual: a role again starts the next block (each named at its left).
    if (FIGURE_ROLES.has(role) && rows.some((row) => row.role === role)) break;
    rows.push({ row: r, role, label });
  }
  return rows;
}

/**
 * The name on the row between a block's header and its labelled rows ("Report Year | 2014 | …" over
 * "Total of Programs" over Actual and Target: an agency's KPM report), where one stands there.
 */
function nameBetween(view: SheetView, header: number | null, first: number): ReturnType<typeof findTitle> {
  if (header === null || header >= first - 1) return null;
  const title = findTitle(view, first - 1);
  return title !== null && title.row > header ? title : null;
}

/**
 * The header of the block above, where this block has none of its own and follows it down the same
 * column (the programmes under one "Report Year" row, each a name, then Actual and Target).
 */
function inheritedHeader(view: SheetView, above: Found | undefined, first: number, col: number): number | null {
  const header = above?.header;
  const bottom = above?.rows[above.rows.length - 1];
  if (header === undefined || header === null || bottom === undefined || above?.col !== col) return null;
  return first - bottom <= 2 && periodColumns(view, header, col).length > 0 ? header : null;
}

function readBlock(view: SheetView, anchorRow: number, col: number, tableIndex: number, above?: Found): Found | null {
  let first = anchorRow;
  const seen = new Set([rowRole(view.text(first, col))]);
  while (first - 1 >= view.top && [null, "item"].indexOf(rowRole(view.text(first - 1, col))) < 0) {
    const role = rowRole(view.text(first - 1, col));
    if (role !== null && FIGURE_ROLES.has(role) && seen.has(role)) break;
    seen.add(role);
    first--;
  }
  const own = findHeader(view, first, col);
  const header = own ?? inheritedHeader(view, above, first, col);
  const rows = blockRows(view, first, col);
  const roles = new Set(rows.map((r) => r.role));
  if (!roles.has("actual") || !(roles.has("target") || roles.has("reported"))) return null;
  const columns: Array<{ col: number; period: Period | null }> =
    header === null ? [] : periodColumns(view, header, col);
  if (columns.length === 0) columns.push({ col: col + 1, period: null });
  const title = nameBetween(view, header, first) ?? findTitle(view, (header ?? first) - 1);
  const rowOf = (role: RowRole): number | undefined => rows.find((r) => r.role === role)?.row;
  const pick = (role: RowRole, c: number): SourceCell | null => {
    const r = rowOf(role);
    return r === undefined ? null : sourceCell(view, r, c);
  };
  const periods: PeriodInput[] = columns.map(({ col: c, period }) => ({
    period,
    target: pick("target", c),
    actual: pick("actual", c),
    reported: pick("reported", c),
    ratings: rows
      .filter((r) => r.role === "rating")
      .map((r): RatingCell => ({ ...sourceCell(view, r.row, c), label: r.label })),
  }));
  const criteriaRow = rowOf("criteria");
  // "Annual Number of Parks Visitors" merged down left of its Target and Actual rows: the block's name.
  const beside = col > view.left ? new Set(rows.map((r) => view.text(r.row, col - 1))) : new Set<string>();
  const [besideName] = beside;
  const name =
    beside.size === 1 && besideName
      ? besideName
      : title
        ? indicatorNameFromTitle(title.text)
        : criteriaRow !== undefined
          ? view.text(criteriaRow, col + 1)
          : view.address(first, col);
  // A header shared with the block above stays that block's: this one starts at its name.
  const top = Math.min(title?.row ?? first, own ?? first);
  const bottom = rows[rows.length - 1]?.row ?? first;
  const right = maxOf(columns.map((c) => c.col));
  const used: number[] = [];
  for (let r = top; r <= bottom; r++) used.push(r);
  return {
    table: {
      kind: "multiYear",
      range: rangeOf(view, top, col, bottom, right),
      title: title?.text ?? null,
      reading: {
        layout: "multiYear",
        header: header === null ? "" : rangeOf(view, header, col, header, right),
        columns: [
          ...columns.map(({ col: c, period }) => ({
            cell: view.address(header ?? first, c),
            header: view.text(header ?? first, c),
            role: "period" as const,
            word: null,
            period: period?.label ?? null,
            used: true,
          })),
          ...rows.map((r) => ({
            cell: view.address(r.row, col),
            header: r.label,
            role: r.role === "item" ? null : r.role,
            word: r.label,
            period: null,
            used: true,
          })),
        ],
      },
    },
    indicator: namedIndicator(name, title ? view.address(title.row, title.col) : null, periods, tableIndex),
    rows: used,
    labelled: rows.map((r) => r.row),
    header,
    col,
  };
}

/** Finds every multi-year block on the sheet (kpi-report-107 layout), wherever it starts. */
export function findMultiYearBlocks(view: SheetView, taken: Set<number>, firstTable: number): Found[] {
  const found: Found[] = [];
  for (let r = view.top; r <= view.bottom; r++) {
    if (taken.has(r)) continue;
    for (let c = view.left; c <= view.right; c++) {
      if (rowRole(view.text(r, c)) !== "actual") continue;
      const block = readBlock(view, r, c, firstTable + found.length, found[found.length - 1]);
      // The block's own labelled rows must be free; its header and title may be the block's above.
      if (block && block.labelled.every((row) => !taken.has(row))) {
        found.push(block);
        for (const row of block.rows) taken.add(row);
      }
      break;
    }
  }
  return found;
}
