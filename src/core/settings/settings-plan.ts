import { indicatorKey, type SheetReport } from "../analysis/analyze-workbook";
import { addressOf } from "../layout/grid";
import { DIRECTION_SYMBOL } from "../plan/report-formulas";
import { fittedWidths } from "../plan/widths";
import { TITLE_STYLE } from "../plan/sheet-styles";
import {
  BLANK,
  footerText,
  num,
  SETTINGS_MARKER,
  text,
  type ColumnFormat,
  type ListValidation,
  type PlanCell,
  type SheetPlan,
  type TablePlan,
  type WritePlan,
} from "../plan/write-plan";
import type { RawValue } from "../values/cell-value";
import type { SettingsAnalysis } from "./apply-settings";
import type { ParsedSettings } from "./parse-settings";
import {
  heading,
  INDICATOR_COLUMNS,
  INDICATOR_HEADINGS,
  SETTINGS_SHEET_NAME,
  TABLE_COLUMNS,
  TABLE_HEADINGS,
  type IndicatorColumn,
  type TableColumn,
} from "./settings-columns";
import {
  choiceList,
  DIRECTION_CHOICES,
  KIND_CHOICES,
  LAYOUT_CHOICES,
  NO,
  shownChoice,
  YES,
  type SettingsLanguage,
} from "./settings-words";

export type IndicatorRowValues = Readonly<Record<IndicatorColumn, RawValue>>;
export type TableRowValues = Readonly<Record<TableColumn, RawValue>>;

/** The settings sheet's rows, ready to write or to edit in the pane. */
export interface SettingsRows {
  readonly indicators: readonly IndicatorRowValues[];
  readonly tables: readonly TableRowValues[];
}

/** Layout of the settings sheet: a title and a note, the indicator part, then the table part. */
export const SETTINGS_HEADER_ROW = 3;

const TEXT = {
  "zh-TW": {
    title: "指標設定：每列一個指標，修改後重新執行分析（或在窗格按「重新分析」）即套用",
    help: `方向 ${DIRECTION_SYMBOL.higher} 越高越好、${DIRECTION_SYMBOL.lower} 越低越好、${DIRECTION_SYMBOL.closer} 越接近越好；黃燈門檻如 90%；上限填「是」則達成度以 100% 為上限；排除填「是」則不列入報表。`,
    tablesTitle: "表格宣告：讀不到或讀錯的表格，在此指定範圍與各欄（列）的角色，將依宣告讀取",
    tablesHelp:
      "一列一指標：指標、目標值、實際值等填欄名（如 C）；多年度：表頭列為年度所在列，目標值、實際值填列號（如 5），指標填儲存格（如 A2）。",
  },
  en: {
    title: "Indicator settings: one row per indicator; edit, then analyse again (or Re-analyse in the pane) to apply",
    help: `Direction ${DIRECTION_SYMBOL.higher} higher is better, ${DIRECTION_SYMBOL.lower} lower is better, ${DIRECTION_SYMBOL.closer} closer is better; yellow from such as 90%; cap "yes" caps achievement at 100%; exclude "yes" leaves it out of the report.`,
    tablesTitle:
      "Tables: a table not found or read wrong, declared here by its range and where each role stands, is read as declared",
    tablesHelp:
      "Long table: indicator, target, actual… are columns (such as C). Multi-year: the header row holds the years; target and actual are rows (such as 5), the indicator a cell (such as A2).",
  },
} as const;

const blankRow = <C extends string>(columns: readonly C[]): Record<C, RawValue> =>
  Object.fromEntries(columns.map((c) => [c, null])) as Record<C, RawValue>;

/**
 * The rows to write: every row the sheet holds now, as the person left it, then a row for each
 * indicator the reader found that no row names yet, every column filled with what was inferred.
 */
export function settingsRows(
  parsed: ParsedSettings | null,
  analysis: SettingsAnalysis,
  language: SettingsLanguage,
  yellowFrom = 0.9,
): SettingsRows {
  const existing = parsed?.settings.indicatorRows.map((r) => r.values) ?? [];
  const named = new Set<string>();
  const namedAnywhere = new Set<string>();
  for (const r of existing) {
    const sheet = String(r.sheet ?? "").trim();
    const name = String(r.name ?? "").trim();
    named.add(indicatorKey(sheet, name));
    if (sheet === "") namedAnywhere.add(name);
  }
  const added: IndicatorRowValues[] = [];
  const add = (sheet: SheetReport): void => {
    for (const i of sheet.indicators) {
      if (named.has(indicatorKey(sheet.sheet, i.name)) || namedAnywhere.has(i.name)) continue;
      named.add(indicatorKey(sheet.sheet, i.name));
      added.push({
        sheet: sheet.sheet,
        name: i.name,
        direction: shownChoice(DIRECTION_CHOICES, i.direction, language),
        kind: shownChoice(KIND_CHOICES, i.kind, language),
        unit: i.unit,
        weight: analysis.weights.get(indicatorKey(sheet.sheet, i.name)) ?? null,
        yellowFrom,
        cap: language === "zh-TW" ? NO.zh : NO.en,
        exclude: language === "zh-TW" ? NO.zh : NO.en,
        note: null,
      });
    }
  };
  for (const sheet of analysis.report.sheets) add(sheet);
  return {
    indicators: [...existing, ...added],
    tables: parsed?.settings.tableRows.map((r) => r.values) ?? [],
  };
}

