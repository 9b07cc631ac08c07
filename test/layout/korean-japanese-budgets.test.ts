/**
 * Issue 21, rounds 2026-12-07ze and zf (Korean local governments' 회계별 집행현황 and 세입·세출 결산
 * 총괄; a Japanese town's 予算執行状況): 예산현액 / 予算現額 is the budget as it stands, 지출액 /
 * 支出済額 the amount spent, and 합계 the total line. The spending is read against the budget, whether
 * or not a rate is printed beside it.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  return (analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? []).map((i) => [
    i.name,
    i.kind,
    i.periods[0]?.target,
    i.periods[0]?.actual,
  ]);
}

test.each([
  [
    ["구분", "예산현액", "세입 (수납액)", "세출 (지출액)"],
    ["합계", 1200, 1300, 900],
    ["일반회계", 1000, 1100, 800],
    ["상수도특별회계", 200, 200, 100],
  ],
  [
    ["会計名", "予算現額", "収入済額", "支出済額"],
    ["一般", 1000, 1100, 800],
    ["国民健康保険", 200, 200, 100],
  ],
] as Row[][])("the amount spent is read against the budget as it stands (%#)", (...rows) => {
  expect(read(rows).map(([name, kind, target, actual]) => [name, kind, target, actual])).toEqual([
    [rows[0]?.[0] === "구분" ? "일반회계" : "一般", "execution", 1000, 800],
    [rows[0]?.[0] === "구분" ? "상수도특별회계" : "国民健康保険", "execution", 200, 100],
  ]);
});
