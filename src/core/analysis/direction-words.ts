import type { Direction } from "../measures/achievement";
import { foldScript } from "../values/script-fold";

/**
 * What an indicator counts that is better when there is less of it, in both languages, in one place:
 * 未達目標比率, …發生率, "average processing days" are met by staying at or under target. Verbs that
 * ask for less (降低…, reduce…) are LOWER_VERBS below.
 */
export const LOWER_NAME_WORDS = {
  zh: [
    "未達",
    "發生率",
    "發生數",
    "死亡",
    "事故",
    "違規",
    "逾期",
    "失業率",
    "處理天數",
    "平均天數",
    "等候時間",
    "等待時間",
    // 案件平均處理時間, 核定所需時間: the time a case takes, as 處理天數 counts it.
    "處理時間",
    "平均時間",
    "所需時間",
    "延誤",
    "錯誤率",
    "誤差",
    "不合格",
    "缺失",
    "罹病",
    "傷亡",
    "犯罪",
    "案件積壓",
    "積案",
    "排放量",
    "漏水率",
    "成本",
    "抱怨",
    // 住宅火災: fires a fire service works to prevent.
    "火災",
    // 停水, 停電 (供水中斷): a utility's failures of supply.
    "停水",
    "停電",
    "中斷",
    "陳情",
    "欠稅",
    // 矯正機關: 脫逃, 自殺, 毒品檢驗陽性, 再犯 are harms it works to keep down.
    "脫逃",
    "自殺",
    // 盛行率 (吸菸盛行率, 肥胖盛行率), 吸菸率: a harm's share of a population.
    "盛行率",
    "吸菸率",
    "陽性",
    "再犯",
    // 疫苗耗損率: stock wasted, as "% of HPV vaccine wasted" counts it.
    "耗損",
    // The standard indicators of a mainland department's whole-expenditure evaluation: 財政供養人員
    // 控制率 (staff in post over the establishment), 公用經費控制率 and 三公經費控制率 (spending over its
    // budget), 預算調整率, 結轉結餘率: each kept at or under its ceiling. (成本控制率 is not among them:
    // forms state it either way.)
    // (The script fold leaves 员 and 余 as written: both spellings.)
    "人員控制率",
    "人员控制率",
    "經費控制率",
    "預算調整率",
    "結餘率",
    "結余率",
  ],
  en: [
    "error rate",
    "backlog",
    "inventory",
    "incident",
    "accident",
    "fatalit",
    "death",
    "injur",
    "violation",
    "overdue",
    "delay",
    "days to complete",
    "days to process",
    "average days",
    "processing time",
    "time to process",
    "time to clear",
    "time to respond",
    "average time",
    "time taken",
    // "Improve or maintain the time elapsed from lodging …" (Fair Work Commission), "median time".
    "time elapsed",
    "elapsed time",
    "median time",
    "approval time",
    "response time",
    "processing days",
    "wait time",
    "waiting time",
    "turnaround",
    "lead time",
    "unemployment",
    "complaint",
    "cost per",
    "average cost",
    "unit cost",
    "vacancy",
    "defect",
    "recidivism",
    "debt",
    // "Gearing Ratio" (total debt / total assets: a water corporation's financial indicators), the
    // British and Australian word for the share of debt.
    "gearing",
    "arrears",
    // A prison's harms: escapes, assaults, positive drug tests, self-harm.
    "escape",
    "assault",
    "positive random drug",
    "positive drug",
    "self-harm",
    "suicide",
    // "Number of crimes committed per 100,000 population (Index Crime Rate)", "Prevalence of tobacco
    // use among … youth" (the Texas Comptroller's measures): harms counted across a population.
    "crime rate",
    "crimes committed",
    "prevalence",
    "tobacco use",
    "smoking",
    // Harms of a service (a London borough's waste measures, a Waikato scorecard): contamination of
    // recyclate, missed collections, breaches of an agreement.
    "contamination",
    "missed",
    "non-collection",
    "breaches",
    "days lost",
    // Time without the service: "Customer minutes off water supply (average)" (a water corporation),
    // as "days lost" is time without the staff.
    "minutes off",
    "hours off",
    "minutes without",
    "hours without",
    // "Working Days (per FTE) Lost Due to Sickness Absence" (a district council), "Reduce sick absence".
    // Interest a public body pays its suppliers for paying them late (the Public Contracts Regulations'
    // payment performance tables): a penalty, to be kept down.
    "interest paid",
    "interest liab",
    "late payment",
    // Fires a fire and rescue service works to prevent (accidental dwelling fires, deliberate fires).
    "fires",
    // Infections caught in hospital (NHS trusts' key targets): MRSA, C. difficile.
    "mrsa",
    "difficile",
    "hospital-acquired",
    // Failures of a utility's service (water corporations' customer commitments): unplanned
    // interruptions to supply, sewer blockages, outages.
    "interruption",
    "blockage",
    "outage",
    "sickness absence",
    "sick absence",
    "sick leave",
    // "Number of incidences of homelessness (presentations)" (a Scottish council's plan): a harm
    // across the population; what the agency does about it (homelessness prevented) is its work.
    "homeless",
    // "Percentage of road network that should be considered for maintenance treatment": the roads in
    // poor repair, a share to bring down.
    "require maintenance",
    "requiring maintenance",
    "considered for maintenance",
    // "% of HPV vaccine wasted" (a health unit's accountability indicators), wastage of stock.
    "wasted",
    "wastage",
    // "Percentage of municipal waste landfilled" (a district council), "biodegradable … waste that is
    // landfilled" (a Northern Irish council's statutory indicators): waste kept out of landfill is the aim.
    "landfill",
    // "Ratio of disallowance to EAGGF funds handled" (the Intervention Board's key targets), "Financial
    // corrections (disallowance) as a % of CAP funds" (the Rural Payments Agency): the share of spending
    // the EU refuses to refund, a loss to keep down.
    "disallow",
    // A landlord's rent lost while homes stand empty ("Void rent loss", "Empty homes loss (% of debit)",
    // "Rent loss due to empty homes"), and people leaving ("Tenancy turnover", "Annual Employee Turnover
    // Percentage", "voluntary turnover of staff"); a business's "sales turnover" is its income.
    "rent loss",
    "rent lost",
    "homes loss",
    "void loss",
    "tenancy turnover",
    "employee turnover",
    "staff turnover",
    "turnover of staff",
  ],
} as const;

