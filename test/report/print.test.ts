/**
 * Issue 12: the report prints as a director would take it: landscape, one page wide, its header row
 * on every page, a footer with the title, page N of M and the date; and the workbook opens on it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { analyzeWorkbook, buildReportPlan, DEFAULT_REPORT_FIGURES } from "../../src/core";
import { reportWords } from "../../src/messages";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { cli } from "../cli/run-cli";
import { mockExcel } from "../support/office-mock";
import { specOfXlsx } from "../support/workbook-spec";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const out = mkdtempSync(join(tmpdir(), "print-"));

test.each([
  ["zh-TW", "績效報告", "&L內政部移民署 107 年度施政績效報告（報告期別：107）&C第 &P 頁，共 &N 頁&R&D"],
  ["en", "Indicator report", "&L內政部移民署 107 年度施政績效報告 (reporting period 107)&CPage &P of &N&R&D"],
])(
  ".xlsx (%s): page setup, print titles, footer, and the report is the sheet it opens on",
  async (lang, name, footer) => {
    const output = join(out, `kpi-${lang}.xlsx`);
    expect((await cli("report", join(FIXTURES, "kpi-report-107.xlsx"), "-o", output, "--lang", lang)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const report = workbook.getWorksheet(name)!;
    expect(report.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(report.pageSetup.printTitlesRow).toBe("5:5");
    expect(report.headerFooter.oddFooter).toBe(footer);
    expect(workbook.views[0]!.activeTab).toBe(workbook.worksheets.indexOf(report));
    // One selected tab only: two would group the sheets, and an edit would land on both.
    const xml = (part: string) => execFileSync("unzip", ["-p", output, part], { encoding: "utf8" });
    const index = workbook.worksheets.indexOf(report);
    workbook.worksheets.forEach((_, i) => {
      expect(/<sheetView[^>]*tabSelected="1"/.test(xml(`xl/worksheets/sheet${i + 1}.xml`))).toBe(i === index);
    });
  },
);

test("office.js (ExcelApi 1.9): the same page layout, and the report is activated", async () => {
  const spec = await specOfXlsx(join(FIXTURES, "kpi-report-107.xlsx"));
  const excel = mockExcel(spec);
  const grids = await new ExcelWorkbook(excel.host).readAll();
  await new ExcelWorkbook(excel.host).applyPlan(
    buildReportPlan(grids, analyzeWorkbook(grids), { ...DEFAULT_REPORT_FIGURES, words: reportWords("zh-TW") }),
  );
  const written = (suffix: string) => excel.log.filter((e) => e.path.endsWith(suffix)).map((e) => e.value);
  expect(written(".pageLayout.orientation")).toEqual(["Landscape"]);
  expect(written(".pageLayout.zoom")).toEqual([{ horizontalFitToPages: 1, verticalFitToPages: 0 }]);
  expect(written(".pageLayout.setPrintTitleRows")).toEqual([["$5:$5"]]);
  expect(written(".defaultForAllPages.centerFooter")).toEqual(["第 &P 頁，共 &N 頁"]);
  expect(written(".activate")).toEqual([[]]);
});

test("office.js without ExcelApi 1.9 (Excel 2016): no page layout call, the rest is written", async () => {
  const spec = await specOfXlsx(join(FIXTURES, "kpi-report-107.xlsx"));
  const excel = mockExcel(spec, { newestMinor: 8 });
  const grids = await new ExcelWorkbook(excel.host).readAll();
  await new ExcelWorkbook(excel.host).applyPlan(
    buildReportPlan(grids, analyzeWorkbook(grids), { ...DEFAULT_REPORT_FIGURES, words: reportWords("zh-TW") }),
  );
  expect(excel.log.filter((e) => e.path.includes("pageLayout"))).toEqual([]);
  expect(excel.sheetNames()).toContain("績效報告");
});

test("a title with & prints as written: && in the footer", async () => {
  const { footerText } = await import("../../src/core");
  expect(footerText("R&D 績效")).toBe("R&&D 績效");
});

test.each(["zh-TW", "en"] as const)(
  "(%s) each summary label fits its column beside its count, not cut",
  async (lang) => {
    const { textWidth } = await import("../../src/core");
    for (const file of ["kpi-report-107.xlsx", "budget-performance-100.xlsx"]) {
      const spec = await specOfXlsx(join(FIXTURES, file));
      const grids = await new ExcelWorkbook(mockExcel(spec).host).readAll();
      const plan = buildReportPlan(grids, analyzeWorkbook(grids), {
        ...DEFAULT_REPORT_FIGURES,
        words: reportWords(lang),
      });
      const report = plan.sheets[0]!;
      let labels = 0;
      for (const row of report.ranges[0]!.cells) {
        row.forEach((cell, c) => {
          const next = row[c + 1];
          if (cell.kind !== "text" || next === undefined || next.kind === "blank") return;
          labels++;
          // The label and its width together, so a failure names the label that is cut.
          expect([cell.text, report.columnWidths[c]! >= textWidth(cell.text) + 1]).toEqual([cell.text, true]);
        });
      }
      expect(labels).toBeGreaterThanOrEqual(4);
    }
  },
);
