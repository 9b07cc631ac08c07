/**
 * Issue 21, round 2026-12-07h: years typed as text ("105", "2019") on a header's first row, each
 * merged over its pair of columns (金額 | 佔收入百分比; Amount | % of total), as two universities' revenue
 * analyses lay them out: each year is one period, its amount the figure, the share beside it no measure.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const pairs: Grid["merges"] = [1, 3, 5].map((left) => ({ top: 0, left, bottom: 0, right: left + 1 }));

test.each([
  [
    ["項目/學年度", "105", null, "106", null, "107", null],
    [null, "金額", "佔收入百分比", "金額", "佔收入百分比", "金額", "佔收入百分比"],
    ["學費收入", 257752718, 0.4852, 243904520, 0.4576, 204887487, 0.4581],
    ["雜費收入", 72434117, 0.1364, 67399379, 0.1265, 59091415, 0.1321],
    ["推廣教育收入", 10870724, 0.0205, 10226255, 0.0193, 4317961, 0.0096],
  ],
  [
    ["Item / Year", "2016", null, "2017", null, "2018", null],
    [null, "Amount", "% of total", "Amount", "% of total", "Amount", "% of total"],
    ["Tuition", 257752718, 0.4852, 243904520, 0.4576, 204887487, 0.4581],
    ["Fees", 72434117, 0.1364, 67399379, 0.1265, 59091415, 0.1321],
    ["Continuing education", 10870724, 0.0205, 10226255, 0.0193, 4317961, 0.0096],
  ],
] as Row[][])("each year over its pair one period of amounts (%#)", (...rows) => {
  const sheet = analyzeWorkbook([rowGrid(rows, pairs)]).sheets[0];
  const years = [rows[0]?.[1], rows[0]?.[3], rows[0]?.[5]];
  expect((sheet?.indicators ?? []).map((i) => [i.name, i.periods.map((p) => [p.period, p.actual])])).toEqual(
    rows.slice(2).map((r) => [r[0], years.map((y, k) => [y, r[1 + 2 * k]])]),
  );
});