/** A bound stated in 衡量標準 or 備註: "以下", "不超過", "低於", "at most". */
export const LOWER_BOUND_WORDS = {
  zh: ["以下", "不超過", "不高於", "低於", "以內", "降低", "減少", "≦", "<="],
  en: ["or less", "or fewer", "at most", "no more than", "not exceed", "below", "under", "reduce"],
} as const;

export const HIGHER_BOUND_WORDS = {
  zh: ["以上", "不低於", "至少", "≧", ">="],
  en: ["or more", "or greater", "or higher", "at least", "no less than"],
} as const;

function hasAny(text: string, words: { readonly zh: readonly string[]; readonly en: readonly string[] }): boolean {
  const lower = text.toLowerCase();
  return words.zh.some((w) => text.includes(w)) || words.en.some((w) => lower.includes(w));
}

/** "無缺失比率", "零事故", "no violations": the word negated counts the good outcome, higher is better. */
const NEGATION_ZH = /[無零免沒非]$/;
const NEGATION_EN = /\b(?:no|zero|without|free of)\s*$/;

/** Budgeted output costs are met within a band either way (Victorian budget papers: ±5%). */
/**
 * "Output cost"; spending set against its budget ("Variation on budget - General Fund", a district
 * council; "Operating expenditures, budget vs actual", a Texas city's scorecard): on budget is the aim,
 * neither side of it.
 */
export const CLOSER_NAME_WORDS = {
  zh: [] as string[],
  en: [
    "output cost",
    "variation on budget",
    "variance on budget",
    "variance to budget",
    "budget vs actual",
    "budget vs. actual",
  ],
} as const;

