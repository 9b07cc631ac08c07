import { memoByText } from "../values/memo";
import { foldScript } from "../values/script-fold";

/**
 * What a column header says the column holds, read from the words published tables use
 * (施政績效報告, 施政計畫, 預算執行, 績效評核, English agency reports). Headers carry more than the
 * word: "原定目標值(A)", "執行率(%)\n(B+C)/A", "2024\nTarget", "103年\n年度目標值", so the match is
 * on a word inside the header, tried in the order below: the more specific first ("年度目標值" is a
 * target before it is a year; "績效目標" is a goal, not a target; "評分項目" an item, not a score).
 */
export type HeaderRole =
  | "code"
  | "criteria"
  | "remarks"
  | "rate"
  | "budget"
  | "executed"
  | "payable"
  | "reserved"
  | "weight"
  | "scoreItem"
  | "score"
  | "rating"
  | "reported"
  | "status"
  | "goal"
  | "dimension"
  | "indicator"
  | "target"
  | "actual"
  | "unit"
  | "direction"
  | "period";

/** Roles that say what a column's figures are (a target, a result, a budget, spending, a rate). */
export const FIGURE_ROLES: ReadonlySet<string> = new Set([
  "target",
  "actual",
  "reported",
  "budget",
  "executed",
  "rate",
]);

/** An allotment, what a unit is given to spend to date: 分配數, "Total Allotments". */
export const ALLOTMENT = /分配|allot/i;

interface Rule {
  readonly role: HeaderRole;
  /** Matched inside the header key (spaces removed, lower case). */
  readonly words: readonly string[];
  /** Matched against the whole key only: words too short or too common to find inside another. */
  readonly exact?: readonly string[];
}

/** A result that is the share of cases meeting a standard ("Targets Achieved (%)"); column-shape.ts reads it so. */
export const SHARE_MET_WORDS = [
  "targetsachieved",
  "targetachieved",
  "targetsmet",
  "standardsmet",
  "standardachieved",
  // "Fulfilled Client Charter Duration / Standard" over Number | %: the cases that met the charter.
  "fulfilled",
  // "Percentage of achieving the target in 2019 (%)": the share of cases that met the pledged time.
  "achievingthetarget",
  "meetingthetarget",
  "achievingtarget",
  "meetingtarget",
  // 已達到的平均服務標準 (Hong Kong's pledges in Chinese): the share of the standard reached.
  "已達到",
  // "Total implemented as per target" (a Malaysian council's charter): the cases done in the time set.
  "aspertarget",
  // "% Menepati Standard", "Jumlah Menepati Standard" (Malaysian charters in Malay): the cases, or the
  // share of them, that met the charter's standard.
  "menepati",
  // "IKUT PIAGAM | % MENGIKUT PIAGAM" (a district council's charter, "according to the charter"),
  // "BERJAYA MEMATUHI PIAGAM PELANGGAN" (a land office's, "succeeded in complying with"): the same.
  "ikutpiagam",
  "mengikutpiagam",
  "mematuhi",
  // "% Met" beside "Standard (Weeks)" (Canadian Heritage's service standards): the share that met it.
  "%met",
  "percentmet",
  "percentagemet",
  "%withinstandard",
  "percentwithinstandard",
];

/**
 * A header naming both the target and the result ("Targets, Outturns and Achievements"): its cells
 * hold the result, the target packed beside it ("Target 5% Outturn 5.7%") or set in the name.
 */
export const TARGET_AND_RESULT_WORDS = [
  "targets,outturns",
  "targetsandoutturns",
  "targetandoutturn",
  "targetandactual",
  "targetsandactuals",
  "target/actual",
  "targets/actuals",
  "目標及實際",
  "目標與實際",
  "目標/實際",
];

