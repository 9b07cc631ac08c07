import type { PeriodInput, SourceCell } from "../analysis/indicator-input";
import { agreesAtPrecision, type ReportedFigure } from "../measures/agreement";
import type { HeaderBand } from "./header-band";
import { headerRole } from "./header-words";
import type { SheetView } from "./sheet-view";

/**
 * Roles down the rows: a column between the names and the figures whose cells say what each row
 * holds ("Budget Estimates | Revised Estimates | Actual Expenditure" under one scheme, 預算數 | 實支數
 * under one plan). A name's rows are then one indicator: its budget or target, and its result, in
 * each period across.
 */
export type Slot = "target" | "actual" | "reported";

/** The slot of a figure each role word fills: a budget is what the spending is held to. */
export const SLOT: Readonly<Record<string, Slot>> = {
  target: "target",
  budget: "target",
  actual: "actual",
  executed: "actual",
  reported: "reported",
  rate: "reported",
};

/** Rows read to tell a column of roles: a few groups of a name's lines. */
const SAMPLE_ROWS = 12;

/** What row r holds, as its cell in the roles column says. */
export function slotOfRow(view: SheetView, r: number, col: number): Slot | null {
  const role = headerRole(view.text(r, col))?.role;
  return role === undefined ? null : (SLOT[role] ?? null);
}

/**
 * The roles column, where there is one: left of the first year, right of the names, its cells role
 * words on every filled row of the first rows, a result among them and a target or rate beside it.
 * `execution` where the words are a budget's and its spending's.
 */
export function rolesColumn(
  view: SheetView,
  band: HeaderBand,
  nameCol: number,
  firstYear: number,
): { col: number; execution: boolean } | null {
  for (let col = nameCol + 1; col < firstYear; col++) {
    const slots = new Set<Slot>();
    let filled = 0;
    let money = false;
    for (let r = band.bottom + 1; r <= Math.min(view.bottom, band.bottom + SAMPLE_ROWS); r++) {
      if (view.text(r, col) === "") continue;
      filled++;
      const role = headerRole(view.text(r, col))?.role;
      const slot = role === undefined ? undefined : SLOT[role];
      if (slot === undefined) {
        slots.clear();
        break;
      }
      slots.add(slot);
      money ||= role === "budget" || role === "executed";
    }
    if (filled >= 2 && slots.has("actual") && slots.size >= 2) return { col, execution: money };
  }
  return null;
}

/**
 * The roles column taken for the names: "Projected | Actual | Achieved" down column B beside each
 * measure's name merged down column A (Mississippi's performance measures). Role words are never an
 * indicator's name; the column of words left of them is.
 */
export function rolesBesideNames(
  view: SheetView,
  band: HeaderBand,
  labelCol: number,
  hasWords: (col: number) => boolean,
): { col: number; execution: boolean; nameCol: number } | null {
  const roles = rolesColumn(view, band, labelCol - 1, labelCol + 1);
  if (roles === null || roles.col !== labelCol) return null;
  for (let c = labelCol - 1; c >= view.left; c--) if (hasWords(c)) return { ...roles, nameCol: c };
  return null;
}

/** A row's figures (read as amounts, one a period) put in the slot its roles cell names. */
export function inSlot(periods: readonly PeriodInput[], slot: Slot): PeriodInput[] {
  return periods.map((p) => {
    const figure: SourceCell | null = p.actual ?? p.target;
    return {
      period: p.period,
      target: slot === "target" ? figure : null,
      actual: slot === "actual" ? figure : null,
      reported: slot === "reported" ? figure : null,
      ratings: [],
    };
  });
}

/**
 * A further line of a name (Revised Estimates under Budget Estimates) into the name's periods: a
 * later budget is the one the spending is held to, as a revised estimate replaces the first.
 */
export function foldInto(into: PeriodInput[], line: readonly PeriodInput[], slot: Slot): void {
  line.forEach((p, k) => {
    const own = into[k];
    const figure = p[slot];
    if (own === undefined || figure === null || figure.value.kind === "missing") return;
    into[k] = { ...own, [slot]: figure };
  });
}

/** A printed rate as a fraction: 103% as printed, or a bare 103 read as percent. */
function asRates(cell: SourceCell | null): ReportedFigure[] {
  const v = cell?.value;
  if (v?.kind !== "number") return [];
  return v.percent ? [{ value: v.value, step: v.step }] : [v, { value: v.value / 100, step: v.step / 100 }];
}

/**
 * A further result line whose figures are the name's result ÷ its target ("Achieved" 103% under
 * Projected 314 and Actual 322, Mississippi's measures): the rate the table states, not a second
 * result. Its own arithmetic tells it, on every period where a target and a result stand above it.
 */
export function slotByArithmetic(owner: readonly PeriodInput[], line: readonly PeriodInput[], slot: Slot): Slot {
  if (slot !== "actual") return slot;
  let agree = 0;
  for (let k = 0; k < line.length; k++) {
    const target = owner[k]?.target?.value;
    const actual = owner[k]?.actual?.value;
    const rates = asRates(line[k]?.actual ?? line[k]?.target ?? null);
    if (rates.length === 0 || target?.kind !== "number" || actual?.kind !== "number") continue;
    if (target.value === 0 || actual.value === 0) continue;
    const ratios = [actual.value / target.value, target.value / actual.value];
    if (!rates.some((r) => ratios.some((x) => agreesAtPrecision(r, x)))) return slot;
    agree++;
  }
  return agree > 0 ? "reported" : slot;
}
