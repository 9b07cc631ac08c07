/**
 * The fast reader (src/xlsx/fast) against the exceljs reader: every fixture, sample, published
 * table, a saved report and a workbook of awkward cells, read both ways, grid by grid, cell by cell.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { buildReportPlan, DEFAULT_REPORT_FIGURES, analyzeWorkbook, type Grid } from "../../src/core";
import { reportWords } from "../../src/messages";
import { FastBook } from "../../src/xlsx/fast/fast-book";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { exceljsGrids } from "../support/exceljs-grid";
import { xlsxBufferOf, type WorkbookSpec } from "../support/workbook-spec";

const ROOT = join(__dirname, "..", "..");
const filesIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join(dir, f));

async function bothReaders(bytes: Buffer): Promise<{ slow: Grid[]; fast: Grid[]; names: [string[], string[]] }> {
  const exceljs = await exceljsGrids(bytes);
  const fast = FastBook.open(bytes, { inflateRaw: (d) => inflateRawSync(d) });
  return {
    slow: exceljs.grids,
    fast: fast.sheetNames().map((n) => fast.grid(n)),
    names: [exceljs.names, fast.sheetNames()],
  };
}

/** Cell by cell, so a difference names its sheet and cell. */
function expectSameGrids(fast: Grid[], slow: Grid[]): void {
  expect(fast.map((g) => g.sheet)).toEqual(slow.map((g) => g.sheet));
  slow.forEach((want, i) => {
    const got = fast[i] as Grid;
    expect({
      sheet: got.sheet,
      origin: [got.originRow, got.originCol],
      merges: got.merges,
      hidden: got.hiddenRows,
    }).toEqual({
      sheet: want.sheet,
      origin: [want.originRow, want.originCol],
      merges: want.merges,
      hidden: want.hiddenRows,
    });
    expect(got.cells.length).toBe(want.cells.length);
    want.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        // exceljs's reader drops a formula's cached 0 or FALSE; the fast reader keeps them (a test below).
        const fastCell = got.cells[r]?.[c];
        const dropped = cell?.value === null && (fastCell?.value === 0 || fastCell?.value === false);
        expect({ at: `${want.sheet}!R${r}C${c}`, cell: dropped ? { ...fastCell, value: null } : fastCell }).toEqual({
          at: `${want.sheet}!R${r}C${c}`,
          cell,
        });
      });
      expect(got.cells[r]?.length).toBe(row.length);
    });
  });
}

describe("the fast reader gives the exceljs reader's grids", () => {
  const files = [...filesIn("/work/shared/fixtures"), ...filesIn(join(ROOT, "samples"))].filter(
    (f, i, all) => all.indexOf(f) === i,
  );
  it.each(files)("%s", async (file) => {
    const { slow, fast, names } = await bothReaders(readFileSync(file));
    expect(names[1]).toEqual(names[0]);
    expect(slow.length).toBeGreaterThan(0);
    expectSameGrids(fast, slow);
  });

  const tablesDir = join(ROOT, "test", "published", "tables");
  const tables = readdirSync(tablesDir).filter((f) => f.endsWith(".json"));
  it.each(tables)("published table %s", async (file) => {
    const spec = (JSON.parse(readFileSync(join(tablesDir, file), "utf8")) as { sheets: WorkbookSpec }).sheets;
    const { slow, fast } = await bothReaders(await xlsxBufferOf(spec));
    expectSameGrids(fast, slow);
  });

  it("a saved report (formulas, a table, conditional formats, notes, markers)", async () => {
    const source = await XlsxWorkbook.fromBuffer(readFileSync(join(ROOT, "samples", "kpi-report-107.xlsx")));
    const grids = await source.readAll();
    await source.applyPlan(
      buildReportPlan(grids, analyzeWorkbook(grids), { ...DEFAULT_REPORT_FIGURES, words: reportWords("zh-TW") }),
    );
    const bytes = Buffer.from(await source.toBuffer());
    const { slow, fast } = await bothReaders(bytes);
    expectSameGrids(fast, slow);
    const fastBook = FastBook.open(bytes, { inflateRaw: (d) => inflateRawSync(d) });
    const reopened = await XlsxWorkbook.fromBuffer(bytes);
    const owned = await reopened.ownedSheets();
    expect(owned.length).toBeGreaterThan(0);
    for (const sheet of owned) expect(fastBook.sheetNames()).toContain(sheet);
  });

  it("awkward cells: rich text, dates, errors, booleans, hyperlinks, formulas, row and column styles, merges", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("雜項");
    sheet.getCell("A1").value = { richText: [{ text: "粗體", font: { bold: true } }, { text: " plain" }] };
    sheet.getCell("A2").value = new Date(Date.UTC(2024, 1, 29, 13, 45, 7, 123));
    sheet.getCell("A3").value = { error: "#N/A" };
    sheet.getCell("A4").value = true;
    sheet.getCell("A5").value = { text: "連結", hyperlink: "https://example.org/" };
    sheet.getCell("A6").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    sheet.getCell("A7").value = { formula: "A4", result: false };
    sheet.getCell("A8").value = { formula: '"x"&"<y>"', result: "x<y> & z" };
    sheet.getCell("A9").value = { formula: "TODAY()", result: 45000.5 };
    sheet.getCell("A9").numFmt = "yyyy/mm/dd hh:mm";
    sheet.getCell("A10").value = 0.1234;
    sheet.getCell("A10").numFmt = '0.00%;[Red]\\-0.00%;"zero"';
    sheet.getCell("A11").value = "  縮排";
    sheet.getCell("A11").alignment = { indent: 2 };
    sheet.getCell("A12").value = "line_x000D_break";
    sheet.getCell("B1").value = { formula: "A10*2" };
    sheet.getCell("B2").value = { sharedFormula: "B1", result: 3 };
    sheet.getCell("B3").value = { formula: "0*1", result: 0 };
    sheet.getCell("B4").value = { formula: "B3", result: 0 };
    sheet.getCell("B4").numFmt = "yyyy-mm-dd";
    sheet.getCell("C3").value = "合併";
    sheet.mergeCells("C3:D4");
    sheet.getCell("F20").value = 1;
    sheet.getRow(5).numFmt = "#,##0.0";
    sheet.getRow(5).alignment = { indent: 1 };
    sheet.getRow(7).hidden = true;
    sheet.getColumn(5).numFmt = "0.000";
    sheet.getColumn(5).alignment = { indent: 3 };
    sheet.getCell("E6").value = 2;
    sheet.getCell("E7").value = "styled empty neighbour";
    const empty = workbook.addWorksheet("空白");
    empty.getCell("B2").numFmt = "0.0";
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const { slow, fast } = await bothReaders(bytes);
    expect(slow[0]?.cells.length).toBeGreaterThan(10);
    expectSameGrids(fast, slow);
  });
});

test("a formula whose cached result is 0 or FALSE reads as 0 or FALSE, not blank", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("S");
  sheet.getCell("A1").value = { formula: "1-1", result: 0 };
  sheet.getCell("B1").value = { formula: "1>2", result: false };
  sheet.getCell("C1").value = { formula: "1+1", result: 2 };
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const grid = FastBook.open(bytes, { inflateRaw: (d) => inflateRawSync(d) }).grid("S");
  expect(grid.cells[0]?.map((c) => c?.value ?? null)).toEqual([0, false, 2]);
});