const RULES: readonly Rule[] = [
  { role: "actual", words: TARGET_AND_RESULT_WORDS },
  // 名稱及編號 (budget statements: each name cell holds its account code over the name) names the items.
  { role: "indicator", words: ["名稱及編號", "名稱及代號", "名稱及代碼", "名稱與編號"] },
  // "Targets Achieved (%)" beside a service standard in words: the share of cases that met it, the
  // result (Hong Kong's pledges), not a target.
  { role: "actual", words: SHARE_MET_WORDS },
  {
    role: "code",
    // 項次 is a whole header: inside one it is a count's (獲獎獎項次數, awards won).
    words: ["評估體制", "評估方式", "資料來源", "代碼", "編號", "序號"],
    exact: ["no", "no.", "#", "code", "id", "順序", "項次"],
  },
  {
    role: "criteria",
    words: ["衡量標準", "計算公式", "衡量方式", "計算方式", "公式", "定義", "formula", "definition", "methodology"],
    // 服務水平 alone (Hong Kong's pledges: "4" working days, "1小時") is the standard each case is held
    // to; "達到服務水平的百分比" is the share that met it, a target or a result as its group says.
    exact: ["服務水平"],
  },
  // 偏差原因分析, 未完成原因分析: why a value fell short, in words.
  {
    role: "remarks",
    words: ["備註", "附註", "remark", "note", "comment", "explanation", "原因分析"],
    exact: ["說明", "原因"],
  },
  {
    role: "rate",
    words: [
      "執行率",
      "支用率",
      "執行進度",
      "占預算比率",
      // 占分配數%, 占全年度預算數%: spending as a share of a budget is its execution rate.
      "占分配",
      "占全年度預算",
      "占年度預算",
      "占預算數",
      "executionrate",
      "spendingrate",
      "%spent",
      "percentspent",
      // "% utilization" (Indian budget statements): the share of the budget used.
      "%utili",
      "utilisation",
      "utilization",
      // "Actual as percentage of budget": spending as a share of the budget, its execution rate.
      "percentageofbudget",
      "percentofbudget",
      "%ofbudget",
      // "Percentage Used" (a county's schedule of expenditures): the share of the budget used.
      "percentageused",
      "percentused",
      "%used",
    ],
  },
  { role: "payable", words: ["應付數", "應付未付", "payable"] },
  { role: "reserved", words: ["保留數", "carriedover", "carryforward"], exact: ["保留"] },
  // "Budgeted Standard", "Budget Standard" (New Zealand's Estimates): the level of service the year's
  // budget buys, its target, no money.
  // "Budgeted Volume" likewise; "Estimated Actual Outcome": an estimate made before the year closed,
  // no result (before "outcome", a goal's word, can take it).
  {
    role: "target",
    words: ["budgetedstandard", "budgetstandard", "budgetedvolume", "budgetvolume", "estimatedactual"],
  },
  {
    role: "budget",
    words: [
      "預算數",
      "預算額",
      "預算金額",
      "可用預算",
      "可支用預算",
      "核定預算",
      "分配數",
      "budget",
      "appropriation",
      // "Cash Allocation", "Allotment": what a unit is given to spend, its 分配數.
      "allocation",
      "allotment",
      // "Profile to end September 02" (Irish departments' spending against profile): the budget
      // phased to a date, what spending to that date is held to.
      "profile",
      // "Total Provisions" beside "Actual Expenditure" (Sri Lanka's ministries): the sum provided.
      "provision",
      // 予算現額 (a Japanese town's 予算執行状況), 예산현액 (Korean local governments' 집행현황, 결산):
      // the budget as it stands, what spending is held to.
      "予算現額",
      "예산현액",
    ],
    exact: ["預算"],
  },
  {
    role: "executed",
    words: [
      "實現數",
      "執行數",
      "決算數",
      "支用數",
      "實支數",
      "累計實現",
      "expended",
      "expenditure",
      "spent",
      // "Spend to end September 02", "Actual spend": what was spent.
      "spend",
      "obligat",
      // 支出済額 (Japanese), 지출액 (Korean): the amount spent.
      "支出済額",
      "지출액",
    ],
  },
  // 分值 (mainland forms): the points an item is worth.
  // 指标分值 (Anhui's 部门整体支出绩效评价自评表): the points an indicator is worth.
  {
    role: "weight",
    words: ["配分", "權重", "比重", "指標分值", "weight", "maxscore", "maxpoints"],
    exact: ["points", "分值"],
  },
  {
    role: "scoreItem",
    words: ["評分項目", "考核項目", "評核項目", "評分指標", "考核指標", "評核指標", "評鑑項目", "scoreitem"],
    exact: ["criterion", "criteria"],
  },
  { role: "score", words: ["自評", "得分", "評分", "分數", "委員評", "score"] },
  { role: "rating", words: ["初核", "複核", "評核結果", "燈號", "rating"] },
  {
    role: "reported",
    words: [
      "達成度",
      "達成率",
      "達成比率",
      "達成百分比",
      "完成率",
      "achievement",
      "%achieved",
      "percentachieved",
      "attainment",
      // Texas ABEST: "Percent of Annual Target" is the actual over the target.
      "percentofannualtarget",
      "percentoftarget",
      "%oftarget",
    ],
  },
  {
    role: "status",
    // "Did the KPI hit target?": a question a row answers yes or no.
    words: [
      "達成情形",
      "是否達成",
      "達成與否",
      "達成狀況",
      "status",
      "met/notmet",
      "targetmet",
      "hittarget",
      "hitthetarget",
      // "On track to meet target?" (Queensland OIC's dashboard): a yes or no, no target.
      "ontrack",
    ],
    // "RAG" (a British council's Red / Amber / Green): how the result stands against its target.
    exact: ["met", "result?", "rag"],
  },
  // Before the indicator's words: 指標方向 holds 指標 but states a direction. "Good is" over High | Low.
  {
    role: "direction",
    words: ["指標方向", "指標性質", "方向", "direction", "polarity", "desiredtrend"],
    exact: ["goodis", "goodwhen"],
  },
  // "績效目標值" is the goal's value: a target, though it holds the word for a goal. Hong Kong's
  // pledges head the share to reach "服務指標" (服務標準 is the standard, 實際表現 the result).
  // 年度指標值 (mainland 绩效自评表): the year's value set for the indicator, its target.
  // "Sasaran" (Malay: the target; Malaysia's public service KPI templates and councils' KPI reports).
  { role: "target", words: ["目標值", "服務指標", "指標值", "sasaran"] },
  {
    role: "goal",
    words: ["績效目標", "策略目標", "施政目標", "施政重點", "業務成果", "goal", "objective", "outcome", "program"],
  },
  {
    role: "dimension",
    // 一級指標 | 二級指標 over 產出指標 | 數量指標: the levels a 三級指標 sits under.
    // "Kelompok" | "Dimensi Prestasi" (Malay: group, dimension of performance) over the KPIs.
    words: [
      "考核面向",
      "評核面向",
      "面向",
      "構面",
      "dimension",
      "category",
      "類別",
      "一級指標",
      "二級指標",
      "kelompok",
      "dimensi",
    ],
    exact: ["area"],
  },
  {
    role: "indicator",
    words: [
      // "Petunjuk Prestasi Utama" (Malay: key performance indicator).
      "petunjukprestasi",
      "衡量指標",
      "量化指標",
      "績效指標",
      "績效內容",
      "指標名稱",
      "指標",
      "工作項目",
      "計畫名稱",
      "科目",
      "名稱",
      "measure",
      "indicator",
      "kpi",
      "servicestandard",
      // "Service Item" beside "Service Indicators" (3 working days): the item served names the row.
      "serviceitem",
      // 承諾標準 (Hong Kong's pledges in Chinese, "Pledge"): each pledge a row's name.
      "承諾標準",
      // "MDGM CLIENT CHARTER" over the charter's sentences: each a pledge, the table's indicators.
      "clientcharter",
      "客戶約章",
      "metric",
      "description",
      "項目",
    ],
    exact: ["item", "items", "name", "pi", "pititle", "measuretitle"],
  },
  {
    role: "target",
    // 預設達標率 (Macao's pledges): the share of cases the service sets out to meet, its target.
    // "FY2024 Adopted": the level a US city adopts for the year, its target.
    words: [
      "目標值",
      "目標",
      "預定",
      "預設",
      "預期",
      "預估",
      "計畫值",
      // 承諾達標率 (Macao's pledges): the share of cases the service promises to meet, its target.
      "承諾達標率",
      // "Forecast Revenue" beside "Actual Revenue": what the year was planned to bring.
      "forecast",
      "target",
      "planned",
      "estimate",
      "projected",
      "adopted",
    ],
    // "Aim" over 2019/20 beside "Year to date" (a fire and rescue service): the level it sets out to reach.
    exact: ["plan", "goal", "aim"],
  },
  {
    role: "actual",
    // "Progress as at 28 February 1999": the result to date beside a target.
    // 執行情況百分比 (Macao's pledges): the share of cases met, as it turned out.
    // 實際完成值, 完成值 (mainland 绩效自评表): the value the year reached.
    words: [
      "實際",
      "實績",
      "達成值",
      "完成值",
      // 成績 (Hong Kong's pledges: 服務 | 承諾標準 | 成績): the year's result.
      "成績",
      "執行結果",
      "執行情況百分比",
      "actual",
      "achieved",
      "result",
      "progress",
    ],
    // "Recorded" beside "Target" (Irish written answers): the result recorded.
    // "Previous Measurement Period | Current | Target": the current period's result.
    // "YTD | Budget | Remaining" (a parish council's spend against budget): the result to date.
    exact: ["實際數", "value", "outturn", "recorded", "current", "performance", "ytd", "yeartodate"],
  },
  // "Revised FY2020" beside "Estimated FY2020": a later estimate of the year, no result of it ("Revised
  // Actual" is a result, read by the rule above).
  // "FY 2021 Adopted | FY 2021 Amended" (a city's budget book): the year's plan as amended, no result.
  { role: "target", words: ["revised", "amended"] },
  // "Unit", "Unit of measure"; not "Academic Unit / … Units" (the part of an organisation a row is of).
  { role: "unit", words: ["單位", "unitofmeasure", "measurementunit"], exact: ["unit", "units", "uom"] },
  {
    role: "period",
    words: [],
    exact: [
      "年度",
      "年",
      "期別",
      "period",
      "year",
      "fiscalyear",
      // "Financial Year" over 2019-20 | 2020-21 (an Indian ministry's reply, a UK agency's accounts).
      "financialyear",
      "fy",
      "年份",
      "年月別",
      "年月",
      "月別",
      "月份",
      "期間",
      "month",
      // "Bulan" (Malay): the month, down the rows of a Malaysian council's charter report.
      "bulan",
      "quarter",
      "季別",
    ],
  },
];