/** The direction a name implies, or null where it says nothing. */
export function directionOfName(written: string): Direction | null {
  // "Response Time to Graffiti Removal This indicator measures … The goal is … within two business
  // days.": a title and its first sentence say what is measured; the later sentences speak only where
  // they say nothing.
  const first = FIRST_SENTENCE.exec(written)?.[0];
  const titled = first === undefined || first.length === written.length ? null : directionOfText(first);
  return titled ?? directionOfText(written);
}

/** The name's first line, or its first sentence where more follow ("… in the City. The goal is …"). */
const FIRST_SENTENCE = /^[^\n]*?(?:\.(?=\s+[A-Z])|。|(?=\n))/;

function directionOfText(written: string): Direction | null {
  // Mainland and Hong Kong names in simplified script (事件发生数) hold the words the lists hold in traditional.
  const name = foldScript(written);
  const lower = name.toLowerCase();
  if (hasAny(name, CLOSER_NAME_WORDS)) return "closer";
  const stated = STATED_IN_NAME.find(([pattern]) => pattern.test(lower))?.[1];
  if (stated !== undefined) return stated;
  if (REDUCTION_MEASURED.test(lower)) return "higher";
  if (WASTE_ARISING.test(lower)) return "lower";
  // "No more than 20 per cent of calls to be abandoned", "每萬人 3 件以下": a ceiling set in the name.
  if (CEILING_IN_NAME.test(lower) || BEYOND_LIMIT.test(lower)) return "lower";
  if (RANK.test(lower) && !PERCENTILE_RANK.test(lower)) return "lower";
  const found = (words: { readonly zh: readonly string[]; readonly en: readonly string[] }): boolean =>
    words.zh.some((w) => said(name, w, NEGATION_ZH)) || words.en.some((w) => said(lower, w, NEGATION_EN));
  const timeOrCost = TIME_TAKEN.test(lower) || COST_OF.test(lower);
  // Most names hold none of the words: one test settles them (found() would try each word in turn).
  if (!ANY_LOWER_WORD.test(lower) && !timeOrCost) return null;
  if (found(LOWER_VERBS)) return "lower";
  // A service standard met in time ("respond within 2 days to complaints", "3 日內完成") counts the
  // cases that met it: more is better, whatever the cases are about.
  if (TIMELY.test(name)) return null;
  // What the agency itself does about a harm (查獲毒品案件數, 起訴…犯罪人數, arrests for burglary)
  // counts its work: more is the goal, though the harm's word stands in the name.
  if (ENFORCEMENT.test(lower) || PREVENTED.test(lower)) return null;
  if (timeOrCost) return "lower";
  // Debts and arrears the agency collects or recovers count its work; the debt left outstanding is the harm.
  if (RECOVERY.test(lower) && OWED.test(lower)) return null;
  return found(LOWER_NAME_WORDS) ? "lower" : null;
}

/** A direction the name states outright: "(Minimise)" after a council's measure, 越低越好. */
const STATED_IN_NAME: ReadonlyArray<readonly [RegExp, Direction]> = [
  [/\bminimi[sz]e\b|\blower is better\b|[越愈]低越好|[越愈]低愈好|越少越好/, "lower"],
  [/\bmaximi[sz]e\b|\bhigher is better\b|[越愈]高越好|[越愈]高愈好|越多越好/, "higher"],
];

/**
 * A name that measures a reduction itself, its size the figure: "% reduction in collectable Government
 * debtors", "5: Reduction in number of people killed … compared with the 1994–98 average", "DOJ's
 * reduction in the supply of illegal drugs", "Meet annual regulatory reduction target". More of the
 * reduction is better, whatever is reduced ("Target ongoing reduction in … debt burden, as measured by
 * the … ratio" measures the ratio, and is no such name).
 */
