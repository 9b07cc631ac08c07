/** The defects of issue 13, each shown on the stricter office.js double (test/support/excel-rules.ts). */
import { errorText } from "../../src/messages";
import { join } from "node:path";
import { NOTE_TAG, WorkbookWriteError } from "../../src/core";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { writeReport } from "../../src/usecases/report";
import { writeReview } from "../../src/usecases/review";
import { mockExcel } from "../support/office-mock";
import { specOfXlsx } from "../support/workbook-spec";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const KPI = join(FIXTURES, "kpi-report-107.xlsx");
const BUDGET = join(FIXTURES, "budget-performance-100.xlsx");
const SCORES = join(FIXTURES, "evaluation-scorecard-110.xlsx");

test("(1) indicators and a score sheet: each table gets its own valid name, and Excel takes the write", async () => {
  const spec = [...(await specOfXlsx(KPI)), ...(await specOfXlsx(SCORES))];
  const excel = mockExcel(spec);
  await writeReport(new ExcelWorkbook(excel.host));
  const names = excel.tables().map((t) => t.name);
  expect(names).toHaveLength(2);
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(2);
  expect(excel.sheetNames()).toEqual(["關鍵績效指標", "評分表", "績效報告"]);
});

test("(1) a re-run replaces the report's tables and the names stay unique", async () => {
  const spec = [...(await specOfXlsx(KPI)), ...(await specOfXlsx(SCORES))];
  const excel = mockExcel(spec);
  const workbook = new ExcelWorkbook(excel.host);
  await writeReport(workbook);
  await writeReport(workbook);
  expect(excel.tables()).toHaveLength(2);
  expect(excel.tables().every((t) => t.sheet === "績效報告")).toBe(true);
});

test("(2) labels that look like numbers or dates stay text in Excel", async () => {
  const spec = await specOfXlsx(KPI);
  const excel = mockExcel(spec);
  await writeReport(new ExcelWorkbook(excel.host));
  // Header on row 5, the first indicator's first period (104) on row 6, column B.
  expect(excel.cell("績效報告", "A5")).toEqual({ value: "指標" });
  expect(excel.cell("績效報告", "B6")).toEqual({ value: "104" });
});

/** The budget table without its 年度績效目標 column: its indicators' rows stand together, one flag over them. */
async function budgetWithoutGoals() {
  return (await specOfXlsx(BUDGET)).map((sheet) => ({
    ...sheet,
    cells: Object.fromEntries(Object.entries(sheet.cells).filter(([address]) => !/^A\d+$/.test(address))),
    merges: [],
  }));
}

test("(3) a flag whose range grew is replaced by one over the whole range", async () => {
  const spec = await budgetWithoutGoals();
  const first = mockExcel(spec);
  await writeReport(new ExcelWorkbook(first.host));
  const wanted = first.flags().find((f) => f.address === "E4:E14")!;
  // The same rule from an earlier run, when the block ended a row higher.
  const excel = mockExcel(spec, { flags: { "100年度績效!E4:E13": wanted.formula } });
  await writeReport(new ExcelWorkbook(excel.host));
  const rules = excel.flags().filter((f) => f.formula === wanted.formula);
  expect(rules.map((f) => f.address)).toEqual(["E4:E14"]);
});

test("(3) an unchanged flag is kept, not added twice", async () => {
  const spec = await specOfXlsx(BUDGET);
  const excel = mockExcel(spec);
  const workbook = new ExcelWorkbook(excel.host);
  await writeReport(workbook);
  const once = excel.flags();
  await writeReport(workbook);
  expect(excel.flags()).toEqual(once);
});

const OURS = { "100年度績效!F7": `${NOTE_TAG}\n舊的檢核`, "100年度績效!F12": `${NOTE_TAG}\n舊的檢核` };

