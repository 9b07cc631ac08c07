import type { PeriodInput, Verdict } from "../analysis/indicator-input";
import { metInStatus } from "../values/status-words";
import { parseValue } from "../values/parse-value";
import type { ColumnShape } from "./column-shape";
import type { SheetView } from "./sheet-view";

/** Where a table states its own verdict on each row's target: a status in words, or a score out of a weight. */
export interface VerdictColumns {
  readonly status: number | null;
  readonly weight: number | null;
  readonly scores: readonly number[];
}

/**
 * The one column whose header asks whether the target was met ("Met Target", 是否達成, "Status"),
 * where the header has exactly one: with two (Met or Exceeded | Within 3% of …), each holds a mark
 * whose meaning is its header, not a verdict in words. "On track to meet target?" forecasts the
 * year's end: a result below its target may be on track. And a self-evaluation's 指标得分 beside its
 * 指标权重: full marks say the target was met.
 */
export function verdictColumns(shape: ColumnShape): VerdictColumns | null {
  const status = shape.band.columns.filter((c) => c.role === "status" && c.word !== "ontrack");
  const scores = shape.weightCol === null ? [] : shape.band.columns.filter((c) => c.role === "score").map((c) => c.col);
  const one = status.length === 1 && status[0] ? status[0].col : null;
  return one === null && scores.length === 0 ? null : { status: one, weight: shape.weightCol, scores };
}

function numberAt(view: SheetView, r: number, c: number): number | null {
  const value = parseValue({ value: view.text(r, c) });
  return value.kind === "number" && !value.percent ? value.value : null;
}

/** The row's verdict: its status in words, or full marks (a score equal to its weight, the weight above 0). */
function verdictOf(view: SheetView, r: number, cols: VerdictColumns): Verdict | null {
  const met = cols.status === null ? null : metInStatus(view.text(r, cols.status));
  if (met !== null && cols.status !== null) return { address: view.address(r, cols.status), met, by: "words" };
  const weight = cols.weight === null ? null : numberAt(view, r, cols.weight);
  if (weight === null || weight <= 0) return null;
  const full = cols.scores.find((c) => numberAt(view, r, c) === weight);
  return full === undefined ? null : { address: view.address(r, full), met: true, by: "score" };
}

/**
 * The row's verdict set on its one period with both a target and a result: the period the verdict
 * can be about. Unchanged where the row states none, or where no one period has both.
 */
export function withVerdict(view: SheetView, r: number, periods: PeriodInput[], cols: VerdictColumns): PeriodInput[] {
  const both = periods.filter((p) => p.target?.value.kind === "number" && p.actual?.value.kind === "number");
  const [only] = both;
  if (only === undefined || both.length !== 1) return periods;
  const met = verdictOf(view, r, cols);
  return met === null ? periods : periods.map((p) => (p === only ? { ...p, met } : p));
}
