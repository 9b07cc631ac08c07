import type { PeriodInput, SourceCell } from "../analysis/indicator-input";
import { parseValue } from "../values/parse-value";
import { asPoints } from "./cells";
import type { ColumnShape, PeriodColumns } from "./column-shape";
import type { SheetView } from "./sheet-view";

/**
 * One row holding several lines in each cell, the lines of a heading's items stacked ("本地公司 /
 * 以印本形式交付的文件 / 以電子形式交付的文件" beside "95\n90" and "99\n99", as Hong Kong's pledge
 * pages print them): each line is an item of its own, its figures the same line of each cell. The
 * name cell may hold one line more, the items' heading.
 */
export interface StackedRow {
  readonly heading: string | null;
  readonly lines: ReadonlyArray<{ readonly name: string; readonly periods: PeriodInput[] }>;
}

function linesOf(view: SheetView, r: number, c: number): string[] {
  const raw = view.cell(r, c).value;
  return typeof raw === "string"
    ? raw
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "")
    : [];
}

function figureCols(periods: readonly PeriodColumns[]): number[] {
  return periods.flatMap((p) => [p.target, p.actual, p.reported].filter((c): c is number => c !== undefined));
}

/** The count of lines every filled figure cell holds, each a figure or blank; null where they differ. */
function stackDepth(view: SheetView, r: number, cols: readonly number[]): number | null {
  let depth: number | null = null;
  for (const c of cols) {
    if (view.text(r, c) === "") continue;
    const lines = linesOf(view, r, c);
    if (lines.length < 2 || (depth !== null && lines.length !== depth)) return null;
    if (!lines.every((l) => ["number", "missing"].includes(parseValue({ value: l }).kind))) return null;
    depth = lines.length;
  }
  return depth;
}

export function stackedRow(view: SheetView, r: number, shape: ColumnShape): StackedRow | null {
  const depth = stackDepth(view, r, figureCols(shape.periods));
  if (depth === null) return null;
  const names = linesOf(view, r, shape.nameCol);
  if (names.length !== depth && names.length !== depth + 1) return null;
  const heading = names.length === depth + 1 ? (names[0] ?? null) : null;
  const own = heading === null ? names : names.slice(1);
  const line = (c: number | undefined, j: number, points: boolean | undefined): SourceCell | null => {
    if (c === undefined) return null;
    const cell: SourceCell = {
      address: view.address(r, c),
      value: parseValue({ value: linesOf(view, r, c)[j] ?? null }),
    };
    return points ? asPoints(cell) : cell;
  };
  return {
    heading,
    lines: own.map((name, j) => ({
      name,
      periods: shape.periods.map((p) => ({
        period: p.period,
        target: line(p.target, j, p.targetInPoints),
        actual: line(p.actual, j, p.actualInPoints),
        reported: line(p.reported, j, p.reportedInPoints),
        ratings: [],
      })),
    })),
  };
}
