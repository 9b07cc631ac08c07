/**
 * Issue 23: every sheet the product writes prints on A4 as it fits: the report, the drafts (their
 * table, not the history columns the formulas read), 指標設定 (landscape, one page wide, the header
 * on every page) and the review summary workbook (landscape, as few pages across as its columns allow).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../cli/run-cli";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const KPI = join(FIXTURES, "kpi-report-107.xlsx");
const dir = mkdtempSync(join(tmpdir(), "print-setup-"));

async function written(command: string, name: string, ...args: string[]): Promise<ExcelJS.Workbook> {
  const output = join(dir, `${command}.xlsx`);
  const run = await cli(command, ...args, "-o", output);
  expect(run.code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(output);
  expect(book.getWorksheet(name)).toBeDefined();
  return book;
}

test("the report: A4, landscape, one page wide", async () => {
  const sheet = (await written("report", "績效報告", KPI)).getWorksheet("績效報告")!;
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
});

test("目標草案 prints its table (A:H), not the history columns its formulas read", async () => {
  const sheet = (await written("targets", "目標草案", KPI)).getWorksheet("目標草案")!;
  expect(sheet.pageSetup.paperSize).toBe(9);
  const area = sheet.pageSetup.printArea ?? "";
  expect(area).toMatch(/^\$?A\$?1:\$?H\$?\d+$/);
  // The history columns hold figures right of H: written, not printed.
  let historyCells = 0;
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (Number(cell.col) > 8) historyCells++;
    });
  });
  expect(historyCells).toBeGreaterThan(0);
});

test("指標設定: landscape, one page wide, its header on every page", async () => {
  const sheet = (await written("settings", "指標設定", KPI)).getWorksheet("指標設定")!;
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
  expect(sheet.pageSetup.printTitlesRow).toBe("4:4");
});

test("the review summary: landscape A4, one page across, its header on every page and styled", async () => {
  const book = await written("review", "彙整", FIXTURES);
  const summary = book.getWorksheet("彙整")!;
  expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
  expect(summary.pageSetup.printTitlesRow).toBe("3:3");
  const header = summary.getCell("A3");
  expect(header.font?.bold).toBe(true);
  expect((header.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe("FF4472C4");
  // Counts with thousands separators.
  expect(summary.getCell("E4").numFmt).toBe("#,##0");
});
