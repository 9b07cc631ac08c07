/** Issue 10: the reader's honesty. Data rows are never headers; what it read it can explain. */
import { join } from "node:path";
import fc from "fast-check";
import { analyzeWorkbook, type CellInput, type Grid } from "../../src/core";
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
  ["en", /one row per indicator/, /D3 「原定目標值」 → target \(from "目標值"\)/],
])("analyze --explain names each column and the word that decided it (%s)", async (lang, layout, column) => {
  const result = await cli("analyze", join(FIXTURES, "budget-performance-100.xlsx"), "--explain", "--lang", lang);
  expect(result.code).toBe(0);
  expect(result.out).toMatch(layout);
  expect(result.out).toMatch(column);
  if (lang === "en") expect(result.out).toMatch(/Period \(from the title or sheet name\): 100/);
});
