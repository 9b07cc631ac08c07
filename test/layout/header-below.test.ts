/**
 * Issue 21: a header printed under the one row of figures it describes (Western Australia's KPI
 * pages; a 績效指標 printout with 實際值 / 目標值 and the years under each indicator's figures).
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map(
    (i) =>
      `${i.name}: ` +
      i.periods.map((p) => `${p.period} ${p.target}/${p.actual}/${p.achievement?.toFixed(4) ?? "-"}`).join(", "),
  );
}

test.each([
  [
    ["Extent to which correct grants are paid (%)(b)", 99.9, 100, 98, "99(1)"],
    ["", "Actual", "Actual", "Target", "Actual"],
    ["", "2016-17", "2017-18", "2018-19", "2018-19"],
  ],
  [
    ["補助款核發正確率(%)", 99.9, 100, 98, 99],
    ["", "實際值", "實際值", "目標值", "實際值"],
    ["", "105年", "106年", "107年", "107年"],
  ],
])("each indicator's figures with its header under them: %j", (figures, roles, years) => {
  const got = read([figures, roles, years, [], ["(b) This indicator measures the accuracy of payments."]]);
  expect(got).toHaveLength(1);
  expect(got[0]).toMatch(/: \S+ null\/99\.9\/-, \S+ null\/100\/-, \S+ 98\/99\/1\.0102$/);
});