/**
 * 預算 | 決算 side by side, as a cross-tab's pair or as rows (近4年預、決算趨勢): a bare 決算 is the
 * executed amount beside its budget. Alone ("110年度決算") it is a year's amount, no role of its own.
 */
export function roleBesideBudget(text: string): HeaderRole | null {
  return text.replace(/\s/g, "") === "決算" ? "executed" : (headerRole(text)?.role ?? null);
}

/** Header text as compared: spaces, line breaks and colons removed, lower case. */
export function headerKey(text: string): string {
  return foldScript(text.replace(/[\s:：]/g, "").toLowerCase());
}

export interface HeaderMatch {
  readonly role: HeaderRole;
  /** The word that decided it, for the reading explanation. */
  readonly word: string;
}

/** A column of marks saying how a result stood to its target: met or exceeded, within a margin, not yet due. */
const MET_CATEGORY =
  /^\s*(?:met|exceeded|achieved)\b[\w\s]*\btarget\b|\bwithin\s+\d+(?:\.\d+)?\s*%\s+of\s+(?:achieving|meeting)\b|\btarget\s+not\s+yet\b|^(?:已?達成或超越目標|距目標\s*\d+(?:\.\d+)?\s*[%％]\s*以內|目標尚未適用)$/i;

const RESULT_AGAINST_TARGET =
  /\b(?:results?|performance|actuals?|outturns?)\s+(?:compared\s+(?:to|with)|against|versus|vs\.?|relative\s+to)\s+(?:the\s+)?targets?\b/i;

