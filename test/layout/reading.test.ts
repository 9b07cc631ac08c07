/** Issue 10: the reader's honesty. Data rows are never headers; what it read it can explain. */
import { join } from "node:path";
import fc from "fast-check";
import { analyzeWorkbook, type CellInput, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";
import { cli } from "../cli/run-cli";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");

test("the issue's minimal sheet: A | 99 | 100 | 101 under an unrecognised header gives no period", () => {
  const rows: CellInput[][] = [
    [{ value: "名稱" }, { value: "甲" }, { value: "乙" }, { value: "丙" }],
    [{ value: "A" }, { value: 99 }, { value: 100 }, { value: 101 }],
    [{ value: "B" }, { value: 1 }, { value: 6 }, { value: 26 }],
  ];
  const report = analyzeWorkbook([{ sheet: "S", originRow: 0, originCol: 0, cells: rows, merges: [] }]);
  const periods = report.sheets.flatMap((s) => s.indicators.flatMap((i) => i.periods.map((p) => p.period)));
  expect(periods.filter((p) => p !== null)).toEqual([]);
});

/** Words that are no header at all: names, places, free text. */
const unrecognised = fc.constantFrom("名稱", "甲", "乙", "區域", "Name", "Region", "說明文字", "X");

test("property: under a header that is not recognised, no data row is ever read as a period header", () => {
  fc.assert(
    fc.property(
      fc.array(unrecognised, { minLength: 2, maxLength: 5 }),
      fc.array(fc.array(fc.integer({ min: 0, max: 2200 }), { minLength: 1, maxLength: 4 }), {
        minLength: 1,
        maxLength: 6,
      }),
      (header, data) => {
        const width = header.length;
        const cells: CellInput[][] = [
          header.map((value) => ({ value })),
          ...data.map((row, i) => [
            { value: `列${i + 1}` },
            ...Array.from({ length: width - 1 }, (_, c) => ({ value: row[c % row.length] ?? 0 })),
          ]),
        ];
        const grid: Grid = { sheet: "S", originRow: 0, originCol: 0, cells, merges: [] };
        const report = analyzeWorkbook([grid]);
        for (const sheet of report.sheets)
          for (const indicator of sheet.indicators)
            for (const period of indicator.periods) expect(period.period).toBeNull();
      },
    ),
    { numRuns: 1500 },
  );
});

test("an achievement beyond any plausible range is READING_UNCERTAIN, never a figure", () => {
  const rows: CellInput[][] = [
    [{ value: "衡量指標" }, { value: "目標值" }, { value: "實際值" }],
    [{ value: "受理件數" }, { value: 3 }, { value: 76340605 }],
  ];
  const report = analyzeWorkbook([{ sheet: "S", originRow: 0, originCol: 0, cells: rows, merges: [] }]);
  const period = report.sheets[0]!.indicators[0]!.periods[0]!;
  expect(period.achievement).toBeNull();
  expect(period.light).toBe("white");
  expect(period.notComputable).toBe("uncertain-reading");
  expect(report.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["READING_UNCERTAIN@C2"]);
});

test.each([
  ["zh-TW", /表 1：工作表「關鍵績效指標」.*多年度區塊/, /原訂目標值.*→ 目標值/],
  ["en", /Table 1: sheet "關鍵績效指標" .*multi-year block/, /原訂目標值.*→ target/],
])("analyze --explain prints the reading in %s", async (lang, table, row) => {
  const result = await cli("analyze", join(FIXTURES, "kpi-report-107.xlsx"), "--explain", "--lang", lang);
  expect(result.code).toBe(0);
  expect(result.out).toMatch(table);
  expect(result.out).toMatch(row);
});

test.each([
  ["zh-TW", /每列一指標/, /D3 「原定目標值」 → 目標值（依「目標值」）/],
  ["en", /one row per indicator/, /D3 "原定目標值" → target \(from "目標值"\)/],
])("analyze --explain names each column and the word that decided it (%s)", async (lang, layout, column) => {
  const result = await cli("analyze", join(FIXTURES, "budget-performance-100.xlsx"), "--explain", "--lang", lang);
  expect(result.code).toBe(0);
  expect(result.out).toMatch(layout);
  expect(result.out).toMatch(column);
  if (lang === "en") expect(result.out).toMatch(/Period \(from the title or sheet name\): 100/);
});

const grid = (rows: Row[], merges: Grid["merges"] = []): Grid => rowGrid(rows, merges);

test("one bad cell gives one NOT_A_FIGURE, also where a comparison reads it twice (as a period and a baseline)", () => {
  const report = analyzeWorkbook([
    grid([
      ["項目", "99 年", "100 年", "101 年"],
      ["宣導場次", 10, "待查", 14],
    ]),
  ]);
  expect(report.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["NOT_A_FIGURE@C2"]);
});

test("a total row is checked against its rows, and is no indicator", () => {
  const report = analyzeWorkbook([
    grid([
      ["衡量指標", "目標值", "實際值"],
      ["甲", 10, 12],
      ["乙", 20, 18],
      ["合計", 30, 31],
    ]),
  ]);
  expect(report.sheets[0]!.indicators.map((i) => i.name)).toEqual(["甲", "乙"]);
  expect(report.findings.map((f) => `${f.code}@${f.cell}:${f.value}`)).toEqual(["AGGREGATE_MISMATCH@C4:30"]);
});

test("the same name under two goals is two indicators, named by their goals, with no DUPLICATE_INDICATOR", () => {
  const report = analyzeWorkbook([
    grid([
      ["績效目標", "衡量指標", "目標值", "實際值"],
      ["提升服務", "滿意度", 0.8, 0.85],
      ["強化治理", "滿意度", 0.7, 0.72],
    ]),
  ]);
  expect(report.sheets[0]!.indicators.map((i) => i.name)).toEqual(["提升服務／滿意度", "強化治理／滿意度"]);
  expect(report.findings).toEqual([]);
});

test("a plan with targets only: code columns are no figures, nothing is computed or called missing", () => {
  const report = analyzeWorkbook([
    grid([
      ["關鍵績效指標", "評估體制", "評估方式", "衡量標準", "年度目標值"],
      ["推展會展活動(6%)", 1, "統計數據", "補助辦展數/計畫補助辦展數*100%", "100%"],
      ["輔導廠商進駐家數(5%)", 1, "統計數據", "年度輔導廠商進駐家數", "35家"],
    ]),
  ]);
  const indicators = report.sheets[0]!.indicators;
  expect(indicators.map((i) => [i.name, i.periods.map((p) => [p.target, p.actual, p.achievement])])).toEqual([
    ["推展會展活動(6%)", [[1, null, null]]],
    ["輔導廠商進駐家數(5%)", [[35, null, null]]],
  ]);
  expect(report.sheets[0]!.tables.map((t) => t.kind)).toEqual(["plan"]);
  expect(report.findings).toEqual([]);
});

test("budget execution: the header's formula (B+C)/A decides the actual, and A = B + C + D is checked", () => {
  const report = analyzeWorkbook([
    grid([
      ["計畫名稱", "預算數(A)", "實現數(B)", "應付數(C)", "保留數(D)", "執行率(%)\n(B+C)/A"],
      ["甲計畫", 1000, 600, 100, 300, 70],
      ["乙計畫", 500, 200, 0, 100, 40],
    ]),
  ]);
  const [first, second] = report.sheets[0]!.indicators;
  expect([first!.kind, first!.periods[0]!.actual, first!.periods[0]!.achievement]).toEqual(["execution", 700, 0.7]);
  expect(second!.periods[0]!.achievement).toBeCloseTo(0.4, 12);
  expect(report.findings.map((f) => `${f.code}@${f.cell}:${f.value}`)).toEqual(["BUDGET_PARTS_MISMATCH@B3:300"]);
});

test("wide English headers: a year over Target / Actual, and a line break inside one cell", () => {
  const report = analyzeWorkbook([
    grid(
      [
        ["Measure", "2023", null, "2024\nTarget", "2024\nActual"],
        [null, "Target", "Actual", null, null],
        ["Applications processed", 100, 90, 120, 132],
      ],
      [{ top: 0, left: 1, bottom: 0, right: 2 }],
    ),
  ]);
  const periods = report.sheets[0]!.indicators[0]!.periods;
  expect(periods.map((p) => [p.period, p.target, p.actual, p.achievement])).toEqual([
    ["2023", 100, 90, 0.9],
    ["2024", 120, 132, 1.1],
  ]);
});
