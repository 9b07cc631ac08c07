/**
 * Issue 21: where the names stand beside roles and merged headings. A KPI merged down beside the
 * measures it groups (Legal Ombudsman: "45% within 90 days" over monthly shares; a 服務承諾 table);
 * Target and Actual rows named by the cell merged down at their left, several blocks under one
 * year header (Frederick County; a 績效指標 sheet); a year's budgets, the final one the year is
 * held to (池州 棠溪鎮's 全年預算數 after 年初預算數; Final Budget after Original Budget); names under
 * a header of no role left of the amounts (Limpopo's Departments).
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[], merges: Array<{ top: number; left: number; bottom: number; right: number }> = []) {
  const sheet = analyzeWorkbook([rowGrid(rows, merges)]).sheets[0];
  return (sheet?.indicators ?? []).map(
    (i) =>
      `${i.name}: ` + i.periods.map((p) => `${p.target}/${p.actual}/${p.achievement?.toFixed(4) ?? "-"}`).join(", "),
  );
}

test.each([
  [
    ["KPI", "Measure (2019/20)", "April", "May"],
    "1) % All legal cases concluded",
    ["45% within 90 days", "78% within 180 days"],
  ],
  [["指標", "項目", "113年1月", "113年2月"], "一、案件結案率", ["45% within 90 days", "78% within 180 days"]],
])("a heading merged down beside names that state their share: %j", (header, heading, names) => {
  const rows: Row[] = [header, [heading, names[0] ?? "", "48%", "51%"], [heading, names[1] ?? "", "63%", "72%"]];
  const got = read(rows, [{ top: 1, left: 0, bottom: 2, right: 0 }]);
  expect(got).toEqual([
    `${names[0]}: 0.45/0.48/1.0667, 0.45/0.51/1.1333`,
    `${names[1]}: 0.78/0.63/0.8077, 0.78/0.72/0.9231`,
  ]);
});

test.each([
  [
    ["", "", "FY 2022", "FY 2023"],
    "Target",
    "Actual",
    ["Number of Preschool Programs", "Number of Preschool Enrollment"],
  ],
  [["", "", "111年", "112年"], "目標值", "實際值", ["幼兒課程數", "幼兒報名人數"]],
])(
  "target and actual rows named at their left, two blocks under one year header: %j",
  (header, target, actual, names) => {
    const [first = "", second = ""] = names;
    const got = read([
      header,
      [first, target, 300, 300],
      [first, actual, 374, 372],
      [second, target, 2500, 2500],
      [second, actual, 3138, 3212],
    ]);
    expect(got).toEqual([`${first}: 300/374/1.2467, 300/372/1.2400`, `${second}: 2500/3138/1.2552, 2500/3212/1.2848`]);
  },
);

test.each([
  [["项目", "年初预算数", "全年预算数", "全年执行数"]],
  [["Programme", "Original Budget", "Final Budget", "Actual Expenditure"]],
])("of a year's budgets, spending is held to the final one: %j", (header) => {
  expect(read([header, ["本年财政拨款", 90, 89.974, 89.974], ["上年结转资金", 10, 12, 6]])).toEqual([
    "本年财政拨款: 89.974/89.974/1.0000",
    "上年结转资金: 12/6/0.5000",
  ]);
});

test.each([
  [["Departments", "Opening Bank Balances", "Cash Allocation", "Actual Expenditure"]],
  [["機關", "期初餘額", "分配數", "實支數"]],
])("names under a header of no role, left of a column of amounts: %j", (header) => {
  expect(
    read([
      header,
      ["Education", "615 023", "25 338 434", "24 934 333"],
      ["Health", "196 242", "14 616 088", "14 591 861"],
    ]),
  ).toEqual(["Education: 25338434/24934333/0.9841", "Health: 14616088/14591861/0.9983"]);
});