test("(4) a refusal in the last batch leaves the previous comments and sheets as they were, and says so", async () => {
  const spec = await specOfXlsx(BUDGET);
  const excel = mockExcel(spec, { comments: OURS, refuse: { path: /^names\.add$/, code: "AccessDenied" } });
  const error = (await writeReview(new ExcelWorkbook(excel.host)).catch((e: unknown) => e)) as WorkbookWriteError;
  expect(error).toBeInstanceOf(WorkbookWriteError);
  expect(excel.sheetNames()).toEqual(["100年度績效"]);
  expect(excel.comments().sort((a, b) => a.cell.localeCompare(b.cell))).toEqual(
    Object.entries(OURS)
      .map(([cell, content]) => ({ cell, content }))
      .sort((a, b) => a.cell.localeCompare(b.cell)),
  );
  expect(errorText(error, "zh-TW")).toMatch(/工作簿未變更/);
  expect(errorText(error, "en")).toMatch(/The workbook is unchanged/);
});

test("(5) without ExcelApi 1.18, a cell that holds a note is skipped and the rest are written", async () => {
  const spec = await specOfXlsx(BUDGET);
  const excel = mockExcel(spec, { notes: { "100年度績效!F7": "王科長的附註" } });
  const outcome = await writeReview(new ExcelWorkbook(excel.host));
  expect(outcome.applied.skippedNotes?.map((n) => n.cell)).toEqual(["F7"]);
  const ours = excel.comments().filter((c) => c.content.startsWith(NOTE_TAG));
  expect(ours.map((c) => c.cell).sort()).toEqual(["100年度績效!F12", "100年度績效!F8"]);
  expect(excel.sheetNames()).toEqual(["100年度績效", "檢核結果"]);
});

test("(5) with ExcelApi 1.18 the note is found before writing, in a constant number of syncs", async () => {
  const spec = await specOfXlsx(BUDGET);
  const excel = mockExcel(spec, { notes: { "100年度績效!F7": "王科長的附註" }, notesSupported: true });
  const workbook = new ExcelWorkbook(excel.host);
  const outcome = await writeReview(workbook);
  expect(outcome.applied.skippedNotes?.map((n) => n.cell)).toEqual(["F7"]);
  expect(excel.log.filter((e) => e.path === "comments.add")).toHaveLength(2);
});

test("(6) Excel's error codes reach the user as a typed error that says what to do, with the cause", async () => {
  const spec = await specOfXlsx(KPI);
  const excel = mockExcel(spec, { refuse: { path: /^cf\[/, code: "AccessDenied" } });
  const error = (await writeReport(new ExcelWorkbook(excel.host)).catch((e: unknown) => e)) as WorkbookWriteError;
  expect(error).toBeInstanceOf(WorkbookWriteError);
  expect(error.code).toBe("ACCESS_DENIED");
  expect((error.cause as { code: string }).code).toBe("AccessDenied");
  expect(errorText(error, "zh-TW")).toMatch(/^寫入失敗：活頁簿或工作表受保護.*保護活頁簿/);
  expect(errorText(error, "zh-TW")).not.toMatch(/Protect Workbook/);
  expect(errorText(error, "en")).toMatch(/^Writing failed: .*Protect Workbook/);
});

test("(11) every flag's rule is short and reads the report through its marker, which is set before the rules", async () => {
  const spec = [...(await specOfXlsx(KPI)), ...(await specOfXlsx(BUDGET))];
  const excel = mockExcel(spec);
  await writeReport(new ExcelWorkbook(excel.host));
  const flags = excel.flags();
  expect(flags.filter((f) => f.sheet === "關鍵績效指標")).toHaveLength(2);
  // Under its goals' rows (a goal per indicator there), one rule per goal's block.
  expect(flags.some((f) => f.sheet === "100年度績效")).toBe(true);
  for (const f of flags) {
    expect(f.formula.length).toBeLessThan(100);
    expect(f.formula).toMatch(/^=OFFSET\(IndicatorsAddinReport,(ROW|COLUMN)\(\)[+-]\d+,13\)$/);
  }
  expect(excel.names.get("IndicatorsAddinReport")).toBe("績效報告");
  const paths = excel.log.map((e) => e.path);
  expect(paths.lastIndexOf("names.add")).toBeLessThan(paths.findIndex((p) => /^cf\[.*\]\.add$/.test(p)));
});

test("(7) a write asks the host for one undo step for all its syncs; reads do not", async () => {
  const spec = await specOfXlsx(KPI);
  const excel = mockExcel(spec);
  await writeReport(new ExcelWorkbook(excel.host));
  // Markers, the whole workbook, then the write.
  expect(excel.runs.map((o) => o.groupUndo)).toEqual([false, false, true]);
});
