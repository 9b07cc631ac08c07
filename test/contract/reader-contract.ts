/**
 * The workbook port's contract: every adapter reads the same spec to the same Grid.
 * Each adapter's test file calls describeReaderContract with a factory that builds its
 * own kind of workbook (a real .xlsx, or an office.js object model) from the spec.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { WorkbookReadError, type Grid } from "../../src/core";
import type { WorkbookReader } from "../../src/port/workbook-port";
import { analyzeThroughPort } from "../../src/usecases/analyze";
import { specOfXlsx, type WorkbookSpec } from "../support/workbook-spec";

export type ReaderFactory = (spec: WorkbookSpec) => Promise<WorkbookReader>;

const FIXTURES = join(__dirname, "..", "fixtures", "shared");

const SPEC: WorkbookSpec = [
  {
    name: "績效 表",
    cells: {
      C3: "標題：110 年度",
      C5: "衡量指標",
      D5: "目標值",
      E5: "實際值",
      F5: "達成度",
      C6: "電子證申請件數",
      D6: 600000,
      E6: { value: 603349, format: "#,##0" },
      F6: { value: 1.0055, format: "0.00%" },
      C7: "稽核",
      D7: { value: 0.8, format: "0%" },
      E7: "9/11",
      F7: true,
      G7: "#N/A",
    },
    merges: ["C3:F3"],
  },
  { name: "Empty", cells: {} },
  { name: "Second", cells: { A1: "x", B2: 2 } },
];

function cellAt(grid: Grid, address: string): unknown {
  const col = address.charCodeAt(0) - 65;
  const row = Number(address.slice(1)) - 1;
  return grid.cells[row - grid.originRow]?.[col - grid.originCol];
}

export function describeReaderContract(adapter: string, make: ReaderFactory): void {
  describe(`${adapter} adapter: workbook port contract`, () => {
    let reader: WorkbookReader;
    beforeAll(async () => {
      reader = await make(SPEC);
    });

    test("sheet names in tab order", async () => {
      expect(await reader.sheetNames()).toEqual(["績效 表", "Empty", "Second"]);
    });

    test("the used range starts where the data starts", async () => {
      const grid = await reader.readSheet("績效 表");
      expect([grid.originRow, grid.originCol]).toEqual([2, 2]);
      expect(grid.cells.length).toBe(5);
      expect(grid.cells.every((row) => row.length === 5)).toBe(true);
    });

    test("values, blanks and number formats", async () => {
      const grid = await reader.readSheet("績效 表");
      expect(cellAt(grid, "C6")).toEqual({ value: "電子證申請件數" });
      expect(cellAt(grid, "D6")).toEqual({ value: 600000 });
      expect(cellAt(grid, "E6")).toEqual({ value: 603349, format: "#,##0" });
      expect(cellAt(grid, "F6")).toEqual({ value: 1.0055, format: "0.00%" });
      expect(cellAt(grid, "D7")).toEqual({ value: 0.8, format: "0%" });
      expect(cellAt(grid, "E7")).toEqual({ value: "9/11" });
      expect(cellAt(grid, "F7")).toEqual({ value: true });
      expect(cellAt(grid, "C4")).toEqual({ value: null });
    });

    test("merged areas, with the value in the top-left cell only", async () => {
      const grid = await reader.readSheet("績效 表");
      expect(grid.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 5 }]);
      expect(cellAt(grid, "C3")).toEqual({ value: "標題：110 年度" });
      expect(cellAt(grid, "D3")).toEqual({ value: null });
    });

    test("an empty sheet is an empty grid", async () => {
      const grid = await reader.readSheet("Empty");
      expect(grid.cells).toEqual([]);
    });

    test("readAll reads every sheet as readSheet does", async () => {
      const all = await reader.readAll();
      expect(all.map((g) => g.sheet)).toEqual(["績效 表", "Empty", "Second"]);
      expect(all[0]).toEqual(await reader.readSheet("績效 表"));
      expect(all[2]).toEqual(await reader.readSheet("Second"));
    });

    test("a workbook the add-in has not written to owns no sheets", async () => {
      expect(await reader.ownedSheets()).toEqual([]);
    });

    test("an unknown sheet is a WorkbookReadError", async () => {
      await expect(reader.readSheet("nope")).rejects.toBeInstanceOf(WorkbookReadError);
    });

    const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"));
    test.each(fixtures)("%s analyses to the same report as read from the file", async (file) => {
      const spec = await specOfXlsx(join(FIXTURES, file));
      const viaAdapter = await analyzeThroughPort(await make(spec));
      const { XlsxWorkbook } = await import("../../src/xlsx/xlsx-workbook");
      const viaFile = await analyzeThroughPort(await XlsxWorkbook.fromFile(join(FIXTURES, file)));
      expect(viaAdapter).toEqual(viaFile);
      expect(viaAdapter.sheets.length).toBeGreaterThan(0);
    });
  });
}
