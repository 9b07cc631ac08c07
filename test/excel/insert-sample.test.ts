/**
 * "Try the sample" inside Excel: insertWorkbookSheets sends the sample through
 * Workbook.insertWorksheetsFromBase64 on the stricter double, which holds it to the reference
 * (ExcelApi 1.13, WorksheetPositionType, ids after the sync; office-insert.ts); the sheets it adds
 * are read and analysed like the user's own.
 */
import { errorText } from "../../src/messages";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeWorkbook } from "../../src/core";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { insertWorkbookSheets } from "../../src/excel/insert-sample";
import { mockExcel } from "../support/office-mock";
import { readXlsxBase64, specOfXlsx } from "../support/workbook-spec";

const SAMPLE = join(__dirname, "..", "..", "samples", "kpi-report-107.xlsx");
const bytes = (): ArrayBuffer => {
  const data = readFileSync(SAMPLE);
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
};
const EMPTY = [{ name: "工作表1", cells: {} }];

test("the sample's sheets join the workbook after the user's, and the pane's reader analyses them", async () => {
  const sample = await specOfXlsx(SAMPLE);
  const excel = mockExcel(EMPTY, { readWorkbook: readXlsxBase64 });
  const names = await insertWorkbookSheets(excel.host, bytes());
  expect(names).toEqual(sample.map((s) => s.name));
  expect(excel.sheetNames()).toEqual(["工作表1", ...names]);
  const workbook = new ExcelWorkbook(excel.host);
  expect(await workbook.sheetNames()).toEqual(["工作表1", ...names]);
  const report = analyzeWorkbook(await workbook.readAll());
  const indicators = report.sheets.flatMap((s) => s.indicators.map((i) => i.name));
  expect(new Set(indicators)).toEqual(new Set(["加強防制人口販運", "提升新住民及其子女培力人數"]));
  // They are the user's sheets now: an edit there is heard like any other.
  const heard: string[] = [];
  await workbook.onChange([names[0]!], (change) => heard.push(`${change.sheet}!${change.address}`));
  await excel.change(names[0]!, "B2");
  expect(heard).toEqual([`${names[0]!}!B2`]);
});

test("a host without ExcelApi 1.13: the adapter says so and sends nothing", async () => {
  const excel = mockExcel(EMPTY, { readWorkbook: readXlsxBase64, newestMinor: 12 });
  const error = await insertWorkbookSheets(excel.host, bytes()).catch((e: unknown) => e);
  expect(errorText(error, "zh-TW")).toMatch(/^此版本的 Excel 無法插入範例工作表（需要 ExcelApi 1\.13）/);
  expect(errorText(error, "en")).toMatch(/^This version of Excel cannot insert the sample sheets/);
  expect(excel.log.filter((e) => e.path.includes("insertWorksheetsFromBase64"))).toEqual([]);
  expect(excel.sheetNames()).toEqual(["工作表1"]);
});

type Inserting = Excel.RequestContext & {
  workbook: { insertWorksheetsFromBase64: (b: string, o?: unknown) => { value: string[] } };
};
const base64 = (): string => Buffer.from(bytes()).toString("base64");

test("the double holds the call to the reference: API set, position type, ids only after the sync", async () => {
  const old = mockExcel(EMPTY, { readWorkbook: readXlsxBase64, newestMinor: 12 });
  await expect(
    old.host.run(async (context) => {
      (context as Inserting).workbook.insertWorksheetsFromBase64(base64());
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ApiNotFound" });

  const excel = mockExcel(EMPTY, { readWorkbook: readXlsxBase64 });
  await excel.host.run(async (context) => {
    const ids = (context as Inserting).workbook.insertWorksheetsFromBase64(base64(), { positionType: "Beginning" });
    expect(() => ids.value).toThrow(/not been loaded/);
    await context.sync();
    expect(ids.value).toHaveLength(1);
  });
  expect(excel.sheetNames()[excel.sheetNames().length - 1]).toBe("工作表1");
  // The same sample again: Excel keeps both, the second under a free name.
  await excel.host.run(async (context) => {
    (context as Inserting).workbook.insertWorksheetsFromBase64(base64(), { positionType: "End" });
    await context.sync();
  });
  expect(excel.sheetNames()).toHaveLength(3);
  expect(new Set(excel.sheetNames()).size).toBe(3);
  await expect(
    excel.host.run(async (context) => {
      (context as Inserting).workbook.insertWorksheetsFromBase64(base64(), { positionType: "Last" });
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
  await expect(
    excel.host.run(async (context) => {
      (context as Inserting).workbook.insertWorksheetsFromBase64(base64(), { positionType: "After", relativeTo: "無" });
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ItemNotFound" });
});
