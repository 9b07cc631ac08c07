/**
 * Issue 21, round r: a column of times to meet ("2 business days", "14天內") between the pledges and
 * the years' shares met is the standards, not the names (Hong Kong SFC's performance pledges; a
 * 服務承諾 table in zh-TW). The pledges at the left name the rows.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const pct = (value: number) => ({ value, format: "0.0%" });

test.each([
  [
    [null, null, "2010/11", "2009/10"],
    ["Commence review of applications upon receipt", "2 business days", pct(0.983), pct(0.969)],
    ["Preliminary reply to applicants", "7 business days", pct(1), pct(1)],
    ["Preliminary reply to written enquiries", "2 weeks", pct(1), pct(0.995)],
  ],
  [
    [null, null, "99年度", "98年度"],
    ["收件後開始審查申請", "2個工作天", pct(0.983), pct(0.969)],
    ["初步回覆申請人", "7個工作天", pct(1), pct(1)],
    ["初步回覆書面查詢", "14天內", pct(1), pct(0.995)],
  ],
] as Row[][])("the pledges name the rows; the times beside them are standards (%#)", (...rows) => {
  const sheet = analyzeWorkbook([rowGrid(rows, [])]).sheets[0];
  const read = (sheet?.indicators ?? []).map((i) => [i.name, i.periods.map((p) => p.actual).sort()]);
  expect(read).toEqual([
    [rows[1]?.[0], [0.969, 0.983]],
    [rows[2]?.[0], [1, 1]],
    [rows[3]?.[0], [0.995, 1]],
  ]);
});
