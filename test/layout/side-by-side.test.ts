/**
 * Issue 21, rounds 2026-12-07r and s (two funds' 資金運用預算表: 資金來源 on the left, 資金用途 on the
 * right, each 科目 | 本年度預算數 (金額 | %)); an English sources-and-uses statement laid out the
 * same way): the header repeats, so the halves are two tables, each named by its own first column.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const merged = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

function names(grid: Grid) {
  return (analyzeWorkbook([grid]).sheets[0]?.indicators ?? []).map((i) => [i.name, i.periods[0]?.actual]);
}

test.each([
  [
    [
      ["科目", "本年度預算數", null, "科目", "本年度預算數", null],
      [null, "金額", "%", null, "金額", "%"],
      ["一、基金之增加", 100, 25, "一、基金之減少", 50, 12.5],
      ["二、公積之增加", 300, 75, "二、固定資產之增加", 350, 87.5],
      ["三、其他", 0, 0, "三、其他", 0, 0],
    ],
    [merged(0, 0, 1, 0), merged(0, 1, 0, 2), merged(0, 3, 1, 3), merged(0, 4, 0, 5)],
  ],
  [
    [
      ["Description", "Budget 2024", "Description", "Budget 2024"],
      ["Grants received", 100, "Grants paid", 50],
      ["Interest received", 300, "Fixed assets bought", 350],
      ["Other income", 0, "Other spending", 0],
    ],
    [],
  ],
] as Array<[Row[], Grid["merges"]]>)("a header repeated side by side heads two tables (%#)", (rows, merges) => {
  const read = names(rowGrid(rows, merges));
  const left = rows.slice(-3).map((r) => [r[0], r[1]]);
  const half = rows[0]!.length / 2;
  const right = rows.slice(-3).map((r) => [r[half], r[half + 1]]);
  expect(read).toEqual([...left, ...right]);
});

test("a header that does not repeat is one table", () => {
  const rows: Row[] = [
    ["Description", "Budget 2024", "Actual 2024"],
    ["Grants paid", 100, 90],
    ["Fixed assets bought", 300, 310],
  ];
  expect(names(rowGrid(rows))).toEqual([
    ["Grants paid", 90],
    ["Fixed assets bought", 310],
  ]);
});
