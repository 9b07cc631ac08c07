/**
 * Issue 21: rules mended after the first sight of the round's last ten tables, each a property of
 * more tables than the one that showed it: a span of dates is a period; one standing target holds for
 * every period's result; a difference over the budget names no result; a year's mark is no name
 * column; one header merged over a commitment and its standard names both.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";
import { periodInText } from "../../src/core/values/period";

const grid = (rows: Row[], merges: Grid["merges"] = []): Grid => rowGrid(rows, merges);

function read(g: Grid) {
  const sheet = analyzeWorkbook([g]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => ({
    name: i.name,
    periods: i.periods.map((p) => [p.period, p.target, p.actual, p.achievement]),
  }));
}

test("a span of dates (01 April 05 to 31 March 06) is a period, said as written", () => {
  expect(periodInText("Achieved\n01 April 05 to\n31 March 06")).toMatchObject({
    label: "01 April 05 to 31 March 06",
    year: 2005,
  });
});

test("one Target beside the results of two periods holds for each", () => {
  const [first] = read(
    grid([
      ["Action/Timescales", "Target", "Achieved 01 April 05 to 31 March 06", "Achieved 01 April 06 to 30 June 06"],
      ["Urgent cases completed within 24 hours", "95%", "90.4%", "89.0%"],
    ]),
  );
  expect(first?.periods).toEqual([
    ["01 April 05 to 31 March 06", 0.95, 0.904, expect.closeTo(0.951579, 5)],
    ["01 April 06 to 30 June 06", 0.95, 0.89, expect.closeTo(0.936842, 5)],
  ]);
});

test("比較增減 % = 比較增減金額 ÷ 預算數 makes no result of the difference: no achievement from it", () => {
  const indicators = read(
    grid([
      ["科目名稱", "實際數", "預算數", "比較增減金額", "比較增減%"],
      ["業務收入", 20923302, 19458000, 1465302, 7.53],
      ["教學收入", 709736, 600000, 109736, 18.29],
      ["學雜費收入", 500000, 400000, 100000, 25],
    ]),
  );
  for (const i of indicators) for (const p of i.periods) expect(p[3] === null || (p[3] as number) > 0.5).toBe(true);
});

test("a header merged over a commitment and its standard names both; a year's (indicator) column is no name", () => {
  const names = read(
    grid(
      [
        [
          "Service commitment",
          "Service commitment",
          "Target (%)",
          "Achieved 2020–21 (%)",
          "Achieved 2020–21 (indicator)",
        ],
        ["General calls over the tax time period", "answered within 5 minutes", "80%", "84%", "A"],
        ["Electronic taxpayer requests", "finalised in 15 business days", "90%", "92%", "A"],
      ],
      [{ top: 0, left: 0, bottom: 0, right: 1 }],
    ),
  ).map((i) => i.name);
  expect(names).toEqual([
    "General calls over the tax time period answered within 5 minutes",
    "Electronic taxpayer requests finalised in 15 business days",
  ]);
});
