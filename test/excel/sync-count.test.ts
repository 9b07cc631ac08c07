/** The office.js adapter reads in a constant number of round trips, counted on office-addin-mock. */
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { mockExcel } from "../support/office-mock";
import type { WorkbookSpec } from "../support/workbook-spec";

function bigSheet(name: string, rows: number): WorkbookSpec[number] {
  const cells: Record<string, number | string> = { A1: "衡量指標", B1: "目標值", C1: "實際值" };
  for (let r = 2; r <= rows + 1; r++) {
    cells[`A${r}`] = `指標 ${r}`;
    cells[`B${r}`] = 100;
    cells[`C${r}`] = r;
  }
  return { name, cells };
}

test("readSheet: one context.sync for values, formats and merged areas", async () => {
  const excel = mockExcel([bigSheet("S", 2000)]);
  const grid = await new ExcelWorkbook(excel.host).readSheet("S");
  expect(grid.cells.length).toBe(2001);
  expect(excel.syncs()).toBe(1);
});

test.each([1, 6])("readAll with %i sheets: two context.sync calls", async (n) => {
  const excel = mockExcel(Array.from({ length: n }, (_, i) => bigSheet(`S${i}`, 50)));
  const grids = await new ExcelWorkbook(excel.host).readAll();
  expect(grids).toHaveLength(n);
  expect(excel.syncs()).toBe(2);
});

test("without ExcelApi 1.13 merged areas are not requested, and reading still works", async () => {
  const excel = mockExcel([{ name: "S", cells: { A1: "title", A3: 1 }, merges: ["A1:C1"] }], {
    mergesSupported: false,
  });
  const grid = await new ExcelWorkbook(excel.host).readSheet("S");
  expect(grid.merges).toEqual([]);
  expect(grid.cells[0]![0]).toEqual({ value: "title" });
  expect(excel.syncs()).toBe(1);
});

test("select activates the sheet and selects the cells, in one sync", async () => {
  const excel = mockExcel([bigSheet("S", 3)]);
  await new ExcelWorkbook(excel.host).select("S", "B2:C4");
  expect(excel.log.map((e) => e.path)).toEqual(["sheet[S].activate", "range[S!B2:C4].select", "context.sync"]);
  expect(excel.syncs()).toBe(1);
});