/** The role a header names, or null. Parentheses are looked through: "(Actual)" is Actual. */
export const headerRole: (text: string) => HeaderMatch | null = memoByText(roleOfHeader);

function roleOfHeader(text: string): HeaderMatch | null {
  const key = headerKey(text);
  if (key === "") return null;
  // "服務水平 (註1)": a note's mark is no part of the header's words.
  const bare = key.replace(/[(（]?(?:註|note)\d{1,2}[)）]?/g, "").replace(/[()（）[\]【】]/g, "");
  // "2001-2002 Results compared to target", "Performance against target": the results, set beside the
  // target in another column, not the target.
  if (RESULT_AGAINST_TARGET.test(text)) return { role: "actual", word: "results" };
  // "Expected Achievement Rate (%)" (a university's pledges), 預期達成率: the rate it sets out to reach.
  if (/^\s*(?:expected|pledged|planned)\s+(?:achievement|attainment|compliance)?\s*rate\b|^預期達成率/i.test(text))
    return { role: "target", word: "expected" };
  // "Met or Exceeded Target" | "Within 3% of achieving Target" | "Target Not Yet Applicable" (a council's
  // quarterly guarantee report, an X under one of them): whether the target was met, a status.
  if (MET_CATEGORY.test(text)) return { role: "status", word: "met" };
  // "On Target", "On target?" over ticks and crosses (a housing association's KPIs): whether it was.
  if (/^\s*on\s+target\s*\??\s*$/i.test(text)) return { role: "status", word: "on target" };
  // English names a column by its last word: "Performance Achievement Target 2016-17" is a target;
  // "Achievement against target", "% of target" are not.
  const head = key.replace(/[(（][^)）]*[)）]/g, "");
  if (
    /[a-z]target$/.test(head) &&
    !/(?:against|versus|vs\.?|of|to|over|ofannual|meeting|achieving|meetingthe|achievingthe|per)target$/.test(head)
  )
    return { role: "target", word: "target" };
  // "Client Charter Performance", "Pledge performance", "Current Performance" beside the service and its
  // standard (a Malaysian land office's charter report, a council's KPI table): the share met, the result.
  if (/(?:charter|pledge|current)performance$/.test(head)) return { role: "actual", word: "performance" };
  // 单位名称, 預算單位名稱: the name of the agency a row is of, no unit of measure.
  if (/^(?:預算)?單位名稱$/.test(key)) return { role: "dimension", word: "單位名稱" };
  // "Type of service standard" beside "Service standard": the kind each item is, its category.
  if (/^\s*(?:type|kind|category)\s+of\b/i.test(text)) return { role: "dimension", word: "type of" };
  // "Grant No", "Head Code": a number or code naming each line, no figure.
  if (/^\s*[A-Za-z]+\s+(?:no\.?|code)\s*$/i.test(text)) return { role: "code", word: "no" };
  // "Performance in May 2019", "Performance for 2023-24", "Performance up to Quarter 3 2014/15": the
  // period's result.
  if (/^\s*(?:our\s+|actual\s+)?performance\s+(?:in|for|during|as\s+at|as\s+of|up\s+to|to\s+date)\s/i.test(text))
    return { role: "actual", word: "performance" };
  // "Q3 Performance", "2023/24 performance" (a housing association's quarterly KPIs): the period's result.
  if (/^\s*(?:Q[1-4]|quarter\s*[1-4]|(?:FY\s*)?(?:19|20)\d{2}(?:\s*[/\-–]\s*\d{2,4})?)\s+performance\s*$/i.test(text))
    return { role: "actual", word: "performance" };
  // "Previous Measurement Period" over figures: an earlier period's result, no name of anything.
  if (/^\s*(?:previous|prior|last|earlier)\s+measurement\s+period\s*$/i.test(text)) return null;
  // "Total target not achieved", 未達成件數: the cases that missed, a count of no role.
  if (
    /not\s*(?:achieved|met)\b|未達成|未達標|tidak\s+(?:menepati|mengikut|mematuhi)/i.test(text) &&
    !/%|percent|率/i.test(text)
  )
    return null;
  // "Value vs Target", "Actual versus target": the two compared, a difference, neither of them.
  if (/(?:vs\.?|versus)target$/.test(head)) return null;
  // "Variation over Target to end of Oct 21", "Variance against budget", 比較增減: a difference, neither.
  // "Balances of Appropriations", "Unexpended balance", 預算餘額: what is left, budget less spent, neither.
  if (/^\s*(?:variation|variance|difference)s?\b/i.test(text) || /^(?:比較)?(?:增減|差異|差額)/.test(key)) return null;
  // "(Over) / under-spending", "Underspend": spending against budget, a difference, neither.
  if (/(?:over|under)[\s-]*spen(?:d|t)/i.test(text)) return null;
  if (/^\s*(?:(?:unexpended|unobligated|unspent|remaining|available)\s+)?balances?\b/i.test(text) || /餘額$/.test(key))
    return null;
  const match = ruleMatch(text, key, bare);
  // "% Total Expenditure", "Percentage spent": spending as a share of what was there to spend.
  if (match?.role === "executed" && /^(?:%|％|percent(?:age)?(?:of)?)/.test(key)) return { ...match, role: "rate" };
  return match;
}

