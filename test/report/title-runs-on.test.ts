/**
 * Issue 23: a report's title and summary run on over the empty cells on their right; only the
 * table's cells wrap in a wrapped column. A plan wraps its names' column, and its title, wrapped
 * there too, kept its row's height in LibreOffice and ran into the line below it.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeReport } from "../../src/usecases/report";
import { saveWorkbook } from "../../src/xlsx/save-workbook";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { xlsxBufferOf, type WorkbookSpec } from "../support/workbook-spec";

test("a plan's title is not wrapped in the names' column; the names under the header are", async () => {
  const spec = JSON.parse(
    readFileSync(join(__dirname, "..", "published", "tables", "tw-taichung-edb-103-plan.json"), "utf8"),
  ) as { sheets: WorkbookSpec };
  const workbook = await XlsxWorkbook.fromBuffer(await xlsxBufferOf(spec.sheets));
  const outcome = await writeReport(workbook, { language: "zh-TW", bands: { yellowFrom: 0.9 }, capAtOne: false });
  const plan = outcome.plan.sheets[0]!;
  expect(plan.wrapColumns).toContain(0);
  const out = join(mkdtempSync(join(tmpdir(), "title-")), "plan.xlsx");
  await saveWorkbook(workbook, out);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheet = book.getWorksheet("績效報告")!;
  const top = plan.tables[0]!.top + 1;
  expect(sheet.getCell(1, 1).text).toBe("台中市經發局施政目標");
  // The title and the line under it (an empty cell there takes the column's look, as it should).
  for (let r = 1; r < top; r++)
    if (sheet.getCell(r, 1).value !== null) expect(sheet.getCell(r, 1).alignment?.wrapText).toBeFalsy();
  expect(sheet.getCell(top + 2, 1).alignment?.wrapText).toBe(true);
});
