import type { SettingsLanguage } from "./settings-words";

/** The indicator part's columns, in sheet order. */
export const INDICATOR_COLUMNS = [
  "sheet",
  "name",
  "direction",
  "kind",
  "unit",
  "weight",
  "yellowFrom",
  "cap",
  "exclude",
  "note",
] as const;
export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number];

/** The roles a declared table's header cells can hold (the pane offers them, the sheet records them). */
export const TABLE_ROLES = ["name", "target", "actual", "reported", "period", "weight"] as const;
export type TableRole = (typeof TABLE_ROLES)[number];

/** The table part's columns: which row or column of the declared range holds each role. */
export const TABLE_COLUMNS = ["sheet", "range", "layout", "headerRow", ...TABLE_ROLES] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

type Headings<C extends string> = Readonly<
  Record<C, { readonly zh: string; readonly en: string; readonly keys: readonly string[] }>
>;

export const INDICATOR_HEADINGS: Headings<IndicatorColumn> = {
  sheet: { zh: "工作表", en: "Sheet", keys: ["工作表", "sheet"] },
  name: { zh: "指標", en: "Indicator", keys: ["指標", "indicator", "指標名稱"] },
  direction: { zh: "方向", en: "Direction", keys: ["方向", "direction"] },
  kind: { zh: "類型", en: "Type", keys: ["類型", "type", "kind"] },
  unit: { zh: "單位", en: "Unit", keys: ["單位", "unit"] },
  weight: { zh: "權重", en: "Weight", keys: ["權重", "weight"] },
  yellowFrom: { zh: "黃燈門檻", en: "Yellow from", keys: ["黃燈門檻", "yellow from", "yellow band"] },
  cap: { zh: "上限 100%", en: "Cap at 100%", keys: ["上限 100%", "上限", "cap at 100%", "cap"] },
  exclude: { zh: "排除", en: "Exclude", keys: ["排除", "exclude"] },
  note: { zh: "備註", en: "Note", keys: ["備註", "note"] },
};

export const TABLE_HEADINGS: Headings<TableColumn> = {
  sheet: { zh: "工作表", en: "Sheet", keys: ["工作表", "sheet"] },
  range: { zh: "範圍", en: "Range", keys: ["範圍", "range"] },
  layout: { zh: "版面", en: "Layout", keys: ["版面", "layout"] },
  headerRow: { zh: "表頭列", en: "Header row", keys: ["表頭列", "header row"] },
  name: {
    zh: "指標欄／格",
    en: "Indicator column/cell",
    keys: ["指標欄／格", "指標欄/格", "指標", "indicator column/cell", "indicator"],
  },
  target: { zh: "目標值", en: "Target", keys: ["目標值", "目標", "target"] },
  actual: { zh: "實際值", en: "Actual", keys: ["實際值", "實際", "actual"] },
  reported: { zh: "填報達成度", en: "Reported", keys: ["填報達成度", "填報", "reported"] },
  period: { zh: "期別", en: "Period", keys: ["期別", "period"] },
  weight: { zh: "權重", en: "Weight", keys: ["權重", "weight"] },
};

export function heading<C extends string>(headings: Headings<C>, column: C, language: SettingsLanguage): string {
  return language === "zh-TW" ? headings[column].zh : headings[column].en;
}

/** The column a heading names, or null. */
export function columnOfHeading<C extends string>(headings: Headings<C>, text: string): C | null {
  const k = text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
  if (k === "") return null;
  for (const [column, h] of Object.entries(headings) as Array<[C, Headings<C>[C]]>) {
    if (h.keys.some((x) => x.normalize("NFKC").toLowerCase() === k)) return column;
  }
  return null;
}

export const SETTINGS_SHEET_NAME: Readonly<Record<SettingsLanguage, string>> = {
  "zh-TW": "指標設定",
  en: "Indicator settings",
};
