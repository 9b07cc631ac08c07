import type { Direction } from "../measures/achievement";
import { parsePeriod } from "../values/period";
import { looksIndented, rangeOf, sourceCell } from "./cells";
import type { ComponentCell, DetectedIndicator, DetectedTable } from "./detected";
import { columnRole, type ColumnRole } from "./labels";
import type { SheetView } from "./sheet-view";

interface Found {
  readonly table: DetectedTable;
  readonly indicators: DetectedIndicator[];
}

type Columns = Partial<Record<ColumnRole, number>>;

function headerColumns(view: SheetView, row: number): Columns | null {
  const columns: Columns = {};
  for (let c = view.left; c <= view.right; c++) {
    const role = columnRole(view.text(row, c));
    if (role !== null && columns[role] === undefined) columns[role] = c;
  }
  const named = columns.indicator !== undefined || columns.goal !== undefined;
  const figures = columns.target !== undefined || columns.actual !== undefined;
  return named && figures ? columns : null;
}

function statedDirection(text: string): Direction | null {
  if (/越低越好|愈低愈好|低|lower|down/i.test(text)) return "lower";
  if (/接近|closer/i.test(text)) return "closer";
  if (/越高越好|愈高愈好|高|higher|up/i.test(text)) return "higher";
  return null;
}

/** Finds one-row-per-indicator tables (budget-performance-100 layout), header anywhere. */
export function findLongTables(view: SheetView, taken: Set<number>, firstTable: number): Found[] {
  const found: Found[] = [];
  for (let header = view.top; header <= view.bottom; header++) {
    if (taken.has(header)) continue;
    const cols = headerColumns(view, header);
    if (cols === null) continue;
    const tableIndex = firstTable + found.length;
    const indicators: DetectedIndicator[] = [];
    const nameCol = cols.indicator ?? cols.goal ?? view.left;
    const at = (role: ColumnRole, r: number) => {
      const c = cols[role];
      return c === undefined ? null : sourceCell(view, r, c);
    };
    let last = header;
    let blankRun = 0;
    for (let r = header + 1; r <= view.bottom && blankRun < 2; r++) {
      if (view.isBlankRow(r)) {
        blankRun++;
        continue;
      }
      if (taken.has(r) || headerColumns(view, r) !== null) break;
      blankRun = 0;
      last = r;
      taken.add(r);
      const name = view.text(r, nameCol) || (cols.goal !== undefined ? view.text(r, cols.goal) : "");
      const target = at("target", r);
      const actual = at("actual", r);
      const previous = indicators[indicators.length - 1];
      const period = cols.period === undefined ? null : parsePeriod(view.cell(r, cols.period).value);
      const targetBlank = target === null || target.value.kind === "missing";
      if (previous && looksIndented(view, r, nameCol) && targetBlank && actual !== null) {
        (previous.components as ComponentCell[]).push({ ...actual, name: name.trim() });
        continue;
      }
      const periodInput = { period, target, actual, reported: at("reported", r), ratings: [] };
      if (previous && period !== null && (name === "" || name === previous.name)) {
        (previous.periods as (typeof periodInput)[]).push(periodInput);
        continue;
      }
      if (name === "") continue;
      const unitCol = cols.unit;
      indicators.push({
        name,
        nameCell: view.address(r, nameCol),
        statedUnit: unitCol === undefined ? null : view.text(r, unitCol) || null,
        statedDirection: cols.direction === undefined ? null : statedDirection(view.text(r, cols.direction)),
        periods: [periodInput],
        table: tableIndex,
        components: [],
        remark: cols.remarks === undefined ? null : view.text(r, cols.remarks) || null,
      });
    }
    taken.add(header);
    const right = Math.max(...Object.values(cols));
    const left = Math.min(...Object.values(cols));
    const titleRow = header - 1 >= view.top && !view.isBlankRow(header - 1) ? header - 1 : header;
    const title = titleRow === header ? null : view.text(titleRow, left) || null;
    found.push({ table: { kind: "longTable", range: rangeOf(view, header, left, last, right), title }, indicators });
  }
  return found;
}
