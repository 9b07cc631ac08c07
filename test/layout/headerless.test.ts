/**
 * Issue 21: a table copied without its header row is read from its own arithmetic: a column of
 * differences that is X − Y on most rows (Target | Result | Variance) makes X the result and Y the
 * target; the names are the column of distinct words left of them. Without such a column nothing is
 * computed.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const grid = (rows: Row[]): Grid => rowGrid(rows);

const pct = (value: number) => ({ value, format: "0%" });

function read(g: Grid) {
  const report = analyzeWorkbook([g]);
  const sheet = report.sheets[0];
  return {
    tables: sheet?.tables ?? [],
    indicators: (sheet?.indicators ?? []).map((i) => ({
      name: i.name,
      periods: i.periods.map((p) => [p.target, p.actual, p.achievement]),
    })),
  };
}

test("percentage-point variances (Jersey's measures, no header row) name the target and the result", () => {
  const { tables, indicators } = read(
    grid([
      ["T&E", "% of financial monitoring reports delivered on time", pct(1), pct(1), pct(0.82), "-18pp"],
      ["T&E", "% of planned assurance audits completed", "N/A", pct(0.8), pct(0.7), "-10pp"],
      ["T&E", "% of invoiced debt recovered within 90 days", pct(0.87), pct(0.9), pct(0.88), "-2pp"],
      ["T&E", "% of income received via digital channels", pct(0.9), pct(0.9), pct(0.89), "-1pp"],
      ["T&E", "% of invoices paid electronically", pct(0.97), "Increase", pct(0.99), "1pp"],
    ]),
  );
  expect(tables[0]).toMatchObject({ range: "A1:F5", certainty: "certain" });
  expect(tables[0]?.evidence?.[0]).toMatchObject({ relation: "difference", rate: "F1", of: "E1", over: "D1" });
  expect(indicators.map((i) => i.periods[0])).toEqual([
    [1, 0.82, 0.82],
    [0.8, 0.7, expect.closeTo(0.875, 9)],
    [0.9, 0.88, expect.closeTo(0.977778, 5)],
    [0.9, 0.89, expect.closeTo(0.988889, 5)],
    [null, 0.99, null],
  ]);
  expect(indicators[0]?.name).toBe("% of financial monitoring reports delivered on time");
});

test("a difference of amounts without a header may be a change between years: nothing computed", () => {
  // 本年度預算數 | 上年度預算數 | 比較 with its header lost reads exactly like 目標 | 實際 | 差異.
  const { indicators } = read(
    grid([
      ["稅課收入-房屋稅", 8843000, 9700000, 857000],
      ["稅課收入-契稅", 3057000, 2200000, -857000],
      ["稅課收入-娛樂稅", 244843, 300000, 55157],
      ["稅課收入-印花稅", 1059629, 1080000, 20371],
    ]),
  );
  expect(indicators.flatMap((i) => i.periods.map((p) => p[2]).filter((a) => a !== null))).toEqual([]);
});

test("figures with no column that is the difference of two others: nothing computed", () => {
  const { indicators } = read(
    grid([
      ["辦理消防安全講習場次", 120, 135, 7],
      ["查核危險物品場所家數", 300, 288, 3],
      ["受理民眾陳情案件結案件數", 80, 81, 9],
      ["防災社區輔導數", 12, 14, 4],
    ]),
  );
  expect(indicators.flatMap((i) => i.periods.map((p) => p[2]).filter((a) => a !== null))).toEqual([]);
});

test("the same columns, rows in another order: the same figures", () => {
  const rows: Row[] = [
    ["消防安全講習滿意度", pct(0.9), pct(0.93), "3pp"],
    ["危險物品場所合格率", pct(0.95), pct(0.88), "-7pp"],
    ["陳情案件如期結案率", pct(0.8), pct(0.8), "0pp"],
    ["防災社區輔導達成率", pct(0.7), pct(0.75), "5pp"],
  ];
  const sorted = (g: Grid) =>
    read(g)
      .indicators.map((i) => JSON.stringify(i))
      .sort();
  expect(read(grid(rows)).indicators.filter((i) => i.periods[0]?.[2] != null)).toHaveLength(4);
  expect(sorted(grid([...rows].reverse()))).toEqual(sorted(grid(rows)));
});