const REDUCTION_MEASURED =
  /^(?:\d+\s*[:.]?\s*)?(?:(?:estimated|net|total|annual|cumulative)\s+)*reductions?\s+in\b|(?:%|\bper\s?cent|\bpercent)\s+reduction\b|'s\s+reduction\s+in\b|\breduction\s+target\b|減少率|減幅|降幅/;

/**
 * Waste that arises, per head or in all: "Average Kg (gross) waste collected per household" (a district
 * council), "Residual household waste per household", 每人每日垃圾產生量, 垃圾清運量: less is the aim
 * (what is recycled or composted of it is the service's work, and no such name).
 */
const WASTE_ARISING =
  /\bwaste\b[^.;]{0,30}\bper\s+(?:household|capita|person|resident|head)\b|(?:垃圾|廢棄物)(?:產生|清運)量/;

/**
 * The time a case takes, averaged or counted in days: "Average number of weeks to determine a major
 * application", "Avg # of Days for bank reconciliation", "Average First Action Pendency", "Average
 * speed of answering a customer call", "permits issued (in days)". Checked after the timely standards
 * ("within 10 days"), which count the cases that met a time.
 */
const TIME_TAKEN =
  /\b(?:average|avg\.?|mean|median)\s+(?:(?:number|no\.?)\s+of\s+|#\s*of\s+)?(?:working\s+|business\s+|calendar\s+)?(?:days?|weeks?|hours?|minutes?)\b|\bpendency\b|\bspeed of (?:answer|respon)|\bresponse speed\b|\(in (?:working |calendar )?days\)|(?:employee|staff|workforce|voluntary)\s+turnover|\bturnover\s+(?:rate|percentage|of\s+(?:staff|employees))/;

/**
 * A name that opens with the cost of what is delivered ("Cost of services provided to support the
 * Premier", a state's efficiency indicators; "Cost to FCO per conference participant"; "Cost of
 * outsourced Print Room work as a % of …"): an efficiency measure, lower is better. "Total cost of
 * services (expense limit)", "Net cost of services" are a statement's lines held to a limit, as
 * spending is to a budget: not these.
 */
const COST_OF =
  /^\W*(?:\d+[.:)]\s*)?(?:(?:administrative|administration|operating|running|overhead)\s+)?costs?\s+(?:of|to|for)\b/;

/**
 * A place in a ranking ("Best Companies position", "league table position", 全國排名, 評比名次): the
 * first place is the best, so a smaller number is better. A percentile rank counts those below: more is better.
 */
const RANK = /\b(?:league|table|companies|national|overall)\s+position\b|\brank(?:ing)?\b|排名|名次/;
/** (No lookbehind: the pane's scripts must parse as ES2017, test/skeleton/es-level.test.ts.) */
const PERCENTILE_RANK = /\bpercentile\s+rank/;

/**
 * "Percentage of the road network exceeding the optimal seal age", "… exceeding the maximum waiting
 * time": the share beyond a limit or an optimum, a harm to keep down.
 */
const BEYOND_LIMIT =
  /\bexceed(?:ing|s)?\s+(?:the\s+)?(?:optimal|optimum|maximum|recommended|permitted|allowable|safe)\b/;

const CEILING_IN_NAME =
  /\b(?:no more than|not (?:to )?(?:exceed|be more than)|not more than|at most|a maximum of)\s*\d|(?:不超過|不高於|低於)\s*\d|\d\s*(?:%|％|個|件|人|次|日|天)?\s*以下/;

/** The word stands in the text, not negated just before it (無缺失, no incidents). */
function said(text: string, word: string, negation: RegExp): boolean {
  const at = text.indexOf(word);
  // "Incidental expenses", "accidental": an adjective made of the noun counts nothing of it.
  if (at >= 0 && ADJECTIVE_ENDING.test(text.slice(at + word.length))) return false;
  return at >= 0 && !negation.test(text.slice(0, at));
}

const ADJECTIVE_ENDING = /^al(?:ly)?\b/;

/** Verbs that ask for less, whatever follows: 降低…, reduce…. */
export const LOWER_VERBS = {
  zh: ["降低", "減少", "減低", "下降", "縮短"],
  en: ["reduce", "reduction", "decrease", "lower", "cut "],
} as const;