function ruleMatch(text: string, key: string, bare: string): HeaderMatch | null {
  // "Performance (per cent.)", "Outturn (days)": a unit in brackets is no part of the word that names
  // the column. Brackets holding a figure ("Current (2019)") stay: they may name something else.
  const unitless = key.replace(/[(（][^)）\d]*[)）]/g, "");
  for (const rule of RULES) {
    for (const word of rule.exact ?? []) if (bare === word || unitless === word) return { role: rule.role, word };
    for (const word of rule.words)
      if (key.includes(word) && startsWord(text, key, word)) return { role: rule.role, word };
  }
  return null;
}

const LATIN_LETTER = /^[a-z]$/;

/**
 * An English word is found where a word of the header begins, never inside another: "rating" is not
 * in "Actual operating costs" or "Generating capacity". The key has lost its spaces, so a word
 * begins where the header's text had no letter before it. Other scripts have no spaces to lose.
 */
function startsWord(text: string, key: string, word: string): boolean {
  if (!LATIN_LETTER.test(word.charAt(0))) return true;
  const starts = wordStarts(text);
  for (let at = key.indexOf(word); at >= 0; at = key.indexOf(word, at + 1)) if (starts.has(at)) return true;
  return false;
}

/** Positions in the header's key (headerKey) at which a Latin word of its text begins. */
function wordStarts(text: string): Set<number> {
  const starts = new Set<number>();
  let keyAt = 0;
  let previous = "";
  for (const ch of text.toLowerCase()) {
    if (/[\s:：]/.test(ch)) {
      previous = " ";
      continue;
    }
    if (LATIN_LETTER.test(ch) && !LATIN_LETTER.test(previous)) starts.add(keyAt);
    keyAt += ch.length;
    previous = ch;
  }
  return starts;
}

