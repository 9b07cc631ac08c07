import type { SourceCell } from "../analysis/indicator-input";
import type { NumberValue, Qualifier } from "../values/cell-value";
import { parseValue } from "../values/parse-value";
import { filledCells } from "./cells";
import { headerRole } from "./header-words";
import { listFound, type ListFound } from "./listed-indicators";
import type { SheetView } from "./sheet-view";

/**
 * Indicators written as records, one line each, no table (a council's statutory KPIs: "Indicator: |
 * The average processing time …", "Target: | A maximum of 30 weeks.", "Year-end result: | 67.4
 * weeks."; a housing association's commitments: the measure's sentence, then "Target: 95%" and
 * "Target exceeded: 97.4%" in one cell each). A record starts at its name and holds a target line
 * and a result line; two records at least make a list.
 */

interface Line {
  readonly row: number;
  /** The label before the colon, or null for a line of its own (a measure's sentence). */
  readonly label: string | null;
  readonly text: string;
  /** The cell the value stands in. */
  readonly address: string;
}

type Slot = "name" | "target" | "actual" | "other";

/** A label is short: "Year-end result", "Current performance", "Target exceeded". */
const LABEL = /^([^:：]{2,30})[:：]\s*(.*)$/;
/** The rows of one record at most, its name to its last line. */
const RECORD_ROWS = 8;
/** Records a list needs at least, so that a stray "Target:" line is never read as one. */
const MIN_RECORDS = 2;

/** The row as a line: one cell ("Target: 95%", or a sentence), or a label cell and a value cell. */
function lineAt(view: SheetView, r: number): Line | null {
  const cells = filledCells(view, r, 2);
  const [first, second] = cells;
  if (first === undefined || cells.length > 2) return null;
  if (second !== undefined) {
    if (!/[:：]$/.test(first.text)) return null;
    return {
      row: r,
      label: first.text.replace(/[:：]$/, "").trim(),
      text: second.text,
      address: view.address(r, second.col),
    };
  }
  const labelled = LABEL.exec(first.text);
  const label = labelled?.[1]?.trim() ?? null;
  return {
    row: r,
    label,
    text: label === null ? first.text : (labelled?.[2] ?? ""),
    address: view.address(r, first.col),
  };
}

/** What a line's label says of its value. "Target exceeded: 97.4%" states the result, as "Target met" does. */
function slotOf(line: Line): Slot {
  if (line.label === null) return "name";
  const label = line.label.toLowerCase();
  if (/\btarget\s+(?:exceeded|met|achieved|not\s+met|missed)\b/.test(label)) return "actual";
  if (/\b(?:performance|results?|outturn)$/.test(label)) return "actual";
  const role = headerRole(line.label)?.role;
  if (role === "indicator") return "name";
  return role === "target" || role === "actual" ? role : "other";
}

/** "A maximum of 30 weeks.", "*99.8%", "A minimum of 70%": the figure, and a bound the words state. */
function valueOf(line: Line): SourceCell | null {
  let text = line.text.replace(/^[*†‡]+\s*/, "").replace(/\.$/, "");
  let qualifier: Qualifier | null = null;
  const bound = /^(?:an?\s+)?(maximum|minimum)\s+of\s+/i.exec(text);
  if (bound?.[1] !== undefined) {
    qualifier = bound[1].toLowerCase() === "maximum" ? "atMost" : "atLeast";
    text = text.slice(bound[0].length);
  }
  const value = parseValue({ value: text });
  if (value.kind !== "number") return null;
  const figure: NumberValue = { ...value, qualifier: qualifier ?? value.qualifier, raw: line.text };
  return { address: line.address, value: figure };
}

interface RecordRead {
  readonly name: Line;
  readonly target: SourceCell | null;
  readonly actual: SourceCell | null;
  readonly last: number;
}

/** The record that starts at a name line: its target and result lines, up to the next name. */
function recordAt(view: SheetView, r: number): RecordRead | null {
  const name = lineAt(view, r);
  if (name === null || slotOf(name) !== "name" || parseValue({ value: name.text }).kind === "number") return null;
  let target: SourceCell | null = null;
  let actual: SourceCell | null = null;
  let last = r;
  for (let k = r + 1; k <= Math.min(view.bottom, r + RECORD_ROWS); k++) {
    if (view.isBlankRow(k)) continue;
    const line = lineAt(view, k);
    if (line === null) break;
    const slot = slotOf(line);
    if (slot === "name") break;
    if (slot === "target") target ??= valueOf(line);
    if (slot === "actual") actual ??= valueOf(line);
    last = k;
  }
  return target !== null && actual !== null ? { name, target, actual, last } : null;
}

/** Finds every list of such records on a sheet, claiming its rows. */
export function findRecordBlocks(view: SheetView, taken: Set<number>, firstTable: number): ListFound[] {
  const found: ListFound[] = [];
  for (let r = view.top; r <= view.bottom; r++) {
    if (taken.has(r)) continue;
    const records: RecordRead[] = [];
    for (let k = r, next = recordAt(view, k); next !== null; next = recordAt(view, k)) {
      records.push(next);
      k = next.last + 1;
      while (k <= view.bottom && view.isBlankRow(k)) k++;
      // A line of its own after the result ("80,390 required, 80,211 completed") closes the record.
      if (recordAt(view, k) === null && recordAt(view, k + 1) !== null) k++;
    }
    if (records.length < MIN_RECORDS || records.some((x) => taken.has(x.last))) continue;
    const last = records[records.length - 1]?.last ?? r;
    const items = records.map((x) => ({
      name: x.name.text,
      nameAddress: x.name.address,
      target: x.target,
      actual: x.actual,
    }));
    found.push(listFound(view, { top: r, last, lookUp: RECORD_ROWS }, items, firstTable + found.length, taken));
    r = last;
  }
  return found;
}
