import { addressOf } from "../layout/grid";
import { r1c1ToA1 } from "./r1c1";
import type { ConditionalFormatPlan } from "./write-plan";

/** One below-target condition, in R1C1 relative to the actual cell it flags. */
export interface FlagCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly r1c1: string;
}

const FILL = "FFC7CE";
const FONT = "9C0006";

function rule(
  sheet: string,
  top: number,
  left: number,
  bottom: number,
  right: number,
  r1c1: string,
): ConditionalFormatPlan {
  const range =
    top === bottom && left === right ? addressOf(top, left) : `${addressOf(top, left)}:${addressOf(bottom, right)}`;
  // A rule's formula is relative to the top-left cell of the range it applies to.
  return { kind: "expression", sheet, range, formula: r1c1ToA1(r1c1, top, left), fill: FILL, fontColor: FONT };
}

/** Splits cells, sorted along one axis, into runs of neighbours on that axis. */
function runs(cells: readonly FlagCell[], along: "row" | "col"): FlagCell[][] {
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

function ruleForRun(run: readonly FlagCell[]): ConditionalFormatPlan | null {
  const first = run[0];
  const last = run[run.length - 1];
  if (first === undefined || last === undefined) return null;
  return rule(first.sheet, first.row, first.col, last.row, last.col, first.r1c1);
}

/**
 * Adjacent cells with the same relative rule share one conditional format, as a person would set
 * it up: a long table gets one rule for its whole actual column, a multi-year block one per row.
 */
export function groupFlags(cells: readonly FlagCell[]): ConditionalFormatPlan[] {
  const out: ConditionalFormatPlan[] = [];
  for (const group of groupBy(cells, (c) => `${c.sheet}\u0000${c.r1c1}`)) {
    const vertical = groupBy(group, (c) => String(c.col)).flatMap((column) => runs(column, "row"));
    const singles = vertical.filter((run) => run.length === 1).flat();
    const horizontal = groupBy(singles, (c) => String(c.row)).flatMap((row) => runs(row, "col"));
    for (const run of [...vertical.filter((r) => r.length > 1), ...horizontal]) {
      const planned = ruleForRun(run);
      if (planned) out.push(planned);
    }
  }
  return out;
}
