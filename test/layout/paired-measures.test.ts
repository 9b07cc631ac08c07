/**
 * Issue 21: several measures side by side, each a target and beside it the column naming the same
 * measure, whatever verb heads it (India's Lok Sabha answers: Target Length | Completed Length; a
 * county's 目標戶數 | 完成戶數). Each pair is one indicator over the years down the rows, its target
 * against its own result; a year written with a to-date note ("2018-19 (Upto Jan. 19)") is the year.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map(
    (i) => `${i.name}: ` + i.periods.map((p) => `${p.period} ${p.target}/${p.actual}`).join(", "),
  );
}

test.each([
  [
    ["Year", "Target\nLength (km)", "Completed\nLength (km)", "Target\nHabitations", "Connected\nhabitations"],
    ["2015-16", "2016-17", "2018-19\n(Upto\nJan. 19)"],
    ["Length (km)", "Habitations"],
  ],
  [
    ["年度", "目標戶數", "完成戶數", "目標公里數", "完成公里數"],
    ["110年", "111年", "112年(截至6月)"],
    ["戶數", "公里數"],
  ],
])("each target and the result of the same measure beside it: one indicator a pair", (header, years, names) => {
  const [first = "", second = "", third = ""] = years;
  const rows: Row[] = [header, [first, 100, 90, 50, 55], [second, 120, 130, 60, 40], [third, 140, 70, 80, 20]];
  const got = read(rows);
  expect(got).toHaveLength(2);
  expect(got[0]).toMatch(new RegExp(`^${names[0]?.replace(/[()]/g, "\\$&")}: `));
  expect(got[0]).toContain("100/90");
  expect(got[0]).toContain("140/70");
  expect(got[1]).toMatch(new RegExp(`^${names[1]}: `));
  expect(got[1]).toContain("60/40");
  expect(got[1]).toContain("80/20");
});

test("one target column beside columns of other measures is no pair", () => {
  const got = read([
    ["Year", "Target Length (km)", "Completed Length (km)", "Habitations connected"],
    ["2015-16", 100, 90, 10],
    ["2016-17", 120, 130, 12],
    ["2017-18", 140, 70, 14],
  ]);
  expect(got.every((line) => !line.startsWith("Habitations"))).toBe(true);
});