// 합계, 총계, 소계: Korean statements' total and subtotal lines (a county's 회계별 집행현황).
const TOTAL = /^(?:小計|合計|總計|計|總分|總和|共計|합계|총계|소계|total|subtotal|grandtotal|totals)$/i;

/** An aggregate row label: 小計, 合 計, 總計, Total. Such a row is a sum, not an indicator. */
export const isAggregateLabel: (text: string) => boolean = memoByText(aggregateLabel);

/** Every total word holds one of these (計 or 總, in either script, 합계, 총계, 소계) or "total": most names hold none. */
const TOTAL_MARK = /[計计總总]|합계|총계|소계|total/i;

function aggregateLabel(text: string): boolean {
  // Asked of every row's name: a table of 20,000 distinct names is past the memo's bound.
  if (!TOTAL_MARK.test(text)) return false;
  const key = headerKey(text).replace(/[（(][^)）]*[)）]/g, "");
  // "城鄉建設小計", "中長程計畫預算合計": a total of what the label names.
  // "Total for Vote :": the total of the table's unit, as a vote or fund report prints it.
  // "Sub-total (R) Regulatory Service": a subtotal of the kind it names.
  // "Categorywise Total:", "Overall total": a total named by what it runs over.
  return (
    TOTAL.test(key) ||
    /.(?:小計|合計|總計)$/.test(key) ||
    /^(?:(?:grand)?totalfor|sub-?total.)/.test(key) ||
    /^[a-z-]*(?:wise|overall)total$/.test(key)
  );
}

/**
 * The formula a rate header states, e.g. "執行率(%)\n(B+C)/A": which lettered columns are summed
 * over which. Letters refer to the "(A)", "(B)" … the other headers carry.
 */
export function statedRateFormula(text: string): { over: string; sum: readonly string[] } | null {
  // "【(B)+(C)】/(A)", "(B+C)/A", "100%*(B/A)": brackets say nothing the letters do not.
  const key = headerKey(text)
    .replace(/[()（）【】[\]{}]/g, "")
    .replace(/÷/g, "/");
  const match = /(?:^|[^a-z])([a-e](?:\+[a-e])*)\/([a-e])(?![a-z])/i.exec(key);
  if (!match?.[1] || !match[2]) return null;
  return { over: match[2].toUpperCase(), sum: match[1].toUpperCase().split("+") };
}

/** The letter a header gives its column: "預算數(A)", "實現數\n(B)". */
export function columnLetter(text: string): string | null {
  // A header that states a formula ("【(B)+(C)】/(A)") refers to letters; it does not carry one.
  if (statedRateFormula(text) !== null) return null;
  const matches = [...text.matchAll(/[(（]\s*([A-Ea-e])\s*[)）]/g)];
  return matches.length === 1 ? (matches[0]?.[1]?.toUpperCase() ?? null) : null;
}

/** "執行率(%)", "達成率 %", "決算占預算比率 (%)": the column holds percentage points (69.86 = 69.86%). */
export function inPercentPoints(text: string): boolean {
  return /[(（[]\s*%\s*[)）\]]|%\s*$|％|100\s*%\s*[*×]/.test(text);
}

/**
 * A target column whose header says, in brackets, that the bracketed figures are the results:
 * "2006/07 Target (year-end performance as at 31 March 2007)", "目標值（實際值）".
 */
export function bracketsHoldActual(text: string): boolean {
  return /[(（][^)）]*(?:actual|performance|outturn|achieved|實際|實績|達成)[^)）]*[)）]/i.test(text);
}
