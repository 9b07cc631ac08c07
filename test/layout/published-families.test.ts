/** Issue 10: layout families of published tables, one rule each, each able to fail without its rule. */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { parseValue } from "../../src/core/values/parse-value";

function grid(rows: Array<Array<string | number | null>>, merges: Grid["merges"] = []): Grid {
  return { sheet: "S", originRow: 0, originCol: 0, cells: rows.map((r) => r.map((value) => ({ value }))), merges };
}

const figures = (g: Grid) =>
  analyzeWorkbook([g]).sheets[0]!.indicators.map((i) => [
    i.name,
    i.direction,
    i.periods.map((p) => [p.period, p.target, p.actual, p.achievement]),
  ]);

test('a column headed "Target (actual …)" holds the target with the actual in brackets below it', () => {
  const rows = [
    ["KPI", "2006/07 Target", "2007/08 Target"],
    [null, "(year-end performance)", "(mid-year performance)"],
    ["Flats provided", "7 200\n(7 200)", "16 400\n(0)[11]"],
    ["Training per staff ($)", "2,000\n(1,610)", "1,800\n(817[22]\nhalf-year figure)"],
  ];
  expect(figures(grid(rows))).toEqual([
    [
      "Flats provided",
      "higher",
      [
        ["2006/07", 7200, 7200, 1],
        ["2007/08", 16400, 0, 0],
      ],
    ],
    [
      "Training per staff ($)",
      "higher",
      [
        ["2006/07", 2000, 1610, 0.805],
        ["2007/08", 1800, 817, 817 / 1800],
      ],
    ],
  ]);
});

test("without a header that says so, a bracketed figure is not taken for the actual", () => {
  const report = analyzeWorkbook([
    grid([
      ["KPI", "2006/07 Target", "2007/08 Target"],
      ["Flats provided", "7 200\n(7 200)", "16 400"],
    ]),
  ]);
  const periods = report.sheets[0]!.indicators[0]!.periods;
  expect(periods.map((p) => [p.target, p.actual, p.achievement])).toEqual([
    [null, null, null],
    [16400, null, null],
  ]);
  expect(report.findings.map((f) => `${f.code}@${f.cell}`)).toContain("NOT_A_FIGURE@B2");
});

test.each([
  ["below 4.5", 4.5, "atMost"],
  ["Not exceeding 50 days", 50, "atMost"],
  ["not exceeding\n15[21]", 15, "atMost"],
  ["at least 95%", 0.95, "atLeast"],
  ["no more than 3", 3, "atMost"],
])("English bounds: %j is %d, %s", (text, value, qualifier) => {
  const parsed = parseValue({ value: text });
  expect(parsed.kind === "number" && [parsed.value, parsed.qualifier]).toEqual([value, qualifier]);
});

test("a numbered heading that names a measure with its unit gives its unnumbered sub-rows their direction", () => {
  const rows = [
    ["KPI", null, "Target", "Actual"],
    ["(2)", "Average Waiting Time for PRH (years)", null, null],
    [null, "Overall", 3, 1.8],
    [null, "Elderly", 2, 1.3],
    ["(3)", "Flats let", 100, 90],
  ];
  expect(figures(grid(rows, [{ top: 0, left: 0, bottom: 0, right: 1 }])).map((i) => [i[0], i[1]])).toEqual([
    ["Overall", "lower"],
    ["Elderly", "lower"],
    ["Flats let", "higher"],
  ]);
});

test("a heading without a unit, or a numbered row of its own, gives no direction to the rows after it", () => {
  const rows = [
    ["KPI", null, "Target", "Actual"],
    ["(6)", "Vacancy rate", null, null],
    [null, "PRH", 3, 1.8],
    ["(7)", "Waiting time (years)", null, null],
    ["(8)", "Flats let", 100, 90],
  ];
  expect(figures(grid(rows, [{ top: 0, left: 0, bottom: 0, right: 1 }])).map((i) => [i[0], i[1]])).toEqual([
    ["PRH", "higher"],
    ["Flats let", "higher"],
  ]);
});
