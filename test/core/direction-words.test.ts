/** Issue 10, item 8: direction from names and stated bounds, both languages, one list. */
import { directionOfBound, directionOfName } from "../../src/core/analysis/direction-words";

test.each([
  ["未達目標比率", "lower"],
  ["降低職災死亡人數", "lower"],
  ["減少溢領案件", "lower"],
  ["登革熱發生率", "lower"],
  ["交通事故死亡人數", "lower"],
  ["逾期案件件數", "lower"],
  ["失業率", "lower"],
  ["平均處理天數", "lower"],
  ["Average days to complete a pothole repair request", "lower"],
  ["Case backlog", "lower"],
  ["Error rate of payments", "lower"],
  ["Inventory of unprocessed claims", "lower"],
  ["Total output cost", "closer"],
  // Payment performance (English councils, national parks): interest paid on late payments is a penalty.
  ["Value of Interest paid in relation to late payment charges", "lower"],
  ["The amount of interest paid to suppliers due to a breach of the requirement in Regulation 113", "lower"],
  ["Value of interest liability on invoices paid after 30 days", "lower"],
  ["利息收入", null],
  // A utility's failures of supply (two Victorian water corporations), and its telling customers of them.
  ["Multiple unplanned water interruptions (number of customers)", "lower"],
  ["Multiple sewer blockages (number of customers)", "lower"],
  ["Number of water supply interruptions – unplanned and planned per 100km", "lower"],
  ["Notifying customers about unplanned water supply interruptions (percentage of customers)", null],
  ["計畫性停水戶數", "lower"],
  // A share beyond an optimum or a limit (Queensland's main roads; an ambulance service's waits).
  ["Road system seal age (percentage of the state-controlled road network exceeding the optimal seal age)", "lower"],
  ["Percentage of patients waiting exceeding the maximum waiting time", "lower"],
  ["Percentage of calls exceeding target answered", null],
  // What it costs to run a programme, as a share of it (Queensland's main roads; a grants body).
  [
    "Administrative cost to plan, develop and manage the QTRIP as a percentage of the overall value of the program",
    "lower",
  ],
  ["Operating cost of the grants program as a percentage of grants paid", "lower"],
  // Fires a fire and rescue service works to prevent; its inspections count its work.
  ["Accidental dwelling fires", "lower"],
  ["Deliberate primary fires per 10,000 population", "lower"],
  ["住宅火災件數", "lower"],
  ["Fire safety inspections conducted", null],
  // Staff who leave, and a place in a ranking (a housing association's KPIs; a 縣政府's 評比).
  ["Group voluntary turnover of staff (%)", "lower"],
  ["Best Companies position (number)", "lower"],
  ["全國評比排名", "lower"],
  ["Number of staff positions filled", null],
  ["Percentile rank in the Global Competitiveness Index improved", null],
  // Infections caught in hospital (NHS trusts).
  // Spending the EU refuses to refund (two UK paying agencies' key targets).
  ["Ratio of disallowance to EAGGF funds handled", "lower"],
  ["Financial corrections (disallowance) as a % of CAP funds", "lower"],
  ["Cases of MRSA", "lower"],
  ["Cases of C difficile", "lower"],
  ["Hospital-acquired C. difficile infections", "lower"],
  // Negated: the good outcome is counted, so more is better.
  ["稽核採購案件無缺失比率", null],
  ["零事故工作天數", null],
  ["Percentage of days with no incidents", null],
  ["電子證申請件數", null],
  // A service standard met in time counts the cases that met it.
  ["To deal with complaints on wasps/bees infestation within 6 working days.", null],
  ["陳情案件 7 日內回復比率", null],
  ["Reduce complaints not answered within 10 days", "lower"],
  ["縮短平均處理天數", "lower"],
  ["% of pothole repair requests completed on time", null],
  // An adjective made of the noun counts nothing of it (Ireland's appropriation account, a UK council).
  ["INCIDENTAL EXPENSES", null],
  ["Accidental damage claims settled", null],
  ["Road accidents reported", "lower"],
  // A ceiling set in the name (UK Child Support Agency; a 服務承諾 line).
  ["Calls abandoned: No more than 20 per cent of calls to be abandoned by the caller.", "lower"],
  ["陳情案件退件率 5%以下", "lower"],
  // Debt left outstanding is the harm; debt recovered is the work (WA Finance; a 稅捐 office).
  ["Debt as a percentage of revenue raised (%)", "lower"],
  ["欠稅餘額占稅收比率", "lower"],
  ["Social fund debt recovered", null],
  // Harms across a population (the Texas Comptroller; a 衛生局 plan); the agency's response counts its work.
  ["Number of crimes committed per 100,000 population (Index Crime Rate)", "lower"],
  ["Prevalence of tobacco use among middle & high school youth", "lower"],
  ["國中學生吸菸率", "lower"],
  ["成人肥胖盛行率", "lower"],
  ["Number of emergency incidents coordinated", null],
  ["協處重大災害事故件數", null],
  ["Agreement approval time", "lower"],
  ["案件平均處理時間", "lower"],
  ["欠稅清理實徵率", null],
  // A prison's harms (HM Prison Service; 法務部矯正署).
  ["Rate of positive random drug tests", "lower"],
  ["Number of escapes from prison escorts", "lower"],
  ["收容人尿液毒品檢驗陽性率", "lower"],
  ["收容人脫逃人數", "lower"],
  // The time a case takes, averaged (Aberdeenshire, Los Angeles, Keller TX, USPTO, HMRC, Deschutes County).
  ["Major applications – average number of weeks to determine a major application", "lower"],
  ["Average Number of Working Days to Repair Potholes", "lower"],
  ["Avg # of Days for bank reconciliation", "lower"],
  ["Average First Action Pendency", "lower"],
  ["Average speed of answering a customer call", "lower"],
  ["On Site New System Permits Issued (in days)", "lower"],
  ["Annual Employee Turnover Percentage", "lower"],
  ["Inspector Average Stops per Day", null],
  ["Turnover of the trading fund", null],
  ["Percentage of applications determined within 8 weeks", null],
  // A direction stated outright (Wandsworth's "(Minimise)"; 越低越好 in a 備註-less name).
  ["Reports about non-collection of waste (Minimise)", "lower"],
  ["Number of Street Cleansing reports / requests for service (Minimise)", "lower"],
  ["Recycling rate (Maximise)", "higher"],
  ["平均候診時間(越低越好)", "lower"],
  // Harms of a service (Wandsworth, Waikato), in either script (衡山县: 事件发生数).
  ["% of Contamination in co-mingled recyclate", "lower"],
  ["Number of identified or notified breaches/ objections under Joint Management Agreements", "lower"],
  ["因粮食市场波动引起的粮食安全事件发生数", "lower"],
  // A reduction measured itself is better larger (Jersey, the Highways Agency, DOJ, BC Revenue, TSol).
  ["% reduction in collectable Government debtors (now includes Income Tax debt)", "higher"],
  ["5:Reduction in number of people killed/seriously injured on trunk roads", "higher"],
  ["DOJ's reduction in the supply of illegal drugs available for consumption in the U.S.", "higher"],
  ["Meet annual regulatory reduction target from a baseline of 13,640 requirements.", "higher"],
  ["Estimated net reduction in total load of nitrogen and phosphorus in urban and rural water systems", "higher"],
  ["Target ongoing reduction in Queensland's relative debt burden", "lower"],
  // Stock wasted (a health unit's accountability indicators; 疫苗耗損率).
  ["% of HPV vaccine wasted that is stored and/or administered by the TBDHU", "lower"],
  ["流感疫苗耗損率", "lower"],
  // A title and its first sentence say what is measured; a later sentence's "within" does not make
  // the time a share met in time (Fort Collins's metrics, a 服務指標 with its explanation).
  [
    "Response Time to Graffiti Removal This indicator measures the amount of time to respond to graffiti. The goal is to have graffiti abated within two business days.",
    "lower",
  ],
  ["案件平均處理時間\n本指標衡量受理至結案之時間，目標為 7 日內完成。", "lower"],
  ["Percentage of requests answered within 10 days. Requests are logged on receipt.", null],
  // A harm across the population, and the agency's work about it (West Dunbartonshire; a 社會局 plan).
  ["Number of incidences of homelessness in West Dunbartonshire (presentations)", "lower"],
  ["Cases where homelessness prevented", null],
  ["Preventable deaths from road accidents", "lower"],
  ["遊民安置人數", null],
  ["Overall percentage of road network that should be considered for maintenance treatment", "lower"],
  // The cost of what is delivered, an efficiency measure (WA's Department of the Premier and Cabinet,
  // the FCO's Wilton Park, a Scottish council's print room).
  ["Cost of services provided to support the Premier", "lower"],
  ["Cost to FCO per conference participant", "lower"],
  ["CE069 Cost of outsourced Print Room work as a % of Print Room expenditure", null],
  ["Costs recovered from users", null],
  ["Total cost of services (expense limit)", null],
  // Rent lost while homes stand empty, and people leaving (three housing associations, a council, a
  // Texas city's police); a business's sales turnover is its income.
  ["NHL902a Void rent loss", "lower"],
  ["Empty homes loss (% of debit) (year to date)", "lower"],
  ["Rent loss due to homes being vacant as a percentage of the annual rent roll *", "lower"],
  ["Percentage of rent lost through properties being empty and / or waiting to be re-let", "lower"],
  ["Tenancy turnover (rolling 12 months)", "lower"],
  ["Annual Employee Turnover Percentage", "lower"],
  ["Group voluntary turnover of staff (%)", "lower"],
  ["Achieve a sales turnover of £10. 3 million.", null],
  // A mainland department's whole-expenditure evaluation (a Chongqing media centre, a Nanchang health
  // centre): control rates and budget adjustments kept at or under their ceilings; 成本控制率 is not one.
  ["财政供养人员控制率", "lower"],
  ["公用经费控制率", "lower"],
  ["预算调整率", "lower"],
  ["结转结余率", "lower"],
  ["结余率", "lower"],
])("%s → %s", (name, direction) => {
  expect(directionOfName(name)).toBe(direction);
});

test.each([
  ["每萬人 3 件以下", "lower"],
  ["不超過 5%", "lower"],
  ["at most 10 days", "lower"],
  ["60 次以上", "higher"],
  ["at least 95%", "higher"],
  ["本年度總人次 ÷ 上年度總人次 × 100%", null],
  ["以上 and 以下 both: says nothing", null],
])("bound %s → %s", (text, direction) => {
  expect(directionOfBound(text)).toBe(direction);
});
