/**
 * Issue 21, round 2026-12-07l (a Melbourne council's customer service guarantee report; a zh-TW 服務
 * 承諾 report laid out the same way): a section's name on its first row only, left of commitments
 * written as sentences, is the section, not the names: the sentences are the names and state their
 * targets. Columns of marks saying how each result stood ("Met or Exceeded Target", "Within 3% of
 * achieving Target", 目標尚未適用) are a status, no target.
 */
import { analyzeWorkbook } from "../../src/core";
import { headerRole } from "../../src/core/layout/header-words";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [i.name, i.periods[0]?.target, i.periods[0]?.actual]);
}

test.each([
  [
    ["Section", "Target", "Result", "Met or Exceeded Target", "Within 3% of achieving Target", "Not Achieved"],
    ["Customer Responsiveness", "We will answer 90% of calls within 30 seconds", "85.7%", null, null, "X"],
    [null, "We will respond to 95% of letters within 10 working days", "99.8%", "X", null, null],
    [null, "We will acknowledge 98% of emails within 1 working day", "100%", "X", null, null],
    ["Waste Services", "We will repair 90% of damaged bins within 5 working days", "96%", "X", null, null],
  ],
  [
    ["分類", "目標", "實際成果", "達成或超越目標", "距目標3%以內", "未達成"],
    ["顧客服務", "90%來電於30秒內接聽之比率", "85.7%", null, null, "X"],
    [null, "95%信函於10個工作天內回覆之比率", "99.8%", "X", null, null],
    [null, "98%電子郵件於1個工作天內確認之比率", "100%", "X", null, null],
    ["清潔服務", "90%損壞垃圾桶於5個工作天內修復之比率", "96%", "X", null, null],
  ],
] as Row[][])("sentences are the names beside sparse sections (%#)", (...rows) => {
  const found = read(rows);
  expect(found.map((f) => f[0])).toEqual(rows.slice(1).map((r) => r[1]));
  expect(found.map((f) => f.slice(2))).toEqual([[0.857], [0.998], [1], [0.96]]);
});

test.each([
  ["Met or Exceeded Target"],
  ["Within 3% of achieving Target"],
  ["Target Not Yet Applicable"],
  ["達成或超越目標"],
  ["距目標3%以內"],
  ["目標尚未適用"],
])("%s says how a result stood, a status", (header) => {
  expect(headerRole(header)?.role).toBe("status");
});
