import { periodInText, type Period } from "../values/period";
import { headerRole } from "./header-words";
import type { SheetView } from "./sheet-view";

const LOOK_UP_ROWS = 3;

/** The title over a table: the nearest row above, within three, that holds one text (a merged title). */
/** A line longer than this is a paragraph of prose, not a title. */
const PARAGRAPH = 150;

const UNIT_IN_BRACKETS =
  /^[(（][^)）]*(?:單位|unit|crore|lakh|thousand|million|billion|'000|千元|萬元|億元|元)[^)）]*[)）]$/i;

/** "(in MW)", "(In '000 tonnes)": a short bracketed "in …", the figures' unit. */
const IN_UNIT = /^[(（]\s*in\s+[^)）]{1,25}[)）]$/i;

export function titleAbove(view: SheetView, top: number): string | null {
  for (let r = top - 1; r >= Math.max(view.top, top - LOOK_UP_ROWS); r--) {
    if (view.isBlankRow(r)) continue;
    const texts = new Set<string>();
    for (let c = view.left; c <= view.right; c++) if (view.text(r, c) !== "") texts.add(view.text(r, c));
    const only = [...texts][0];
    // "單位：新臺幣千元" is a unit line, not the title; the title stands above it.
    if (texts.size === 1 && only !== undefined && /^(?:單位|unit)\s*[:：]/i.test(only)) continue;
    // "(Rs. in crore)", "(In Thousand Pesos)", "（單位：千元）": the amounts' unit in brackets, no title.
    // "(in MW)", "(in tonnes)": the same, said as what the figures are in.
    if (texts.size === 1 && only !== undefined && (UNIT_IN_BRACKETS.test(only) || IN_UNIT.test(only))) continue;
    // "Target: Improving trend" under "Indicator: …" states the target; the title stands above it.
    if (texts.size === 1 && only !== undefined && /^(?:target|目標值?)\s*[:：]/i.test(only)) continue;
    // "How are we doing?" and the paragraph describing a commitment: the commitment stands above them.
    if (texts.size === 1 && only !== undefined && (/[?？]$/.test(only) || only.length > PARAGRAPH)) continue;
    // "* Actual data through June 2005 …": a note under the title, not the title.
    if (texts.size === 1 && only !== undefined && /^[*†‡]/.test(only)) continue;
    if (texts.size === 1) return only ?? null;
    return null;
  }
  return null;
}

/** A year next to the word that says what the table reports: "100 年度施政績效", "FY2023 Performance". */
const REPORTED_YEAR =
  /(?:^|\D)(\d{2,4}(?:\s*[/\-–]\s*\d{2,4})?)\s*(?:年度|年)?\s*(?:施政績效|績效|施政計畫|成果|執行|預算執行|performance|results|annual)/gi;

/**
 * The period a single-year table reports, from its title or the sheet's name: "…100 年度施政績效"
 * gives 100. Where a title names several years ("102 年度預算總說明：100 年度施政績效") the one next
 * to 績效 / 計畫 / performance decides; where none does, and the years differ, there is no period.
 */
export function periodOfTitle(sheet: string, title: string | null): Period | null {
  for (const text of [title ?? "", sheet]) {
    const near = [...text.matchAll(REPORTED_YEAR)].map(
      (m) => periodInText(`${m[1] ?? ""}年`) ?? periodInText(m[1] ?? ""),
    );
    const found = near.find((p) => p !== null);
    if (found) return found;
    const all = [...text.matchAll(/(?:^|\D)(\d{2,4}(?:\s*[/\-–]\s*\d{2,4})?\s*(?:年度|年)?)/g)]
      .map((m) => periodInText(m[1] ?? ""))
      .filter((p): p is Period => p !== null);
    const labels = new Set(all.map((p) => p.label));
    if (labels.size === 1 && all[0]) return all[0];
  }
  return null;
}

/** The name a table's title gives what it reports: "附表1:中央政府近年辦理長照業務之經費執行情形" → the rest. */
export function tableName(title: string | null, sheet: string): string {
  return (title ?? sheet).replace(/^(?:附表|表)\s*[0-9０-９一二三四五六七八九十-]+\s*[:：]?\s*/, "");
}

/** "單位：新台幣千元；%" in the title or a unit line above the header: some rows are in percent. */
export function unitsIncludePercent(view: SheetView, top: number): boolean {
  for (let r = top - 1; r >= Math.max(view.top, top - LOOK_UP_ROWS); r--)
    for (let c = view.left; c <= view.right; c++) if (/(?:單位|unit)\s*[:：][^%]*%/i.test(view.text(r, c))) return true;
  return false;
}

const UNIT_NOTE = /^(?:單位|unit)\s*[:：]/i;
const CAPTION_LENGTH = 80;

/**
 * "經資門併計 | 中華民國 115 年度 | 單位：新臺幣千元" over a budget statement's header: a line of
 * captions (a unit note, the year, the basis), not a header row. It says what the table is in;
 * it names no column.
 */
export function isCaptionRow(view: SheetView, row: number): boolean {
  let unitNote = false;
  for (let c = view.left; c <= view.right; c++) {
    const text = view.text(row, c);
    if (text === "" || view.isMergedTail(row, c)) continue;
    if (UNIT_NOTE.test(text)) unitNote = true;
    // A caption is short; a long text is data, never a caption or a header word.
    else if (text.length > CAPTION_LENGTH || (headerRole(text) !== null && periodInText(text) === null)) return false;
  }
  return unitNote;
}
