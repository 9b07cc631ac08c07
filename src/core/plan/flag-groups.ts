import { addressOf } from "../layout/grid";
import { REPORT_MARKER, type ConditionalFormatPlan } from "./write-plan";

/** A user's actual cell to flag, and the report row (0-based) whose hidden cell says whether it is below target. */
export interface FlagCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly reportRow: number;
}

const FILL = "FFC7CE";
const FONT = "9C0006";

type Axis = "row" | "col";

/**
 * The rule reads the report's below-target cell through the report's marker name (a defined name
 * on its A1), not the figures' own expressions, which run to hundreds of characters with text
 * figures: the formula stays under 60 characters, so no host's limit on a rule's formula applies,
 * and a name, unlike a sheet reference, follows the report when a re-run replaces or renames it.
 * ROW() (down a column) or COLUMN() (along a row) of the flagged cell plus a fixed offset gives the
 * report row, so one rule serves a run of cells whose report rows advance with them.
 */
function rule(run: readonly FlagCell[], along: Axis, column: number): ConditionalFormatPlan | null {
  const first = run[0];
  const last = run[run.length - 1];
  if (first === undefined || last === undefined) return null;
  const range =
    first === last
      ? addressOf(first.row, first.col)
      : `${addressOf(first.row, first.col)}:${addressOf(last.row, last.col)}`;
  const offset = offsetOf(first, along);
  const position = `${along === "row" ? "ROW()" : "COLUMN()"}${offset < 0 ? "" : "+"}${offset}`;
  const formula = `OFFSET(${REPORT_MARKER},${position},${column})`;
  return { kind: "expression", sheet: first.sheet, range, formula, fill: FILL, fontColor: FONT };
}

/** ROW() and COLUMN() count from 1; OFFSET from the marker's A1 counts rows from 0. */
function offsetOf(cell: FlagCell, along: Axis): number {
  return cell.reportRow - cell[along] - 1;
}

/** Splits cells, sorted along one axis, into runs of neighbours on that axis. */
function runs(cells: readonly FlagCell[], along: Axis): FlagCell[][] {
  const sorted = [...cells].sort((a, b) => a[along] - b[along]);
  const out: FlagCell[][] = [];
  let current: FlagCell[] = [];
  for (const cell of sorted) {
    const last = current[current.length - 1];
    if (last !== undefined && cell[along] !== last[along] + 1) {
      out.push(current);
      current = [];
    }
    current.push(cell);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function groupBy(cells: readonly FlagCell[], key: (c: FlagCell) => string): FlagCell[][] {
  const map = new Map<string, FlagCell[]>();
  for (const cell of cells) {
    const k = key(cell);
    const group = map.get(k);
    if (group) group.push(cell);
    else map.set(k, [cell]);
  }
  return [...map.values()];
}

/**
 * Neighbouring cells whose report rows advance with them share one conditional format, as a person
 * would set it up: a long table gets one rule for its whole actual column (report rows follow its
 * rows), a multi-year block one per row (report rows follow its columns). `column` is the report's
 * hidden below-target column (0-based).
 */
export function groupFlags(cells: readonly FlagCell[], column: number): ConditionalFormatPlan[] {
  const out: ConditionalFormatPlan[] = [];
  const down = groupBy(cells, (c) => `${c.sheet}\u0000${c.col}\u0000${offsetOf(c, "row")}`).flatMap((g) =>
    runs(g, "row"),
  );
  const singles = down.filter((run) => run.length === 1).flat();
  const along = groupBy(singles, (c) => `${c.sheet}\u0000${c.row}\u0000${offsetOf(c, "col")}`).flatMap((g) =>
    runs(g, "col"),
  );
  for (const run of down.filter((r) => r.length > 1)) {
    const planned = rule(run, "row", column);
    if (planned) out.push(planned);
  }
  for (const run of along) {
    const planned = rule(run, "col", column);
    if (planned) out.push(planned);
  }
  return out;
}
