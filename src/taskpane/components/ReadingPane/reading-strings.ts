import type { TableReading } from "../../../core";

type HeaderRole = NonNullable<TableReading["columns"][number]["role"]>;

const ZH_COLUMN_ROLES: Partial<Record<HeaderRole, string>> = {
  indicator: "指標",
  target: "目標值",
  actual: "實際值",
  reported: "填報達成度",
  period: "期別",
  unit: "單位",
  direction: "方向",
  weight: "權重",
  remarks: "備註",
  criteria: "衡量標準",
  rate: "比率",
  budget: "預算數",
  executed: "實現數",
};
import type { Language } from "../../i18n/strings";

/** This view's words (the lead's message catalog will take them in). */
export const READING_STRINGS = {
  "zh-TW": {
    tab: "讀取",
    title: "這份活頁簿是怎麼讀的",
    table: (sheet: string, range: string, layout: string) => `${sheet}!${range}：${layout}`,
    direction: "方向",
    kind: "類型",
    weight: "權重",
    band: "黃燈門檻（%）",
    exclude: "排除",
    save: "寫入指標設定並重新分析",
    saved: (n: number) => `已寫入「指標設定」（${n} 項指標）並重新分析。`,
    declare: "標出一個讀不到的表格",
    declareRange: "範圍（如 自訂!A1:C3）",
    useSelection: "使用 Excel 選取範圍",
    columnRoles: ZH_COLUMN_ROLES,
    roleOf: (column: string, text: string) => `${column} 欄「${text}」`,
    roles: {
      none: "—",
      name: "指標",
      target: "目標值",
      actual: "實際值",
      reported: "填報達成度",
      period: "期別",
      weight: "權重",
    },
    declareAdd: "加入表格宣告",
    declared: (n: number) => `表格宣告 ${n} 個`,
    badDeclare: "請以「工作表!A1:C3」填範圍（或使用選取範圍），並在表頭指定指標欄，以及目標值或實際值欄。",
    problems: "設定需修正",
    loading: "讀取中…",
  },
  en: {
    tab: "Reading",
    title: "How this workbook was read",
    table: (sheet: string, range: string, layout: string) => `${sheet}!${range}: ${layout}`,
    direction: "Direction",
    kind: "Type",
    weight: "Weight",
    band: "Yellow from (%)",
    exclude: "Exclude",
    save: "Write settings and re-analyse",
    saved: (n: number) => `Wrote the settings sheet (${n} indicators) and analysed again.`,
    declare: "Mark a table that was not found",
    declareRange: "Range (such as Custom!A1:C3)",
    useSelection: "Use the selection in Excel",
    // The roles' own names are English words already.
    columnRoles: {} as Partial<Record<HeaderRole, string>>,
    roleOf: (column: string, text: string) => `Column ${column} "${text}"`,
    roles: {
      none: "—",
      name: "Indicator",
      target: "Target",
      actual: "Actual",
      reported: "Reported",
      period: "Period",
      weight: "Weight",
    },
    declareAdd: "Add the table",
    declared: (n: number) => `${n} declared tables`,
    badDeclare:
      "Give the range as Sheet!A1:C3 (or use the selection), and assign the indicator column and a target or actual column in its header.",
    problems: "Settings to fix",
    loading: "Reading…",
  },
} satisfies Record<Language, unknown>;
