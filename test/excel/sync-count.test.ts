/** The office.js adapter reads in a constant number of round trips per response budget, counted on the stricter double. */
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { MAX_RESPONSE_CELLS } from "../../src/excel/read-plan";
import { PAYLOAD_LIMIT_BYTES } from "../support/excel-rules";
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

test("readSheet: one sync for the extent and merged areas, one for the cells", async () => {
  const excel = mockExcel([bigSheet("S", 2000)]);
  const grid = await new ExcelWorkbook(excel.host).readSheet("S");
  expect(grid.cells.length).toBe(2001);
  expect(excel.syncs()).toBe(2);
});

test.each([1, 6])("readAll with %i small sheets: three context.sync calls", async (n) => {
  const excel = mockExcel(Array.from({ length: n }, (_, i) => bigSheet(`S${i}`, 50)));
  const grids = await new ExcelWorkbook(excel.host).readAll();
  expect(grids).toHaveLength(n);
  expect(excel.syncs()).toBe(3);
});

/** Rows of long indicator names (90 bytes of UTF-8 each): 3 sheets hold ~9 MB as JSON. */
function heavySheet(
  name: string,
  rows: number,
  label = "提升為民服務品質與行政效率之關鍵績效衡量指標",
): WorkbookSpec[number] {
  const cells: Record<string, number | string> = { A1: "衡量指標", B1: "目標值", C1: "實際值", D1: "單位" };
  for (let r = 2; r <= rows + 1; r++) {
    cells[`A${r}`] = `${label} ${r}`;
    cells[`B${r}`] = 100;
    cells[`C${r}`] = r;
    cells[`D${r}`] = "件";
  }
  return { name, cells };
}

test("a workbook over 5 MB is read in responses under the limit, one sync per response budget", async () => {
  const spec = ["甲", "乙", "丙"].map((name) => heavySheet(name, 20_000));
  const excel = mockExcel(spec);
  const grids = await new ExcelWorkbook(excel.host).readAll();
  // One response would be ~9 MB: the double (and Excel on the web) refuses it.
  const cells = 3 * 20_001 * 4;
  expect(grids.map((g) => g.cells.length)).toEqual([20_001, 20_001, 20_001]);
  expect(grids[2]!.cells[20_000]).toEqual([
    { value: "提升為民服務品質與行政效率之關鍵績效衡量指標 20001" },
    { value: 100 },
    { value: 20_001 },
    { value: "件" },
  ]);
  expect(excel.largestResponse()).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  // Names, extents, then ceil(cells / budget) responses: 240,012 cells at 100,000 a response.
  expect(excel.syncs()).toBe(2 + Math.ceil(cells / MAX_RESPONSE_CELLS));
});

test("cells longer than the estimate: a refused response is read again in halves, and nothing is lost", async () => {
  const long = "依據行政院所屬機關年度施政計畫及績效評估要點".repeat(6);
  const excel = mockExcel([heavySheet("長", 12_000, long)]);
  const grid = await new ExcelWorkbook(excel.host).readSheet("長");
  expect(grid.cells).toHaveLength(12_001);
  expect(grid.cells[12_000]![0]).toEqual({ value: `${long} 12001` });
  expect(excel.largestResponse()).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  // The extent; the whole sheet, refused (5.56 MB); then its two halves (2.78 MB each).
  expect(excel.syncs()).toBe(4);
});

test("a single row over the limit is not retried for ever: Excel's error reaches the caller", async () => {
  const excel = mockExcel([{ name: "寬", cells: { A1: "x".repeat(600), B1: "y".repeat(600) } }], {
    payloadLimit: 1000,
  });
  const error = await new ExcelWorkbook(excel.host).readSheet("寬").catch((e: unknown) => e);
  expect((error as { code?: string }).code).toBe("ResponsePayloadSizeLimitExceeded");
});

test("without ExcelApi 1.13 merged areas are not requested, and reading still works", async () => {
  const excel = mockExcel([{ name: "S", cells: { A1: "title", A3: 1 }, merges: ["A1:C1"] }], {
    mergesSupported: false,
  });
  const grid = await new ExcelWorkbook(excel.host).readSheet("S");
  expect(grid.merges).toEqual([]);
  expect(grid.cells[0]![0]).toEqual({ value: "title" });
  expect(excel.syncs()).toBe(2);
});

test("select activates the sheet and selects the cells, in one sync", async () => {
  const excel = mockExcel([bigSheet("S", 3)]);
  await new ExcelWorkbook(excel.host).select("S", "B2:C4");
  expect(excel.log.map((e) => e.path)).toEqual(["sheet[S].activate", "range[S!B2:C4].select", "context.sync"]);
  expect(excel.syncs()).toBe(1);
});
