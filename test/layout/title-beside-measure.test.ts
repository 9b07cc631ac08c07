/**
 * Issue 21, round 2026-12-07zd (a regulator's service standards: "Standard | Measure | Target |
 * Results", "Participant Funding" beside "80% of funding decisions are provided within 30 days …"):
 * a title of its own on every row, left of the measure's sentence, names the row with it. A category
 * repeated down the rows, or merged over them, is no title: it stays the rows' heading.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function names(rows: Row[], merges: Array<{ top: number; left: number; bottom: number; right: number }> = []) {
  const grid = { ...rowGrid(rows), merges };
  return (analyzeWorkbook([grid]).sheets[0]?.indicators ?? []).map((i) => i.name);
}

test.each([
  [
    ["Standard", "Measure", "Target", "Results"],
    [
      "Participant Funding",
      "80% of funding decisions are provided within 30 days of a complete application",
      "80%",
      "100%",
    ],
    ["Export/ Import Authorizations", "80% of short-term order decisions made within two working days", "80%", "99%"],
  ],
  [
    ["服務項目", "衡量指標", "目標值", "實際值"],
    ["戶籍登記", "戶籍登記案件於受理後當日完成之比率", "95%", "97%"],
    ["印鑑證明", "印鑑證明案件於受理後 30 分鐘內核發之比率", "90%", "93%"],
  ],
] as string[][][])("a title beside the measure's sentence names the row with it (%#)", (...rows) => {
  const joined = rows.slice(1).map((row) => `${row[0] ?? ""} ${row[1] ?? ""}`);
  expect(names(rows)).toEqual(joined);
});

test("a category repeated down the rows stays their heading", () => {
  const rows: Row[] = [
    ["Standard", "Measure", "Target", "Results"],
    ["Licensing", "80% of licence decisions made within 30 days", "80%", "85%"],
    ["Licensing", "90% of renewals made within 10 days", "90%", "92%"],
  ];
  expect(names(rows).every((n) => !n.startsWith("Licensing Licensing"))).toBe(true);
  expect(names(rows)[0]).not.toBe("Licensing 80% of licence decisions made within 30 days Licensing");
});