function cellOf(value: RawValue): PlanCell {
  if (value === null || value === "") return BLANK;
  if (typeof value === "number") return num(value);
  return text(String(value));
}

const EMPTY_TABLE_ROWS = 3;

/** The settings sheet as a plan: written whole; the rows carry the person's edits (settingsRows). */
export function buildSettingsPlan(rows: SettingsRows, language: SettingsLanguage): WritePlan {
  const t = TEXT[language];
  const indicatorRows = rows.indicators.length > 0 ? rows.indicators : [blankRow(INDICATOR_COLUMNS)];
  const first = SETTINGS_HEADER_ROW + 1;
  const last = first + indicatorRows.length - 1;
  const indicatorBlock: PlanCell[][] = [
    INDICATOR_COLUMNS.map((c) => text(heading(INDICATOR_HEADINGS, c, language))),
    ...indicatorRows.map((r) => INDICATOR_COLUMNS.map((c) => cellOf(r[c]))),
  ];
  const tablesTitle = last + 2;
  const tableHeader = tablesTitle + 2;
  const tableRows = [...rows.tables, ...Array.from({ length: EMPTY_TABLE_ROWS }, () => blankRow(TABLE_COLUMNS))];
  const tableBlock: PlanCell[][] = [
    TABLE_COLUMNS.map((c) => text(heading(TABLE_HEADINGS, c, language))),
    ...tableRows.map((r) => TABLE_COLUMNS.map((c) => cellOf(r[c]))),
  ];
  const tableLast = tableHeader + tableRows.length;
  const col = (c: IndicatorColumn): number => INDICATOR_COLUMNS.indexOf(c);
  const body = (c: IndicatorColumn): string => `${addressOf(first, col(c))}:${addressOf(last, col(c))}`;
  const yesNo = language === "zh-TW" ? [YES.zh, NO.zh] : [YES.en, NO.en];
  const layoutCol = TABLE_COLUMNS.indexOf("layout");
  const validations: ListValidation[] = [
    { range: body("direction"), list: choiceList(DIRECTION_CHOICES, language) },
    { range: body("kind"), list: choiceList(KIND_CHOICES, language) },
    { range: body("cap"), list: yesNo },
    { range: body("exclude"), list: yesNo },
    {
      range: `${addressOf(tableHeader + 1, layoutCol)}:${addressOf(tableLast, layoutCol)}`,
      list: choiceList(LAYOUT_CHOICES, language),
    },
  ];
  const formats: ColumnFormat[] = [{ col: col("yellowFrom"), fromRow: first, toRow: last, numberFormat: "0%" }];
  const tables: TablePlan[] = [
    {
      name: "IndicatorSettings",
      top: SETTINGS_HEADER_ROW,
      left: 0,
      bottom: last,
      right: INDICATOR_COLUMNS.length - 1,
      style: "TableStyleMedium2",
    },
    {
      name: "TableSettings",
      top: tableHeader,
      left: 0,
      bottom: tableLast,
      right: TABLE_COLUMNS.length - 1,
      style: "TableStyleLight9",
    },
  ];
  const sheet: SheetPlan = {
    name: SETTINGS_SHEET_NAME[language],
    role: "settings",
    marker: SETTINGS_MARKER,
    ranges: [
      { row: 0, col: 0, cells: [[text(t.title)], [text(t.help)]] },
      { row: SETTINGS_HEADER_ROW, col: 0, cells: indicatorBlock },
      { row: tablesTitle, col: 0, cells: [[text(t.tablesTitle)], [text(t.tablesHelp)]] },
      { row: tableHeader, col: 0, cells: tableBlock },
    ],
    columnFormulas: [],
    columnFormats: formats,
    tables,
    freezeRows: SETTINGS_HEADER_ROW + 1,
    columnWidths: fittedWidths([...indicatorBlock, ...tableBlock], 40),
    dataValidations: validations,
    // Landscape, one page wide, the header on every page: its columns ran over two portrait pages.
    print: {
      landscape: true,
      fitToWidth: true,
      titleRows: { from: SETTINGS_HEADER_ROW, to: SETTINGS_HEADER_ROW },
      footer: { left: footerText(SETTINGS_SHEET_NAME[language]), center: "&P / &N", right: "&D" },
    },
    styles: [{ fromRow: 0, toRow: 0, fromCol: 0, toCol: 0, style: TITLE_STYLE }],
  };
  return { sheets: [sheet], conditionalFormats: [] };
}
