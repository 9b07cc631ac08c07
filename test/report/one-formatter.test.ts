/**
 * Issue 23: one number formatter for the pane, the command and the sheets. The command's table and
 * the pane print each figure as the report sheet's cell format shows it (percent with separators
 * and two decimals, rates as percentages, counts with separators), drafts keep their source's
 * precision and unit, and a percent-formatted figure never has a "%" unit after it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { PERCENT_FORMAT, showFigure, showPercent, type WorkbookReport } from "../../src/core";
import { draftFigure, figure, percent } from "../../src/taskpane/components/figures";
import { cli } from "../cli/run-cli";
import { width } from "../../src/cli/format-table";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const dir = mkdtempSync(join(tmpdir(), "one-formatter-"));

/** The command's table rows (name cut, period, target, actual, achievement, growth, light, reported), split on its column gaps. */
function tableRows(out: string): string[][] {
  return out
    .split("\n")
    .filter((line) => /\s(★|▲|●|□)\s/.test(line) && !/^(合計|Total)/.test(line))
    .map((line) => line.trim().split(/\s{2,}/));
}

describe.each(["budget-performance-100.xlsx", "kpi-report-107.xlsx"])("%s", (file) => {
  const input = join(FIXTURES, file);
  let report: WorkbookReport;
  let rows: string[][];
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    report = JSON.parse((await cli("analyze", input, "--json")).out) as WorkbookReport;
    rows = tableRows((await cli("analyze", input)).out);
    const output = join(dir, file);
    expect((await cli("report", input, "-o", output)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(output);
    sheet = book.getWorksheet("績效報告")!;
  });

  it("prints each target, actual and achievement as the report's cell shows it, in the command and the pane", () => {
    const periods = report.sheets.flatMap((s) => s.indicators.flatMap((i) => i.periods.map((p) => ({ i, p }))));
    expect(rows).toHaveLength(periods.length);
    // The indicators' rows (a goal's row above them has its words only, no direction).
    const at: number[] = [];
    for (let r = 6; r <= sheet.rowCount && at.length < periods.length; r++)
      if (sheet.getCell(r, 3).value !== null) at.push(r);
    periods.forEach(({ i, p }, k) => {
      const row = rows[k]!;
      const r = at[k]!;
      const cells = {
        target: sheet.getCell(r, 4),
        actual: sheet.getCell(r, 5),
        achievement: sheet.getCell(r, 7),
      };
      expect(cells.achievement.numFmt).toBe(PERCENT_FORMAT);
      const shown = {
        target: showFigure(p.target, cells.target.numFmt),
        actual: showFigure(p.actual, cells.actual.numFmt),
        achievement: showPercent(p.achievement),
      };
      expect(row.slice(2, 5)).toEqual([shown.target, shown.actual, shown.achievement]);
      expect([figure(p.target, i), figure(p.actual, i), percent(p.achievement)]).toEqual([
        shown.target,
        shown.actual,
        shown.achievement,
      ]);
      // No raw decimals ("0.8181818182"): at most two decimals, or a percentage.
      for (const text of row.slice(2, 4)) expect(text).toMatch(/^(—|-?[\d,]+(\.\d{2})?%?)$/);
      // A percent-formatted figure has no unit "%" after it.
      if (cells.actual.numFmt?.includes("%")) expect(sheet.getCell(r, 6).value).toBeNull();
    });
  });
});

test("percentages have thousands separators everywhere: 1,161.06%", () => {
  expect(showPercent(11.6106)).toBe("1,161.06%");
  expect(percent(11.6106)).toBe("1,161.06%");
  expect(width(showPercent(11.6106))).toBe(9);
});

test("a draft shows at its source's precision with its unit, as the drafts sheet's format: 3,343 人", async () => {
  const output = join(dir, "drafts.xlsx");
  expect((await cli("targets", join(FIXTURES, "kpi-report-107.xlsx"), "-o", output)).code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(output);
  const drafts = book.getWorksheet("目標草案")!;
  const cell = drafts.getCell("D6");
  expect(cell.numFmt).toBe('#,##0 "人"');
  const value = (cell.value as { result: number }).result;
  const { draftTargets, analyzeWorkbook } = await import("../../src/core");
  const { XlsxWorkbook } = await import("../../src/xlsx/xlsx-workbook");
  const grids = await (await XlsxWorkbook.fromFile(join(FIXTURES, "kpi-report-107.xlsx"))).readAll();
  const [, second] = draftTargets(analyzeWorkbook(grids), "trend", 0.05);
  expect(draftFigure(value, second!)).toBe(showFigure(value, cell.numFmt));
  expect(draftFigure(value, second!)).toMatch(/^[\d,]+ 人$/);
  // Previous target and actual as the report shows them: with separators.
  expect(drafts.getCell("E6").numFmt).toBe("#,##0");
});
