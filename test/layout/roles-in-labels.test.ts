/**
 * Issue 21: units across, the roles in the row labels. A measure's heading over "1995–96 target" /
 * "1995–96 achievement" (the UK Benefits Agency), "Target % answered by due date" / "Actual % …"
 * (the NZ Treasury), 目標值 / 實際值 rows under each 服務 across 北區 | 南區: each measure in each
 * unit is one indicator; rows of one role only (volumes) are no indicator.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map(
    (i) =>
      `${i.name}: ` +
      i.periods.map((p) => `${p.period ?? "-"} ${p.target}/${p.actual}/${p.achievement?.toFixed(4) ?? "-"}`).join(", "),
  );
}

test("a measure's heading over year-and-role labels, units across", () => {
  expect(
    read([
      ["Target/achievement", "National £", "Hampshire North £"],
      ["Social fund recovery", "", ""],
      ["1995–96 target", "273 million", "1.16 million"],
      ["1995–96 achievement", "263.5 million", "1.11 million"],
      ["1996–97 target", "278 million", "1.26 million"],
    ]),
  ).toEqual([
    "Social fund recovery／National £: 1995/96 273000000/263500000/0.9652, 1996/97 278000000/null/-",
    "Social fund recovery／Hampshire North £: 1995/96 1160000/1110000/0.9569, 1996/97 1260000/null/-",
  ]);
});

test.each([
  [["", "MC", "PQ"], "Target % answered by due date", "Actual % answered by due date", "Actual volume of replies"],
  [["", "北區", "南區"], "目標值 如期回覆比率", "實際值 如期回覆比率", "實際 回覆件數"],
])("target and result rows of each measure, units across: %j", (header, target, actual, volume) => {
  const got = read([header, [volume, 407, 342], [target, "95%", "100%"], [actual, "89%", "77%"]]);
  expect(got).toHaveLength(2);
  expect(got[0]).toMatch(/: - 0\.95\/0\.89\/0\.9368$/);
  expect(got[1]).toMatch(/: - 1\/0\.77\/0\.7700$/);
});
