import type { PeriodInput } from "../analysis/indicator-input";
import { periodInText, type Period } from "../values/period";
import { maxOf } from "../values/arrays";
import { isFigure, rangeOf, sourceCell } from "./cells";
import { namedIndicator, type DetectedIndicator, type DetectedTable } from "./detected";
import type { HeaderBand } from "./header-band";
import { headerKey, headerRole } from "./header-words";
import type { SheetView } from "./sheet-view";
import { titleAbove } from "./title";

/**
 * Units across and the roles in the row labels: "National £ | Hampshire North £" over "1995–96
 * target" / "1995–96 achievement" under each measure's heading (the UK Benefits Agency's answer), or
 * "MC | PQ | MOIA" over "Target % answered by due date" / "Actual % answered by due date" (the NZ
 * Treasury). Each measure, in each unit across, is one indicator: its target and result in the
 * period its labels name.
 */

type Slot = "target" | "actual";

interface LabelledRow {
  readonly row: number;
  readonly slot: Slot;
  readonly period: Period | null;
  readonly measure: string;
}

/** The slot a label's role word fills. "Achievement" beside a target is its result, as printed. */
function slotOf(label: string): { slot: Slot; word: string } | null {
  const match = headerRole(label);
  if (match === null) return null;
  if (match.role === "target") return { slot: "target", word: match.word };
  if (match.role === "actual" || match.role === "reported") return { slot: "actual", word: match.word };
  return null;
}

/** The measure a label names once its role word and period are taken out: "Target % answered by due date". */
function measureOf(label: string, word: string, period: Period | null): string {
  const lower = label.toLowerCase();
  const at = lower.indexOf(word);
  const without = at < 0 ? label : label.slice(0, at) + label.slice(at + word.length);
  const undated = period === null ? without : without.replace(period.label, "").replace(/\d{4}\s*[–-]\s*\d{2,4}/, "");
  // "實際值 …" matched by 實際: the rest of the role's word ("值", "數") is no part of the measure.
  return undated
    .replace(/\(\d\)/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[值數]\s*|^[:：\-–]\s*/, "");
}

/** The units across: headed columns right of the labels, with figures under them. */
function unitColumns(view: SheetView, band: HeaderBand, labelCol: number): number[] {
  return band.columns
    .filter((c) => c.col > labelCol && c.role === null && c.period === null && c.text !== "")
    .map((c) => c.col);
}

/** The labelled rows under the header, to the first blank row, each under the last heading above it. */
function labelledRows(view: SheetView, band: HeaderBand, labelCol: number, units: readonly number[]): LabelledRow[] {
  const rows: LabelledRow[] = [];
  let heading = "";
  for (let r = band.bottom + 1; r <= view.bottom && !view.isBlankRow(r); r++) {
    const label = view.text(r, labelCol);
    if (label === "") continue;
    const slot = slotOf(label);
    if (slot === null) {
      if (!units.some((c) => isFigure(view, r, c))) heading = label.replace(/\(\d\)$/, "").trim();
      continue;
    }
    const period = periodInText(label);
    const own = measureOf(label, slot.word, period);
    const measure = own === "" || /^[(（]?\d[)）]?$/.test(own) ? heading : own;
    if (measure !== "") rows.push({ row: r, slot: slot.slot, period, measure });
  }
  return rows;
}

/** Measures in the order met, each with its rows; only those with a target and a result. */
function measuresOf(rows: readonly LabelledRow[]): Array<{ measure: string; rows: LabelledRow[] }> {
  const byKey = new Map<string, { measure: string; rows: LabelledRow[] }>();
  for (const row of rows) {
    const key = headerKey(row.measure);
    const group = byKey.get(key) ?? { measure: row.measure, rows: [] };
    group.rows.push(row);
    byKey.set(key, group);
  }
  return [...byKey.values()].filter(
    (g) => g.rows.some((r) => r.slot === "target") && g.rows.some((r) => r.slot === "actual"),
  );
}

function periodsOf(view: SheetView, rows: readonly LabelledRow[], col: number): PeriodInput[] {
  const labels: Array<Period | null> = [];
  for (const row of rows) if (!labels.some((p) => p?.label === row.period?.label)) labels.push(row.period);
  return labels.map((period) => {
    const at = (slot: Slot) => rows.find((r) => r.slot === slot && r.period?.label === period?.label);
    const target = at("target");
    const actual = at("actual");
    return {
      period,
      target: target ? sourceCell(view, target.row, col) : null,
      actual: actual ? sourceCell(view, actual.row, col) : null,
      reported: null,
      ratings: [],
    };
  });
}

export function readRolesInLabels(
  view: SheetView,
  band: HeaderBand,
  taken: Set<number>,
  tableIndex: number,
): { table: DetectedTable; indicators: DetectedIndicator[]; last: number } | null {
  const labelCol = view.left;
  const units = unitColumns(view, band, labelCol);
  if (units.length < 2) return null;
  const rows = labelledRows(view, band, labelCol, units);
  if (rows.some((r) => taken.has(r.row))) return null;
  const measures = measuresOf(rows);
  if (measures.length === 0) return null;
  const indicators: DetectedIndicator[] = [];
  for (const { measure, rows: own } of measures)
    for (const col of units) {
      const name = `${measure}／${view.text(band.top, col)}`;
      indicators.push(
        namedIndicator(name, view.address(own[0]?.row ?? band.top, labelCol), periodsOf(view, own, col), tableIndex),
      );
    }
  const last = maxOf(rows.map((r) => r.row));
  for (let r = band.top; r <= last; r++) taken.add(r);
  return {
    table: {
      kind: "wide",
      range: rangeOf(view, band.top, labelCol, last, maxOf(units)),
      title: titleAbove(view, band.top),
      period: null,
    },
    indicators,
    last,
  };
}
