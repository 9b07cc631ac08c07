/**
 * Issue 21, round 2026-12-07k (a housing association's KPI table printed over two pages; a zh-TW
 * 績效指標 table laid out the same way): the header printed again after a row whose name holds a header
 * word ("Staff values score", 顧客滿意度評分) ends the first table after that row; the row is
 * the first table's last indicator, not a row of the second table's header.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [i.name, i.periods[0]?.target, i.periods[0]?.actual]);
}

test.each([
  [
    ["Measure", "2018/19 (actual)", "2018/19 (target)", "Comment"],
    ["Number of apprenticeships in progress", 12, 15, "No specific target"],
    ["Staff values score", 79, 85, "Values we share"],
    ["Measure", "2018/19 (actual)", "2018/19 (target)", "Comment"],
    ["Number of affordable homes started", 223, 187, "Ahead of plan"],
  ],
  [
    ["指標", "107年實際值", "107年目標值", "說明"],
    ["職業訓練人數", 12, 15, "無"],
    ["顧客滿意度評分", 79, 85, "年度調查"],
    ["指標", "107年實際值", "107年目標值", "說明"],
    ["新建住宅開工戶數", 223, 187, "超前"],
  ],
] as Row[][])("the row above a repeated header is data (%#)", (...rows) => {
  const names = rows.map((r) => r[0]);
  expect(read(rows)).toEqual([
    [names[1], 15, 12],
    [names[2], 85, 79],
    [names[4], 187, 223],
  ]);
});
