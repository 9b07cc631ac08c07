/**
 * Issue 21: a table that measures several things over the same periods, each heading merged over the
 * same run of years (桃園市消防局 年報: 火災發生件數 | 火災死亡人數 over 108 年 … 110 年; 澳門行政公職局:
 * 建議 | 投訴 | 異議 over 2017 | 2018 | 2019). A measure per heading, every row under each; a row of
 * small counts is never taken for a subtotal because the rounding slack of amounts would allow it.
 */
import fc from "fast-check";
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const span = (row: number, left: number, right: number) => ({ top: row, left, bottom: row, right });

const grid = (rows: Row[], merges: Grid["merges"]): Grid => rowGrid(rows, merges);

function figures(g: Grid) {
  const sheet = analyzeWorkbook([g]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => `${i.name} ${i.periods.map((p) => `${p.period}:${p.actual}`).join(" ")}`);
}

/** Two or three headings, each over the same years (labelled or bare), and rows of counts under them. */
function groupedTable(headings: string[], years: Array<string | number>, rows: Array<[string, number[]]>): Grid {
  const top: Row = ["地區別"];
  const second: Row = [null];
  const merges: Array<ReturnType<typeof span>> = [];
  headings.forEach((h, k) => {
    merges.push(span(0, 1 + k * years.length, (k + 1) * years.length));
    for (const y of years) {
      top.push(h);
      second.push(y);
    }
  });
  return grid([top, second, ...rows.map(([name, values]): Row => [name, ...values])], merges);
}

test("each heading over the same years is a measure: every row read under each, named by its heading", () => {
  const g = groupedTable(
    ["火災發生件數", "火災死亡人數"],
    ["108 年", "109 年", "110 年"],
    [
      ["桃園區", [171, 183, 100, 1, 3, 1]],
      ["龜山區", [103, 121, 66, 0, 2, 0]],
      ["中壢區", [246, 250, 171, 0, 1, 1]],
      ["楊梅區", [186, 192, 80, 2, 0, 0]],
    ],
  );
  expect(figures(g)).toEqual([
    "火災發生件數／桃園區 108:171 109:183 110:100",
    "火災發生件數／龜山區 108:103 109:121 110:66",
    "火災發生件數／中壢區 108:246 109:250 110:171",
    "火災發生件數／楊梅區 108:186 109:192 110:80",
    "火災死亡人數／桃園區 108:1 109:3 110:1",
    // 0 2 0 is within a step a row of 0 1 1 and 2 0 0: small counts add up exactly or not at all.
    "火災死亡人數／龜山區 108:0 109:2 110:0",
    "火災死亡人數／中壢區 108:0 109:1 110:1",
    "火災死亡人數／楊梅區 108:2 109:0 110:0",
  ]);
});

test("bare years repeated under each heading (2017 | 2018 | 2019 again) are a header row", () => {
  const g = groupedTable(
    ["建議", "投訴", "異議"],
    [2017, 2018, 2019],
    [
      ["人員服務", [0, 1, 0, 1, 4, 9, 0, 0, 1]],
      ["程序手續", [1, 3, 2, 2, 4, 4, 0, 1, 0]],
    ],
  );
  expect(figures(g)).toContain("投訴／人員服務 2017:1 2018:4 2019:9");
  expect(figures(g)).toContain("異議／程序手續 2017:0 2018:1 2019:0");
});

test("a role over the years (目標值 | 實際值, each over the same years) stays one table of targets and actuals", () => {
  const g = groupedTable(["目標值", "實際值"], ["108 年", "109 年"], [["結案率", [0.9, 0.92, 0.93, 0.9]]]);
  const sheet = analyzeWorkbook([g]).sheets[0];
  expect(sheet?.indicators.map((i) => i.name)).toEqual(["結案率"]);
  expect(sheet?.indicators[0]?.periods.map((p) => [p.target, p.actual])).toEqual([
    [0.9, 0.93],
    [0.92, 0.9],
  ]);
});

test("property: the figures of each measure do not depend on the order of the headings", () => {
  const rows: Array<[string, number[]]> = [
    ["甲區", [5, 6, 7, 1, 2, 3]],
    ["乙區", [8, 9, 10, 4, 5, 6]],
  ];
  fc.assert(
    fc.property(fc.boolean(), (swap) => {
      const headings = swap ? ["B量", "A量"] : ["A量", "B量"];
      const swapped = rows.map(([n, v]): [string, number[]] => [n, swap ? [...v.slice(3), ...v.slice(0, 3)] : v]);
      const read = figures(groupedTable(headings, ["108 年", "109 年", "110 年"], swapped)).sort();
      expect(read).toEqual([
        "A量／乙區 108:8 109:9 110:10",
        "A量／甲區 108:5 109:6 110:7",
        "B量／乙區 108:4 109:5 110:6",
        "B量／甲區 108:1 109:2 110:3",
      ]);
    }),
  );
});
