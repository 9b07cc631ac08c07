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
  /** Issue 14: the indicator table, first run, review at scale, live rerun, target methods explained. */
  readonly firstRunTitle: string;
  readonly firstRunRoles: ReadonlyArray<{ readonly who: string; readonly what: string }>;
  readonly trySample: string;
  readonly sampleInserted: (sheets: string) => string;
  readonly status: (n: number, below: number, tables: number, period: string | null) => string;
  readonly filters: string;
  readonly lightFilter: (light: "green" | "yellow" | "red" | "white", n: number) => string;
  readonly hasFindings: string;
  readonly hasFindingsCount: (n: number) => string;
  readonly search: string;
  readonly shownOf: (shown: number, total: number) => string;
  readonly target: string;
  readonly actual: string;
  readonly achievementShort: string;
  readonly findingMark: (n: number) => string;
  readonly showHistory: (name: string) => string;
  readonly closeHistory: string;
  readonly noMatch: string;
  readonly clearFilters: string;
  readonly onlyInExcel: (where: string) => string;
  readonly findingsOfIndicator: string;
  readonly groupToggle: (kind: string, n: number) => string;
  readonly findingsShown: (n: number, cells: number) => string;
  readonly live: string;
  readonly liveRerun: string;
  readonly methodExplain: Readonly<Record<MethodName, (figure: string | null, stretch: string) => string>>;
  readonly methodExample: (name: string) => string;
  readonly methodNoFigure: string;
  readonly otherIndicator: string;
  /** Inside Excel, until the first write of the session. */
  readonly writeNoticeTitle: string;
  readonly writeNotice: string;
}

