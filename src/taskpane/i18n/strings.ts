import type { FindingCode } from "../../core";

export type Language = "zh-TW" | "en";

type MethodName = "trend" | "growth" | "hold" | "stretch";

export interface Strings {
  readonly appTitle: string;
  readonly languageSwitch: string;
  readonly languageSwitchLabel: string;
  readonly previewNotice: string;
  readonly pickWorkbook: string;
  readonly pickWorkbookHint: string;
  readonly opening: string;
  readonly tabs: {
    readonly analyze: string;
    readonly report: string;
    readonly review: string;
    readonly targets: string;
  };
  readonly tabsLabel: string;
  readonly analyze: string;
  readonly analyzing: string;
  readonly noIndicators: string;
  readonly indicatorsFound: (n: number, below: number, tables: number) => string;
  readonly belowTarget: (n: number) => string;
  readonly selectCells: string;
  readonly period: string;
  readonly achievement: string;
  readonly growth: string;
  readonly light: string;
  readonly lightName: Readonly<Record<"green" | "yellow" | "red" | "white", string>>;
  readonly scoreTotal: string;
  readonly reportLanguage: string;
  readonly capAtOne: string;
  readonly yellowFrom: string;
  readonly yellowFromHint: string;
  readonly insertReport: string;
  readonly writing: string;
  readonly reportDone: (sheet: string) => string;
  readonly findingsTitle: (n: number) => string;
  readonly noFindings: string;
  readonly goToCell: (cell: string) => string;
  readonly writeComments: string;
  readonly removeComments: string;
  readonly commentsDone: (written: number, kept: number) => string;
  readonly commentsRemoved: string;
  readonly findingKinds: Readonly<Partial<Record<FindingCode, string>>>;
  readonly method: string;
  readonly methods: Readonly<Record<MethodName, string>>;
  readonly stretch: string;
  readonly draftsTitle: string;
  readonly indicator: string;
  readonly nextPeriod: string;
  readonly draft: string;
  readonly lowered: string;
  readonly noDrafts: string;
  readonly writeDrafts: string;
  readonly draftsDone: (sheet: string, n: number) => string;
  readonly download: string;
  readonly downloadHint: string;
  readonly errorTitle: string;
  readonly whatNext: string;
  readonly doneTitle: string;
  /** Inside Excel, while office.js starts (it can take a while in Excel on the web). */
  readonly connecting: string;
  readonly connectingSlow: string;
  readonly officeUnavailable: string;
  readonly continueInPreview: string;
  /** Inside Excel, until the first write of the session. */
  readonly writeNoticeTitle: string;
  readonly writeNotice: string;
}

const zh: Strings = {
  appTitle: "績效指標助手",
  languageSwitch: "English",
  languageSwitchLabel: "切換為英文介面",
  previewNotice: "預覽模式：未在 Excel 中開啟。請選擇本機的 .xlsx 活頁簿；結果可下載為新的活頁簿。",
  pickWorkbook: "選擇活頁簿 (.xlsx)",
  pickWorkbookHint: "檔案只在此瀏覽器中讀取，不會上傳。",
  opening: "開啟活頁簿中…",
  tabs: { analyze: "分析", report: "報表", review: "檢核", targets: "目標" },
  tabsLabel: "功能",
  analyze: "重新分析",
  analyzing: "分析中…",
  noIndicators: "找不到指標表。",
  indicatorsFound: (n, below, tables) => `${tables} 個表、${n} 項指標，其中 ${below} 項未達目標。`,
  belowTarget: (n) => `未達目標 ${n} 期`,
  selectCells: "選取儲存格",
  period: "期別",
  achievement: "達成度",
  growth: "成長率",
  light: "燈號",
  lightName: { green: "達標", yellow: "接近目標", red: "落後", white: "無法計算" },
  scoreTotal: "總分",
  reportLanguage: "報表語言",
  capAtOne: "達成度以 100% 為上限",
  yellowFrom: "黃燈門檻（%）",
  yellowFromHint: "達成度在此以上但未達標為黃燈，以下為紅燈。",
  insertReport: "插入或更新報表",
  writing: "寫入中…",
  reportDone: (sheet) => `已寫入工作表「${sheet}」。`,
  findingsTitle: (n) => `檢核發現 ${n} 項`,
  noFindings: "沒有檢核發現。",
  goToCell: (cell) => `前往 ${cell}`,
  writeComments: "寫入檢核註解",
  removeComments: "移除本工具的註解",
  commentsDone: (written, kept) =>
    `已寫入 ${written} 則註解${kept > 0 ? `；${kept} 格已有他人註解，列於「檢核結果」工作表` : ""}。`,
  commentsRemoved: "已移除本工具的註解；他人的註解未更動。",
  findingKinds: {
    REPORTED_MISMATCH: "填報達成度不符",
    COMPONENTS_SUM_MISMATCH: "細項合計不符",
    RATINGS_DIFFER: "初核與複核不同",
    TARGET_MISSING: "缺目標值",
    ACTUAL_MISSING: "缺實際值",
    TARGET_LOWERED: "目標下修",
    UNIT_MISMATCH: "單位不同",
    WEIGHTS_NOT_100: "配分合計不為 100",
    NOT_A_FIGURE: "非數字",
    ERROR_VALUE: "錯誤值",
    DUPLICATE_INDICATOR: "指標名稱重複",
    NO_INDICATOR_TABLE: "無指標表",
    EMPTY_TABLE: "空白的表",
  },
  method: "草擬方法",
  methods: { trend: "線性趨勢", growth: "平均成長", hold: "維持", stretch: "挑戰" },
  stretch: "挑戰幅度（%）",
  draftsTitle: "草案預覽",
  indicator: "指標",
  nextPeriod: "下期",
  draft: "草案",
  lowered: "下修",
  noDrafts: "沒有含歷史期別的指標可草擬。",
  writeDrafts: "寫入目標草案",
  draftsDone: (sheet, n) => `已寫入工作表「${sheet}」，${n} 項草案。`,
  download: "下載活頁簿",
  downloadHint: "預覽模式的結果存在新的活頁簿中，原檔不變。",
  errorTitle: "無法完成",
  whatNext: "請依訊息修正後再試一次。",
  doneTitle: "完成",
  connecting: "正在連線 Excel…",
  connectingSlow: "Excel 仍在啟動中；可以繼續等待，或改用預覽模式開啟本機的 .xlsx 檔案。",
  officeUnavailable: "無法載入 Office 元件（office.js），無法連線 Excel；可改用預覽模式開啟本機的 .xlsx 檔案。",
  continueInPreview: "改用預覽模式",
  writeNoticeTitle: "寫入前請注意",
  writeNotice:
    "寫入會取代本增益集先前建立的工作表（績效報告、檢核結果、目標草案），並清除 Excel 的復原記錄：寫入後無法用「復原」還原先前的動作。重要的活頁簿請先存一份副本。",
};

