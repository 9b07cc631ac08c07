/**
 * Issue 23: the summary line of a comparison counts what a comparison has — the items compared,
 * between which periods, how many rose, fell or stayed level — not targets met (★ 0 … □ 15,
 * share met —). The counts follow the figures the engine read, item by item.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WorkbookReport } from "../../src/core";
import { cli } from "../cli/run-cli";
import { writeXlsx, type WorkbookSpec } from "../support/workbook-spec";

const TABLES = join(__dirname, "..", "published", "tables");
const dir = mkdtempSync(join(tmpdir(), "comparison-summary-"));

async function published(id: string): Promise<string> {
  const spec = JSON.parse(readFileSync(join(TABLES, `${id}.json`), "utf8")) as { sheets: WorkbookSpec };
  const path = join(dir, `${id}.xlsx`);
  await writeXlsx(path, spec.sheets);
  return path;
}

/** Rose, fell, level by the last two periods' actuals of each item, as read. */
function changes(report: WorkbookReport): [number, number, number] {
  const out: [number, number, number] = [0, 0, 0];
  for (const sheet of report.sheets)
    for (const i of sheet.indicators) {
      const [a, b] = i.periods.slice(-2).map((p) => p.actual);
      if (a == null || b == null) continue;
      out[b > a ? 0 : b < a ? 1 : 2]++;
    }
  return out;
}

describe.each([
  "comparison-dgbas-central-86-real-revenue-excerpt",
  "comparison-taichung-budget-office-115-expenditure-by-agency",
  "comparison-hk-landreg-2007-10-residential-value-bands-excerpt",
])("%s", (id) => {
  let input = "";
  let report: WorkbookReport;
  beforeAll(async () => {
    input = await published(id);
    report = JSON.parse((await cli("analyze", input, "--json")).out) as WorkbookReport;
  });

  it.each(["zh-TW", "en"] as const)("counts items, periods and changes in the summary line (%s)", async (lang) => {
    const line = (await cli("analyze", input, "--lang", lang)).out.trim().split("\n").pop() ?? "";
    const items = report.sheets.reduce((n, s) => n + s.indicators.length, 0);
    const [rose, fell, level] = changes(report);
    expect(rose + fell + level).toBeGreaterThan(0);
    const periods = report.sheets[0]!.indicators[0]!.periods.slice(-2).map((p) => p.period);
    if (lang === "zh-TW") {
      expect(line).toContain(`比較 ${items} 項（${periods.join(" → ")}）`);
      expect(line).toContain(`增加 ${rose}  減少 ${fell}  持平 ${level}`);
    } else {
      expect(line).toContain(`${items} items compared (${periods.join(" → ")})`);
      expect(line).toContain(`up ${rose}  down ${fell}  level ${level}`);
    }
    // No targets, so nothing met or missed.
    expect(line).not.toMatch(/★|□|達成比率|share met/);
  });

  it("says how many items the written report compares", async () => {
    const run = await cli("report", input, "-o", join(dir, `${id}.out.xlsx`));
    const items = report.sheets.reduce((n, s) => n + s.indicators.length, 0);
    expect(run.out).toContain(`比較 ${items} 項`);
  });
});

test("a table of targets keeps its lights and share met", async () => {
  const input = join(__dirname, "..", "fixtures", "shared", "kpi-report-107.xlsx");
  const line = (await cli("analyze", input)).out.trim().split("\n").pop() ?? "";
  expect(line).toMatch(/^合計：指標 \d+ 項.*★ \d+.*達成比率/);
});
