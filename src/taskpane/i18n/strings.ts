export type Language = "zh-TW" | "en";

export interface Strings {
  readonly appTitle: string;
  readonly languageSwitch: string;
  readonly previewNotice: string;
  readonly pickWorkbook: string;
  readonly pickWorkbookHint: string;
  readonly tabAnalyze: string;
  readonly analyze: string;
  readonly analyzing: string;
  readonly noIndicators: string;
  readonly indicatorsFound: (n: number, below: number) => string;
  readonly period: string;
  readonly achievement: string;
  readonly growth: string;
  readonly light: string;
  readonly lightName: Readonly<Record<"green" | "yellow" | "red" | "white", string>>;
  readonly findingsTitle: (n: number) => string;
  readonly errorTitle: string;
  readonly tryAgain: string;
  readonly scoreTotal: string;
}

const zh: Strings = {
  appTitle: "績效指標助手",
  languageSwitch: "English",
  previewNotice: "預覽模式：未在 Excel 中開啟。請選擇本機的 .xlsx 活頁簿。",
  pickWorkbook: "選擇活頁簿 (.xlsx)",
  pickWorkbookHint: "檔案只在此瀏覽器中讀取，不會上傳。",
  tabAnalyze: "分析",
  analyze: "分析活頁簿",
  analyzing: "分析中…",
  noIndicators: "找不到指標表。",
  indicatorsFound: (n, below) => `找到 ${n} 項指標，其中 ${below} 項未達目標。`,
  period: "期別",
  achievement: "達成度",
  growth: "成長率",
  light: "燈號",
  lightName: { green: "達標", yellow: "接近目標", red: "落後", white: "無法計算" },
  findingsTitle: (n) => `檢核發現 ${n} 項`,
  errorTitle: "無法完成",
  tryAgain: "請確認檔案後再試一次。",
  scoreTotal: "總分",
};

const en: Strings = {
  appTitle: "Performance Indicators",
  languageSwitch: "中文",
  previewNotice: "Preview mode: not running in Excel. Pick a local .xlsx workbook.",
  pickWorkbook: "Pick a workbook (.xlsx)",
  pickWorkbookHint: "The file is read in this browser only; nothing is uploaded.",
  tabAnalyze: "Analyze",
  analyze: "Analyze workbook",
  analyzing: "Analyzing…",
  noIndicators: "No indicator table found.",
  indicatorsFound: (n, below) => `${n} indicators found; ${below} below target.`,
  period: "Period",
  achievement: "Achievement",
  growth: "Growth",
  light: "Light",
  lightName: { green: "Met", yellow: "Near target", red: "Behind", white: "Not computable" },
  findingsTitle: (n) => `${n} findings`,
  errorTitle: "Could not finish",
  tryAgain: "Check the file and try again.",
  scoreTotal: "Total",
};

export const STRINGS: Readonly<Record<Language, Strings>> = { "zh-TW": zh, en };

/** Office's display language decides the default: any Chinese → zh-TW, otherwise English. */
export function languageFor(displayLanguage: string | null): Language {
  return displayLanguage && /^zh/i.test(displayLanguage) ? "zh-TW" : "en";
}
