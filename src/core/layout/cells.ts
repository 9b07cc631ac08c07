import type { SourceCell } from "../analysis/indicator-input";
import { FOOTNOTE_MARK, parseValue } from "../values/parse-value";
import type { SheetView } from "./sheet-view";

export function sourceCell(view: SheetView, row: number, col: number): SourceCell {
  return { address: view.address(row, col), value: parseValue(view.cell(row, col)) };
}

/**
 * A row's filled cells left to right (a merged area's tail is none), stopping once there are more
 * than `atMost`: a caller asking "two cells, no more" reads three at the most on a wide row.
 */
export function filledCells(view: SheetView, row: number, atMost: number): Array<{ col: number; text: string }> {
  const cells: Array<{ col: number; text: string }> = [];
  for (let c = view.left; c <= view.right && cells.length <= atMost; c++) {
    const text = view.text(row, c);
    if (text !== "" && !view.isMergedTail(row, c)) cells.push({ col: c, text });
  }
  return cells;
}

export function isFigure(view: SheetView, row: number, col: number): boolean {
  return parseValue(view.cell(row, col)).kind === "number";
}

export function rangeOf(view: SheetView, top: number, left: number, bottom: number, right: number): string {
  return `${view.address(top, left)}:${view.address(bottom, right)}`;
}

/** "關鍵績效指標 1：加強防制人口販運" → "加強防制人口販運"; "KPI 2: Trained" → "Trained". */
export function indicatorNameFromTitle(title: string): string {
  const stripped = title
    .replace(/^.*?指標\s*[0-9一二三四五六七八九十]*\s*[:：]\s*/, "")
    // "KPI 1.1 Percentage of …" has no separator: its number is a section's, kept with the name.
    .replace(/^(?:KPI|Indicator)\s*(?:[0-9]+(?:\.[0-9]+)*)?\s*(?:[:：\-–]|\.(?=\s))\s*/i, "")
    .trim();
  return stripped === "" ? title.trim() : stripped;
}

/** Indented component rows: leading spaces, an indent level, or list numbering such as (1) 1. （一） -. */
export function looksIndented(view: SheetView, row: number, col: number): boolean {
  const cell = view.cell(row, col);
  if (typeof cell.indent === "number" && cell.indent > 0) return true;
  if (typeof cell.value !== "string") return false;
  return (
    /^[\s\u3000]+\S/.test(cell.value) ||
    /^(?:[(（][0-9一二三四五六七八九十]+[)）]|[0-9]+[.、]|[-－•・└]\s*)/.test(cell.value.trim())
  );
}

/** 69.86 under "執行率(%)" is 69.86%: read it as the fraction, at its written precision. */
export function asPoints(cell: SourceCell): SourceCell {
  const v = cell.value;
  if (v.kind !== "number" || v.percent) return cell;
  return { ...cell, value: { ...v, value: v.value / 100, step: v.step / 100, percent: true, unit: "%" } };
}

/**
 * "7 200\n(7 200)", "below 4.5\n(4.49)", "1,800\n(817[22]\nhalf-year figure)": a target with its
 * actual in brackets below it, as a column headed "Target (actual)" holds them. The bracket's first
 * line is the figure; what follows it there is a note. Null unless both parts are figures.
 */
export function targetWithBracketedActual(
  view: SheetView,
  row: number,
  col: number,
): { target: SourceCell; actual: SourceCell } | null {
  const raw = view.cell(row, col).value;
  if (typeof raw !== "string") return null;
  const match = /^([^()（）]+?)\s*[(（]([^()（）]+)[)）]\s*(?:\[\d{1,2}\])?\s*$/.exec(raw.trim());
  if (!match?.[1] || !match[2]) return null;
  const figureLine = (match[2].split(/\r?\n/)[0] ?? "").trim().replace(FOOTNOTE_MARK, "");
  const target = parseValue({ value: match[1] });
  const actual = parseValue({ value: figureLine });
  if (target.kind !== "number" || actual.kind !== "number") return null;
  const address = view.address(row, col);
  return { target: { address, value: target }, actual: { address, value: actual } };
}
