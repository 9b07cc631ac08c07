/**
 * Issue 21, round r: no column headed as the names, a category repeating down one column and a
 * definition for each row in another ("KPI category | KPI polarity | KPI target | KPI definition |
 * April …", Eastleigh's corporate KPIs; 構面 | 衡量標準 | 目標值 | 1月 …): the definitions name the
 * indicators, the category is their heading.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows, [])]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [i.name, i.category, i.periods.map((p) => p.achievement)]);
}

const pct = (value: number) => ({ value, format: "0%" });

test.each([
  [
    ["KPI category", "KPI target", "KPI definition", "April", "May"],
    ["Customer", pct(0.6), "Total attendance at the theatres", pct(0.71), pct(0.47)],
    ["Processes", pct(0.1), "% of calls routed to self-service", pct(0.11), pct(0.1)],
    ["Processes", pct(0.6), "% of calls resolved at first point of contact", pct(0.61), pct(0.6)],
  ],
  [
    ["構面", "目標值", "衡量標準", "1月", "2月"],
    ["顧客", pct(0.6), "劇場總出席率", pct(0.71), pct(0.47)],
    ["流程", pct(0.1), "來電轉自助服務比率", pct(0.11), pct(0.1)],
    ["流程", pct(0.6), "來電首次即解決比率", pct(0.61), pct(0.6)],
  ],
] as Row[][])("the definitions name the indicators, under their category (%#)", (...rows) => {
  expect(read(rows)).toEqual([
    [rows[1]?.[2], rows[1]?.[0], [expect.closeTo(1.183333, 5), expect.closeTo(0.783333, 5)]],
    [rows[2]?.[2], rows[2]?.[0], [expect.closeTo(1.1, 5), expect.closeTo(1, 5)]],
    [rows[3]?.[2], rows[3]?.[0], [expect.closeTo(1.016667, 5), expect.closeTo(1, 5)]],
  ]);
});
