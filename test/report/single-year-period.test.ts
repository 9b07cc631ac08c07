/**
 * Issue 23: a single-year table's period (from its title, "100 年度施政績效" or "FY2011 results",
 * or its sheet's name, 113年度績效) is carried past the reader: each indicator's period in the JSON,
 * the command's table and summary ("(100 期)"), and the report's 期別 column and title.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookReport } from "../../src/core";
import { cli } from "../cli/run-cli";
import { writeXlsx, type WorkbookSpec } from "../support/workbook-spec";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const dir = mkdtempSync(join(tmpdir(), "single-year-"));

const FY: WorkbookSpec = [
  {
    name: "Results",
    cells: {
      A1: "FY2011 results",
      A3: "Measure",
      B3: "Target",
      C3: "Actual",
      A4: "Permits issued",
      B4: 100,
      C4: 104,
      A5: "Inspections completed",
      B5: 200,
      C5: 150,
    },
  },
];
const SHEET_113: WorkbookSpec = [
  {
    name: "113年度績效",
    cells: {
      A1: "衡量指標",
      B1: "單位",
      C1: "原定目標值",
      D1: "實際值",
      A2: "申請件數",
      B2: "件",
      C2: 100,
      D2: 95,
      A3: "培訓人數",
      B3: "人",
      C3: 50,
      D3: 60,
    },
  },
];

async function fileOf(name: string, spec: WorkbookSpec | null): Promise<string> {
  if (spec === null) return join(FIXTURES, name);
  const path = join(dir, name);
  await writeXlsx(path, spec);
  return path;
}

describe.each([
  ["budget-performance-100.xlsx", null, "100", "zh-TW"],
  ["fy2011.xlsx", FY, "2011", "en"],
  ["sheet-113.xlsx", SHEET_113, "113", "zh-TW"],
] as const)("%s", (name, spec, period, lang) => {
  let input: string;
  beforeAll(async () => {
    input = await fileOf(name, spec);
  });

  it(`gives every indicator the period ${period} in the JSON`, async () => {
    const run = await cli("analyze", input, "--json");
    const report = JSON.parse(run.out) as WorkbookReport;
    const periods = report.sheets.flatMap((s) => s.indicators.flatMap((i) => i.periods.map((p) => p.period)));
    expect(periods.length).toBeGreaterThan(0);
    expect(new Set(periods)).toEqual(new Set([period]));
  });

  it("says the period in the command's table and summary", async () => {
    const run = await cli("analyze", input, "--lang", lang);
    const summary = run.out.trim().split("\n").pop() ?? "";
    expect(summary).toContain(lang === "en" ? `period ${period}` : `（${period} 期）`);
  });

  it("writes it in the report's 期別 column and title", async () => {
    const output = join(dir, `report-${name}`);
    expect((await cli("report", input, "-o", output, "--lang", lang)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(output);
    const sheet = book.getWorksheet(lang === "en" ? "Indicator report" : "績效報告")!;
    expect(sheet.getCell("A1").text).toContain(period);
    // The first indicator's row: under its goal's row where the source has a goal column.
    const first = [6, 7].find((r) => sheet.getCell(r, 3).value !== null)!;
    expect(sheet.getCell(first, 2).value).toBe(period);
  });
});