const en: Strings = {
  appTitle: "Performance Indicators",
  languageSwitch: "中文",
  languageSwitchLabel: "Switch to Chinese",
  previewNotice:
    "Preview mode: not running in Excel. Pick a local .xlsx workbook; the results can be downloaded as a new workbook.",
  pickWorkbook: "Pick a workbook (.xlsx)",
  pickWorkbookHint: "The file is read in this browser only; nothing is uploaded.",
  opening: "Opening the workbook…",
  tabs: { analyze: "Analyze", report: "Report", review: "Review", targets: "Targets" },
  tabsLabel: "Areas",
  analyze: "Analyze again",
  analyzing: "Analyzing…",
  noIndicators: "No indicator table found.",
  indicatorsFound: (n, below, tables) => `${tables} tables, ${n} indicators; ${below} below target.`,
  belowTarget: (n) => `${n} ${n === 1 ? "period" : "periods"} below target`,
  selectCells: "Select cells",
  period: "Period",
  achievement: "Achievement",
  growth: "Growth",
  light: "Light",
  lightName: { green: "Met", yellow: "Near target", red: "Behind", white: "Not computable" },
  scoreTotal: "Total",
  reportLanguage: "Report language",
  capAtOne: "Cap achievement at 100%",
  yellowFrom: "Yellow from (%)",
  yellowFromHint: "At or above this but not met is yellow; below it is red.",
  insertReport: "Insert or update the report",
  writing: "Writing…",
  reportDone: (sheet) => `Wrote sheet "${sheet}".`,
  findingsTitle: (n) => `${n} findings`,
  noFindings: "No findings.",
  goToCell: (cell) => `Go to ${cell}`,
  writeComments: "Write review comments",
  removeComments: "Remove the add-in's comments",
  commentsDone: (written, kept) =>
    `Wrote ${written} comments${kept > 0 ? `; ${kept} cells hold a person's comment and are listed on the findings sheet` : ""}.`,
  commentsRemoved: "Removed the add-in's comments; people's comments are untouched.",
  findingKinds: {
    REPORTED_MISMATCH: "Reported achievement disagrees",
    COMPONENTS_SUM_MISMATCH: "Components do not add up",
    RATINGS_DIFFER: "Ratings differ",
    TARGET_MISSING: "Target missing",
    ACTUAL_MISSING: "Actual missing",
    TARGET_LOWERED: "Target lowered",
    UNIT_MISMATCH: "Units differ",
    WEIGHTS_NOT_100: "Weights do not sum to 100",
    NOT_A_FIGURE: "Not a figure",
    ERROR_VALUE: "Error value",
    DUPLICATE_INDICATOR: "Duplicate indicator",
    NO_INDICATOR_TABLE: "No indicator table",
    EMPTY_TABLE: "Empty table",
  },
  method: "Method",
  methods: { trend: "Linear trend", growth: "Average growth", hold: "Hold the line", stretch: "Stretch" },
  stretch: "Stretch (%)",
  draftsTitle: "Draft preview",
  indicator: "Indicator",
  nextPeriod: "Next",
  draft: "Draft",
  lowered: "Lowered",
  noDrafts: "No indicator has labelled periods to draft from.",
  writeDrafts: "Write the draft sheet",
  draftsDone: (sheet, n) => `Wrote sheet "${sheet}" with ${n} drafts.`,
  download: "Download the workbook",
  downloadHint: "In preview the results go into a new workbook; the original file is unchanged.",
  errorTitle: "Could not finish",
  whatNext: "Fix what the message says and try again.",
  doneTitle: "Done",
  connecting: "Connecting to Excel…",
  connectingSlow: "Excel is still starting. You can keep waiting, or continue in preview mode with a local .xlsx file.",
  officeUnavailable:
    "The Office library (office.js) could not be loaded, so the pane cannot reach Excel. You can continue in preview mode with a local .xlsx file.",
  continueInPreview: "Continue in preview",
  writeNoticeTitle: "Before you write",
  writeNotice:
    "Writing replaces the sheets this add-in made before (the report, the review, the target drafts) and clears Excel's undo history: actions before the write cannot be undone afterwards. Save a copy of an important workbook first.",
};

export const STRINGS: Readonly<Record<Language, Strings>> = { "zh-TW": zh, en };

/** Office's display language decides the default: any Chinese → zh-TW, otherwise English. */
export function languageFor(displayLanguage: string | null): Language {
  return displayLanguage && /^zh/i.test(displayLanguage) ? "zh-TW" : "en";
}
