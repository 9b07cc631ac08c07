/** Charts through office.js, on the stricter double: what each host version draws, and no extra sync. */
import { join } from "node:path";
import { analyzeWorkbook, buildReportPlan, DEFAULT_REPORT_FIGURES, type WritePlan } from "../../src/core";
import { reportWords } from "../../src/messages";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { mockExcel, type MockOptions } from "../support/office-mock";
import { specOfXlsx, type WorkbookSpec } from "../support/workbook-spec";

const KPI = join(__dirname, "..", "fixtures", "shared", "kpi-report-107.xlsx");

async function planOf(spec: WorkbookSpec): Promise<WritePlan> {
  const grids = await new ExcelWorkbook(mockExcel(spec).host).readAll();
  return buildReportPlan(grids, analyzeWorkbook(grids), { ...DEFAULT_REPORT_FIGURES, words: reportWords("zh-TW") });
}

async function applied(plan: WritePlan, options: MockOptions = {}) {
  const excel = mockExcel(await specOfXlsx(KPI), options);
  await new ExcelWorkbook(excel.host).applyPlan(plan);
  return excel;
}

const calls = (excel: ReturnType<typeof mockExcel>, suffix: string) =>
  excel.log.filter((e) => e.path.endsWith(suffix)).map((e) => e.value);

test("ExcelApi 1.8 and later: the three planned charts, their series from the planned ranges, hidden cells plotted", async () => {
  const plan = await planOf(await specOfXlsx(KPI));
  const charts = plan.sheets[0]!.charts!;
  const excel = await applied(plan);
  expect(excel.chartCount()).toBe(charts.length);
  expect(calls(excel, ".charts.add").map((v) => (v as unknown[])[0])).toEqual([
    "ColumnClustered",
    "LineMarkers",
    "LineMarkers",
  ]);
  // One series from add, the rest through series.add: 3 for the achievement chart, 2 per trend.
  expect(calls(excel, ".series.add").map((v) => (v as unknown[])[0])).toEqual([
    "目標 100%",
    "黃燈下限 90%",
    "實際值",
    "實際值",
  ]);
  expect(calls(excel, ".plotVisibleOnly")).toEqual([false, false, false]);
  expect(calls(excel, ".title.text")[0]).toBe("各指標達成度（報告期別：107）");
  // Each chart's position is the planned anchor: its end cell is the one before the anchor's end corner.
  expect(calls(excel, ".setPosition")).toEqual(
    charts.map((c) => [
      `${String.fromCharCode(65 + c.anchor.fromCol)}${c.anchor.fromRow + 1}`,
      `${String.fromCharCode(64 + c.anchor.toCol)}${c.anchor.toRow}`,
    ]),
  );
});

test("adding the charts adds no sync", async () => {
  const plan = await planOf(await specOfXlsx(KPI));
  const without: WritePlan = { ...plan, sheets: plan.sheets.map((s) => ({ ...s, charts: [] })) };
  const withCharts = await applied(plan);
  const plain = await applied(without);
  expect(plain.chartCount()).toBe(0);
  expect(withCharts.chartCount()).toBe(3);
  expect(withCharts.syncs()).toBe(plain.syncs());
});

test("ExcelApi 1.7: the trend charts only (the achievement chart reads hidden cells, which 1.7 cannot plot)", async () => {
  const excel = await applied(await planOf(await specOfXlsx(KPI)), { newestMinor: 7 });
  expect(calls(excel, ".charts.add").map((v) => (v as unknown[])[0])).toEqual(["LineMarkers", "LineMarkers"]);
  expect(calls(excel, ".plotVisibleOnly")).toEqual([]);
  expect(excel.sheetNames()).toContain("績效報告");
});

test("ExcelApi 1.6: no chart, and the report is written", async () => {
  const excel = await applied(await planOf(await specOfXlsx(KPI)), { newestMinor: 6 });
  expect(excel.chartCount()).toBe(0);
  expect(excel.sheetNames()).toContain("績效報告");
  expect(excel.cell("績效報告", "A5")).toEqual({ value: "指標" });
});

test("the double refuses what Excel refuses: a chart type outside Excel.ChartType, a member the host lacks", async () => {
  const excel = mockExcel(await specOfXlsx(KPI), { newestMinor: 7 });
  const bad = excel.host.run(async (context) => {
    const sheet = context.workbook.worksheets.add("x");
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- the wrong value is the point
    sheet.charts.add("Column" as Excel.ChartType, sheet.getRange("A1:A2"), "Columns");
    await context.sync();
  });
  await expect(bad).rejects.toMatchObject({ code: "InvalidArgument" });
  const tooNew = excel.host.run(async (context) => {
    const sheet = context.workbook.worksheets.add("y");
    sheet.charts.add("Line", sheet.getRange("A1:A2"), "Columns").plotVisibleOnly = false;
    await context.sync();
  });
  await expect(tooNew).rejects.toMatchObject({ code: "ApiNotFound" });
});
