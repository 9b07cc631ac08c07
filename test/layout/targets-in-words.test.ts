/**
 * Issue 21, round p: a target written in words beside a figure ("Median time of 34 days" beside 46, as
 * the Fair Work Commission states its budget targets; 平均30日內結案 beside 28) is the one figure it
 * names, held in the kind of the result; a target naming two figures, or a date, sets none.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows, [])]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [i.direction, i.periods.map((p) => [p.target, p.actual, p.achievement])]);
}

test.each([
  [
    ["Key performance indicators", "Budget target 2013–14", "Actual 2013–14"],
    ["Improve or maintain the time elapsed from lodging to finalising conciliations", "Median time of 34 days", 46],
    ["Improve or maintain the agreement approval time", "Median time of 32 days", 17],
    ["Annual wage review to be completed", "By June 2014", "4 June 2014"],
    ["Applications decided", "Between 300 and 400", 350],
  ],
  [
    ["衡量指標", "113年度目標值", "113年度實際值"],
    ["案件平均處理時間", "平均34日內結案", 46],
    ["協議核定平均處理時間", "平均32日內完成", 17],
    ["年度審議如期完成", "113年6月底前", "113年6月4日"],
    ["審結件數", "300件至400件", 350],
  ],
] as Row[][])("a target in words is the one figure it names (%#)", (...rows) => {
  const [elapsed, approval, review, decided] = read(rows);
  expect(elapsed).toEqual(["lower", [[34, 46, expect.closeTo(0.73913, 5)]]]);
  expect(approval).toEqual(["lower", [[32, 17, expect.closeTo(1.882353, 5)]]]);
  for (const none of [review, decided]) expect((none?.[1] as unknown[][] | undefined)?.[0]?.[2] ?? null).toBeNull();
});
