/**
 * Issue 21: which columns a result is held to, by the kind of figure and the words under alike
 * headings. Each rule on two publishers' layouts (Hong Kong's EMSD and a Taiwanese 服務承諾; South
 * Africa's Parliament and a Taiwanese 累計 report; AFMA and a 合計 line of a 預算 statement).
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const report = analyzeWorkbook([rowGrid(rows)]);
  const sheet = report.sheets[0];
  return {
    lines: (sheet?.indicators ?? []).map(
      (i) => `${i.name}: ` + i.periods.map((p) => `${p.target}/${p.actual}/${p.achievement ?? "-"}`).join(", "),
    ),
    subtotals: (sheet?.subtotals ?? []).map((i) => i.name),
  };
}

test.each([
  [["Type of Service", "Target Response Time (Working Days)", "Target Compliance Level", "Actual Compliance Level"]],
  [["服務項目", "目標處理天數", "目標值", "實際值"]],
])("of two targets, a share is held to the share, not to the days of the standard: %j", (header) => {
  const { lines } = read([
    header,
    ["Registration of installers", 12, "100%", "98%"],
    ["Registration of contractors", 38, "95%", "95%"],
  ]);
  expect(lines).toEqual(["Registration of installers: 1/0.98/0.98", "Registration of contractors: 0.95/0.95/1"]);
});

test.each([
  [
    ["R'000", "Total Budget", "Total Expenditure", "% Total Expenditure", "Total Expenditure", "% Total Expenditure"],
    ["", "", "for the month", "For the month", "To date", "To date"],
  ],
  [
    ["機關別", "全年度預算數", "執行數", "執行率", "執行數", "執行率"],
    ["", "", "本月", "本月", "累計", "累計"],
  ],
])("spending to date against the year's budget, the month's part of it beside: %j", (header, under) => {
  const { lines } = read([
    header,
    under,
    ["Agriculture", 1000, 200, "20.00%", 400, "40.00%"],
    ["Defence", 2000, 100, "5.00%", 1500, "75.00%"],
  ]);
  expect(lines).toEqual(["Agriculture: 1000/400/0.4", "Defence: 2000/1500/0.75"]);
});

test.each([
  ["Total expenses for Outcome 1", "Programme line"],
  ["合計數", "業務費"],
])("a line named a total that adds up the lines above it is a subtotal, not an indicator: %s", (total, line) => {
  const { lines, subtotals } = read([
    ["Programme", "2016–17 Budget", "2016–17 Actual"],
    [`${line} 1`, 5354, 3085],
    [`${line} 2`, 23438, 24213],
    [total, 28792, 27298],
    ["Average staffing level", 176.2, 173.5],
  ]);
  expect(lines.map((l) => l.split(":")[0])).toEqual([`${line} 1`, `${line} 2`, "Average staffing level"]);
  expect(subtotals).toEqual([total]);
});

test("a line named a total that does not add up the lines above it stays an indicator", () => {
  const { lines } = read([
    ["Programme", "2016–17 Budget", "2016–17 Actual"],
    ["Programme line 1", 5354, 3085],
    ["Programme line 2", 23438, 24213],
    ["Total cost of services", 40000, 39000],
  ]);
  expect(lines.map((l) => l.split(":")[0])).toContain("Total cost of services");
});