/**
 * Any word of LOWER_VERBS or LOWER_NAME_WORDS, in the lower-cased name (the Chinese words have no
 * case, so they stand in it as in the name).
 */
const ANY_LOWER_WORD = new RegExp(
  [...LOWER_VERBS.zh, ...LOWER_VERBS.en, ...LOWER_NAME_WORDS.zh, ...LOWER_NAME_WORDS.en]
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|"),
);

// "Number of emergency incidents coordinated", 協處災害事故件數: the agency's response, counted.
const ENFORCEMENT =
  /查獲|破獲|緝獲|查緝|起訴|取締|逮捕|移送|偵破|查處|查核件數|稽查|協處|協調處理|arrest|prosecut|seiz|enforcement action|inspection|conviction|cases solved|clearance|coordinated|responded to|\bnotifying\b|通知/i;

/**
 * A harm the agency prevents or relieves (homelessness prevented, 協助安置): its work, more is the
 * goal. "Preventable deaths" is the harm itself.
 */
const PREVENTED = /\bprevent(?:ed|ion)\b|\baverted\b|\brelieved\b|\brelief\b|\bresettled\b|\brehoused\b|安置/i;

const RECOVERY = /recover|collect|repaid|清理|徵起|收回|追繳|催收/i;
/** What is owed: only its collection is the agency's work ("missed collections" of waste are a harm). */
const OWED = /debt|arrear|overdue|owed|欠|逾期|債/i;

const TIMELY =
  /\bwithin\b|\bin\s+\d+\s+(?:working\s+|business\s+)?(?:days?|hours?|weeks?|minutes?)\b|\bbefore (?:noon|midnight|\d)|(?:\d+|[一二三四五六七八九十]+)\s*(?:個)?(?:工作)?(?:日|天|小時|分鐘|週)內|當日|即時/i;

/** The direction a criteria or remark text states by its bound, or null. */
export function directionOfBound(text: string): Direction | null {
  const lower = hasAny(text, LOWER_BOUND_WORDS);
  const higher = hasAny(text, HIGHER_BOUND_WORDS);
  if (lower === higher) return null;
  return lower ? "lower" : "higher";
}

/**
 * A financial position (total equity, net assets, cash held, 淨值) or a change that may go either way
 * ("Net increase / (decrease) in cash held", 增(減), 賸餘(短絀), surplus/(deficit)): a budget figure
 * for it is a forecast, not a goal, and no direction makes more of it better. No achievement. So is an
 * opening or closing fund balance, or the change in one ("Fund balances, December 31", "Net change in
 * fund balances", a city's general fund; 基金餘額).
 */
const NO_DIRECTION =
  /\b(?:beginning|ending|opening|closing)\s+(?:funds?\s+available|fund\s+balances?|cash\s+balances?|balances?)\b|\bexcess\s*\(?\s*deficit\b|\btotal\s+equity\b|\bnet\s+assets\b|\bcash\s+held\b|\bfund\s+balances?\s*(?:,|at|as\s+of)\s*(?:jan|dec|beginning|end)|\bnet\s+change\s+in\b|淨值|基金餘額|increase\s*\/\s*\(?decrease|surplus\s*\/\s*\(?deficit|增\s*[(（]\s*減|賸餘\s*[(（]\s*短絀|[賸剩]餘\s*[/／]\s*短絀/i;

/**
 * A population the agency holds or serves, counted ("Average daily count of offenders in custody",
 * caseload, 收容人數, 在監人數): demand, forecast rather than aimed at; neither more nor fewer is the goal.
 */
const DEMAND =
  /\baverage\s+daily\s+(?:count|population)\b|\boffenders\s+(?:in|under)\b|\bcaseloads?\b|\bworkloads?\b|收容人數|在監人數|收容人数|在监人数/i;

export function hasNoDirection(name: string): boolean {
  return NO_DIRECTION.test(name) || DEMAND.test(name);
}
