import type { Direction } from "../measures/achievement";
import type { IndicatorKind } from "../analysis/indicator-input";

/**
 * The words of the settings sheet's choice columns, written in the sheet's language (a direction
 * with its arrow); reading accepts any of the keys, in either language, so a sheet written in
 * English still reads in a Chinese workbook, a person may type the short form, and a sheet written
 * by an earlier version ("count 數量", "long table 一列一指標") still reads.
 */
export type SettingsLanguage = "zh-TW" | "en";

export type TableLayout = "multiYear" | "longTable" | "periodComparison" | "scoreSheet" | "execution";

interface Choice<T extends string> {
  readonly value: T;
  readonly zh: string;
  readonly en: string;
  /** Lower-case words that name it: the shown words' keys and common synonyms. */
  readonly keys: readonly string[];
}

export const DIRECTION_CHOICES: readonly Choice<Direction>[] = [
  { value: "higher", zh: "↑ 越高越好", en: "↑ higher is better", keys: ["↑", "越高越好", "越高", "higher", "up"] },
  { value: "lower", zh: "↓ 越低越好", en: "↓ lower is better", keys: ["↓", "越低越好", "越低", "lower", "down"] },
  {
    value: "closer",
    zh: "↔ 越接近越好",
    en: "↔ closer is better",
    keys: ["↔", "越接近越好", "越接近", "接近", "closer"],
  },
];

export const KIND_CHOICES: readonly Choice<IndicatorKind>[] = [
  { value: "count", zh: "數量", en: "count", keys: ["count", "數量", "件數"] },
  { value: "rate", zh: "比率", en: "rate", keys: ["rate", "比率", "比例", "率"] },
  { value: "growth", zh: "成長率", en: "growth", keys: ["growth", "成長率", "成長"] },
  { value: "level", zh: "等級", en: "level", keys: ["level", "等級", "級距"] },
  { value: "milestone", zh: "里程碑", en: "milestone", keys: ["milestone", "里程碑", "查核點"] },
  { value: "execution", zh: "執行率", en: "execution", keys: ["execution", "執行率", "預算執行"] },
];

export const LAYOUT_CHOICES: readonly Choice<TableLayout>[] = [
  { value: "multiYear", zh: "多年度", en: "multi-year", keys: ["multi-year", "multiyear", "多年度"] },
  {
    value: "longTable",
    zh: "一列一指標",
    en: "long table",
    keys: ["long table", "longtable", "long", "一列一指標", "長表"],
  },
  { value: "periodComparison", zh: "期間比較", en: "comparison", keys: ["comparison", "期間比較", "比較"] },
  { value: "scoreSheet", zh: "評分表", en: "score sheet", keys: ["score sheet", "scoresheet", "評分表"] },
  { value: "execution", zh: "預算執行", en: "execution", keys: ["execution", "預算執行", "執行"] },
];

export const YES = { zh: "是", en: "yes" } as const;
export const NO = { zh: "否", en: "no" } as const;
const YES_WORDS = new Set(["是", "yes", "y", "true", "✓", "v", "x", "排除", "1"]);
const NO_WORDS = new Set(["否", "no", "n", "false", "", "0"]);

function key(text: string): string {
  return text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
}

/** The choice a cell names: its whole text, or its first word (the symbol or English key). */
export function choiceOf<T extends string>(choices: readonly Choice<T>[], text: string): T | null {
  const k = key(text);
  if (k === "") return null;
  for (const c of choices) {
    if (key(c.zh) === k || key(c.en) === k || c.keys.includes(k)) return c.value;
  }
  const first = k.split(" ")[0] ?? "";
  for (const c of choices) if (c.keys.includes(first)) return c.value;
  return null;
}

export function shownChoice<T extends string>(
  choices: readonly Choice<T>[],
  value: T,
  language: SettingsLanguage,
): string {
  const c = choices.find((x) => x.value === value);
  return c === undefined ? value : language === "zh-TW" ? c.zh : c.en;
}

export function choiceList<T extends string>(choices: readonly Choice<T>[], language: SettingsLanguage): string[] {
  return choices.map((c) => (language === "zh-TW" ? c.zh : c.en));
}

/** The allowed words of a choice column, in both languages, for a finding's message. */
export function allowedWords<T extends string>(choices: readonly Choice<T>[]): { zh: string; en: string } {
  return { zh: choices.map((c) => c.zh).join("、"), en: choices.map((c) => c.en).join(", ") };
}

/** true for 是 / yes, false for 否 / no / blank, null for anything else. */
export function yesNo(text: string): boolean | null {
  const k = key(text);
  if (YES_WORDS.has(k)) return true;
  if (NO_WORDS.has(k)) return false;
  return null;
}