const zhLight = { green: "達標", yellow: "接近目標", red: "落後", white: "無法計算" } as const;
const enLight = { green: "Met", yellow: "Near target", red: "Behind", white: "Not computable" } as const;

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
  indicatorsFound: (n, below, tables) =>
    `${tables} 個表、${n.toLocaleString("en-US")} 項指標，其中 ${below.toLocaleString("en-US")} 項未達目標。`,
  belowTarget: (n) => `未達目標 ${n} 期`,
  selectCells: "選取儲存格",
  period: "期別",
  achievement: "達成度",
  growth: "成長率",
  light: "燈號",
  lightName: zhLight,
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
  firstRunTitle: "這個增益集可以做什麼",
  firstRunRoles: [
    { who: "預算、主計人員", what: "讀出績效指標表，算出每項指標的達成度與燈號，找出未達目標者。" },
    { who: "檢核人員", what: "比對填報的達成度與算出的數字，把問題寫成儲存格註解。" },
    { who: "研考、計畫人員", what: "依歷年實際值草擬下一期目標，並說明每種方法怎麼算。" },
  ],
  trySample: "試用範例活頁簿",
  sampleInserted: (sheets) => `已插入範例工作表：${sheets}。`,
  status: (n, below, tables, period) =>
    `${tables} 個表、${n.toLocaleString("en-US")} 項指標，其中 ${below.toLocaleString("en-US")} 項未達目標${period === null ? "" : `（期別 ${period}）`}。`,
  filters: "依燈號與檢核發現篩選",
  lightFilter: (light, n) => `${zhLight[light]} ${n} 項`,
  hasFindings: "有發現",
  hasFindingsCount: (n) => `有檢核發現 ${n} 項`,
  search: "搜尋指標名稱",
  shownOf: (shown, total) => `顯示 ${shown.toLocaleString("en-US")} / ${total.toLocaleString("en-US")} 項`,
  target: "目標",
  actual: "實際",
  achievementShort: "達成度",
  findingMark: (n) => `${n} 項檢核發現`,
  showHistory: (name) => `「${name}」的歷年資料`,
  closeHistory: "關閉",
  noMatch: "沒有符合篩選條件的指標。",
  clearFilters: "清除篩選",
  onlyInExcel: (where) => `在 Excel 中開啟本增益集時才能選取儲存格；預覽模式請在下載的活頁簿中查看 ${where}。`,
  findingsOfIndicator: "檢核發現",
  groupToggle: (kind, n) => `${kind}（${n.toLocaleString("en-US")}）`,
  findingsShown: (n, cells) => `檢核發現 ${n.toLocaleString("en-US")} 項，涉及 ${cells.toLocaleString("en-US")} 格`,
  live: "Excel 中的資料變更後，會自動重新分析。",
  liveRerun: "工作表已變更，重新分析中…",
  methodExplain: {
    trend: (figure) =>
      `以歷年實際值畫最小平方直線，延伸到下一期（同 FORECAST.LINEAR）${figure === null ? "" : `：${figure}`}`,
    growth: (figure) => `以第一年到最近一年的平均年成長率（同 RRI）再成長一期${figure === null ? "" : `：${figure}`}`,
    hold: (figure) => `取最近的目標值與實際值中較好的一個，維持不變${figure === null ? "" : `：${figure}`}`,
    stretch: (figure, stretch) =>
      `最近實際值再提高 ${stretch}（越低越好者為降低）${figure === null ? "" : `：${figure}`}`,
  },
  methodExample: (name) => `括號內為「${name}」的下期草案。`,
  methodNoFigure: "（歷史資料不足，無法計算）",
  otherIndicator: "在「分析」選取其他指標，即可看它的數字。",
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
  indicatorsFound: (n, below, tables) =>
    `${tables} ${tables === 1 ? "table" : "tables"}, ${n.toLocaleString("en-US")} ${n === 1 ? "indicator" : "indicators"}; ${below.toLocaleString("en-US")} below target.`,
  belowTarget: (n) => `${n} ${n === 1 ? "period" : "periods"} below target`,
  selectCells: "Select cells",
  period: "Period",
  achievement: "Achievement",
  growth: "Growth",
  light: "Light",
  lightName: enLight,
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
  firstRunTitle: "What this add-in does",
  firstRunRoles: [
    {
      who: "Budget staff",
      what: "Reads the indicator tables and computes each indicator's achievement and light, and which fall short.",
    },
    {
      who: "Reviewers",
      what: "Checks reported achievements against the computed ones and writes the problems as cell comments.",
    },
    {
      who: "Planners",
      what: "Drafts next period's targets from past actuals, and says how each method computes them.",
    },
  ],
  trySample: "Try the sample workbook",
  sampleInserted: (sheets) => `Inserted the sample sheets: ${sheets}.`,
  status: (n, below, tables, period) =>
    `${tables} ${tables === 1 ? "table" : "tables"}, ${n.toLocaleString("en-US")} ${n === 1 ? "indicator" : "indicators"}; ${below.toLocaleString("en-US")} below target${period === null ? "" : ` in ${period}`}.`,
  filters: "Filter by light and findings",
  lightFilter: (light, n) => `${enLight[light]}: ${n}`,
  hasFindings: "Findings",
  hasFindingsCount: (n) => `With findings: ${n}`,
  search: "Search indicators",
  shownOf: (shown, total) => `Showing ${shown.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`,
  target: "Target",
  actual: "Actual",
  achievementShort: "Achieved",
  findingMark: (n) => `${n} ${n === 1 ? "finding" : "findings"}`,
  showHistory: (name) => `History of "${name}"`,
  closeHistory: "Close",
  noMatch: "No indicator matches the filters.",
  clearFilters: "Clear filters",
  onlyInExcel: (where) =>
    `Selecting cells works when the add-in runs inside Excel; in preview, look at ${where} in the downloaded workbook.`,
  findingsOfIndicator: "Findings",
  groupToggle: (kind, n) => `${kind} (${n.toLocaleString("en-US")})`,
  findingsShown: (n, cells) =>
    `${n.toLocaleString("en-US")} ${n === 1 ? "finding" : "findings"} on ${cells.toLocaleString("en-US")} ${cells === 1 ? "cell" : "cells"}`,
  live: "When data changes in Excel, the pane analyses it again.",
  liveRerun: "A sheet changed; analysing again…",
  methodExplain: {
    trend: (figure) =>
      `The least-squares line through past actuals, one period on (FORECAST.LINEAR)${figure === null ? "" : `: ${figure}`}`,
    growth: (figure) =>
      `The average yearly growth from the first to the latest year (RRI), one period more${figure === null ? "" : `: ${figure}`}`,
    hold: (figure) => `The better of the latest target and actual, kept${figure === null ? "" : `: ${figure}`}`,
    stretch: (figure, stretch) =>
      `The latest actual raised by ${stretch} (lowered where lower is better)${figure === null ? "" : `: ${figure}`}`,
  },
  methodExample: (name) => `The figures are next period's drafts for "${name}".`,
  methodNoFigure: " (not enough history to compute)",
  otherIndicator: "Pick another indicator in Analyze to see its figures.",
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
