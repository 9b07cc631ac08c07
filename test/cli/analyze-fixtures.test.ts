/** Every figure in ../shared/fixtures/*.expected.json comes out of `indicators analyze --json` on its workbook. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { WorkbookReport } from "../../src/core";
import { cli } from "./run-cli";

const DIR = join(__dirname, "..", "fixtures", "shared");
const expected = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as Record<string, unknown>;

async function analyzeJson(file: string): Promise<WorkbookReport> {
  const result = await cli("analyze", join(DIR, file), "--json");
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as WorkbookReport;
}

/** Compares only the fields the expected object names; numbers to 10 decimals. */
function expectSubset(actual: unknown, wanted: unknown, path: string): void {
  if (typeof wanted === "number") {
    expect(typeof actual).toBe("number");
    expect(actual as number).toBeCloseTo(wanted, 10);
  } else if (Array.isArray(wanted)) {
    expect(Array.isArray(actual)).toBe(true);
    expect((actual as unknown[]).length).toBe(wanted.length);
    wanted.forEach((w, i) => {
      expectSubset((actual as unknown[])[i], w, `${path}[${i}]`);
    });
  } else if (wanted !== null && typeof wanted === "object") {
    if (path.endsWith(".cells")) expect(actual).toEqual(wanted);
    for (const [key, w] of Object.entries(wanted))
      expectSubset((actual as Record<string, unknown>)[key], w, `${path}.${key}`);
  } else {
    expect(actual).toEqual(wanted);
  }
}

describe.each([
  ["kpi-report-107", "kpi-report-107.xlsx"],
  ["budget-performance-100", "budget-performance-100.xlsx"],
])("%s", (name, file) => {
  const want = expected(name) as { sheet: string; indicators: Array<{ name: string }> };
  let report: WorkbookReport;
  beforeAll(async () => {
    report = await analyzeJson(file);
  });

  test("the sheet is found", () => {
    expect(report.sheets.map((s) => s.sheet)).toEqual([want.sheet]);
  });

  test("every indicator, with every expected figure and cell", () => {
    const indicators = report.sheets[0]!.indicators;
    expect(indicators.map((i) => i.name)).toEqual(want.indicators.map((i) => i.name));
    want.indicators.forEach((w, i) => {
      expectSubset(indicators[i], w, w.name);
    });
  });
});

test("budget-performance-100: the mismatching reported figures, and only those, are findings", async () => {
  const want = expected("budget-performance-100") as { mismatches: string[]; consistent: string[] };
  const report = await analyzeJson("budget-performance-100.xlsx");
  const flagged = report.findings.filter((f) => f.code === "REPORTED_MISMATCH").map((f) => f.cell);
  expect(flagged.sort()).toEqual([...want.mismatches].sort());
  for (const cell of want.consistent) expect(flagged).not.toContain(cell);
});

test("kpi-report-107: below target is exactly the expected actual cells", async () => {
  const want = expected("kpi-report-107") as { belowTarget: string[] };
  const report = await analyzeJson("kpi-report-107.xlsx");
  const below = report.sheets.flatMap((s) =>
    s.indicators.flatMap((i) => i.periods.filter((p) => p.met === false).map((p) => p.cells.actual)),
  );
  expect(below).toEqual(want.belowTarget);
});

test("evaluation-scorecard-110: totals, grades and subtotals by dimension", async () => {
  const want = expected("evaluation-scorecard-110") as {
    sheet: string;
    totals: Record<string, number>;
    grades: Record<string, string>;
    byDimension: Record<string, number>;
  };
  const report = await analyzeJson("evaluation-scorecard-110.xlsx");
  const cards = report.sheets.find((s) => s.sheet === want.sheet)!.scorecards;
  expect(Object.fromEntries(cards.map((c) => [c.column, c.total]))).toEqual(want.totals);
  expect(Object.fromEntries(cards.map((c) => [c.column, c.grade]))).toEqual(want.grades);
  // The fixture's subtotals are of the final (committee) column, the one the grade is awarded on.
  expect(cards[cards.length - 1]!.byDimension).toEqual(want.byDimension);
  expect(cards[0]!.weightTotal).toBe(100);
});
