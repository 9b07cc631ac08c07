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
