import type { PeriodInput, SourceCell } from "../analysis/indicator-input";
import { periodInText, type Period } from "../values/period";
import { parseValue } from "../values/parse-value";
import { rangeOf, sourceCell } from "./cells";
import { namedIndicator, type DetectedIndicator, type DetectedTable } from "./detected";
import { headerRole } from "./header-words";
import type { SheetView } from "./sheet-view";
import { titleAbove } from "./title";

/**
 * One indicator under its title, its years down one column of labels and its figures in the column
 * beside them, with no header row (US performance and accountability reports: "2001 | 181", …,
 * "2005 Result | 167", "2005 Plan | 145", or "2003 Results | 20,342" then "Target | 20,000"): each
 * label says the year and what the figure is, a result unless it says plan or target.
 */

interface Found {
  readonly table: DetectedTable;
  readonly indicator: DetectedIndicator;
}

/** A label is short: "2005 Result", "FY Results History". */
const LABEL_LENGTH = 30;
/** Cells a block's row holds at most: a heading, a label and its figure. */
const MAX_CELLS_IN_ROW = 3;
/** Years of results a block needs at least, so that two stray pairs are never read as one. */
const MIN_YEARS = 3;

type Slot = "actual" | "target";

interface Entry {
  readonly row: number;
  readonly period: Period | null;
  readonly slot: Slot;
  readonly cell: SourceCell;
}

/** What a label says of the figure beside it: its year (or none: "Target") and whether result or plan. */
function labelled(view: SheetView, r: number, c: number): Omit<Entry, "row" | "cell"> | null {
  const label = view.text(r, c).trim();
  if (label === "" || label.length > LABEL_LENGTH) return null;
  const period = periodInText(label);
  const rest = (period ? label.replace(period.label, "") : label).replace(/^\s*FY\s*/i, "").trim();
  if (rest === "")
    return period && /^(?:FY\s*)?\d{4}(?:[/-]\d{2,4})?$/i.test(label) ? { period, slot: "actual" } : null;
  const role = headerRole(rest)?.role;
  if (role === "actual") return { period, slot: "actual" };
  if (role === "target" && !/strategic|long[-\s]?term/i.test(rest)) return { period, slot: "target" };
  return null;
}

/**
 * Whether a row holds more than a block's label, figure and perhaps a heading. Asked of every row of
 * a sheet: it stops at the fourth filled cell, so a wide table's rows cost a few cells each.
 */
function crowded(view: SheetView, r: number): boolean {
  let count = 0;
  for (let c = view.left; c <= view.right; c++)
    if (!view.isMergedTail(r, c) && view.text(r, c) !== "" && ++count > MAX_CELLS_IN_ROW) return true;
  return false;
}

function entryAt(view: SheetView, r: number, c: number): Entry | null {
  if (crowded(view, r) || parseValue(view.cell(r, c + 1)).kind !== "number") return null;
  const label = labelled(view, r, c);
  return label && { ...label, row: r, cell: sourceCell(view, r, c + 1) };
}

/** The rows of a block from its first entry: entries, and rows of words between them (Rating, Impact). */
function blockFrom(view: SheetView, first: number, c: number): Entry[] {
  const entries: Entry[] = [];
  for (let r = first; r <= view.bottom && !view.isBlankRow(r); r++) {
    const entry = entryAt(view, r, c);
    if (entry) entries.push(entry);
    else if (parseValue(view.cell(r, c + 1)).kind === "number" || view.text(r, c) === "") break;
  }
  return entries;
}

/** The entries as periods: a target with no year of its own ("Target") belongs to the last result's year. */
function periodsOf(entries: readonly Entry[]): PeriodInput[] {
  const byLabel = new Map<string, PeriodInput>();
  let lastResult: Period | null = null;
  for (const e of entries) {
    const period: Period | null = e.period ?? (e.slot === "target" ? lastResult : null);
    if (period === null) continue;
    if (e.slot === "actual") lastResult = period;
    const known = byLabel.get(period.label) ?? { period, target: null, actual: null, reported: null, ratings: [] };
    byLabel.set(period.label, { ...known, [e.slot]: known[e.slot] ?? e.cell });
  }
  return [...byLabel.values()];
}

function blockAt(view: SheetView, r: number, tableIndex: number): { found: Found; last: number } | null {
  for (let c = view.left; c < view.right; c++) {
    if (entryAt(view, r, c) === null) continue;
    const entries = blockFrom(view, r, c);
    const years = new Set(entries.filter((e) => e.slot === "actual" && e.period).map((e) => e.period?.label));
    const title = titleAbove(view, r);
    if (years.size < MIN_YEARS || title === null) continue;
    const last = entries[entries.length - 1]?.row ?? r;
    const indicator = namedIndicator(title, null, periodsOf(entries), tableIndex);
    const table: DetectedTable = { kind: "longTable", range: rangeOf(view, r, c, last, c + 1), title };
    return { found: { table, indicator }, last };
  }
  return null;
}

/** Finds every such block on a sheet, claiming its rows. */
export function findLabelledSeries(view: SheetView, taken: Set<number>, firstTable: number): Found[] {
  const found: Found[] = [];
  for (let r = view.top; r <= view.bottom; r++) {
    if (taken.has(r) || crowded(view, r)) continue;
    const block = blockAt(view, r, firstTable + found.length);
    if (block === null) continue;
    found.push(block.found);
    for (let k = r; k <= block.last; k++) taken.add(k);
    r = block.last;
  }
  return found;
}
