/** The office.js adapter applies the same report plan, in a bounded number of syncs, on office-addin-mock. */
import { errorText } from "../../src/messages";
import { join } from "node:path";
import {
  analyzeWorkbook,
  buildReportPlan,
  DEFAULT_REPORT_FIGURES,
  WorkbookWriteError,
  type WritePlan,
} from "../../src/core";
import { reportWords } from "../../src/messages";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { RequestBudget } from "../../src/excel/request-budget";
import { textForExcel } from "../../src/excel/write-sheet";
import { writeReport } from "../../src/usecases/report";
import { mockExcel, type MockedExcel } from "../support/office-mock";
import { specOfXlsx, type WorkbookSpec } from "../support/workbook-spec";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");

function longSheet(n: number): WorkbookSpec {
  const cells: Record<string, number | string> = { A1: "衡量指標", B1: "單位", C1: "目標值", D1: "實際值" };
  for (let i = 0; i < n; i++) {
    cells[`A${i + 2}`] = `指標 ${i + 1}`;
    cells[`B${i + 2}`] = "件";
    cells[`C${i + 2}`] = 100 + (i % 50);
    cells[`D${i + 2}`] = 90 + (i % 70);
  }
  return [{ name: "績效", cells }];
}

async function planFor(spec: WorkbookSpec, excel: MockedExcel): Promise<WritePlan> {
  const grids = await new ExcelWorkbook(excel.host).readAll();
  return buildReportPlan(grids, analyzeWorkbook(grids), { ...DEFAULT_REPORT_FIGURES, words: reportWords("zh-TW") });
}

const sets = (excel: MockedExcel, suffix: string) => excel.log.filter((e) => e.op === "set" && e.path.endsWith(suffix));

test("a fixture's report: three syncs, data before formats, flags on the user's actual cells", async () => {
  const spec = await specOfXlsx(join(FIXTURES, "kpi-report-107.xlsx"));
  const excel = mockExcel(spec);
  const plan = await planFor(spec, excel);
  const before = excel.syncs();
  const applied = await new ExcelWorkbook(excel.host).applyPlan(plan);
  expect(excel.syncs() - before).toBe(3);
  expect([...applied.sheets.values()]).toEqual(["績效報告"]);
  expect(excel.sheetNames()).toEqual(["關鍵績效指標", "績效報告"]);
  expect(excel.names.get("IndicatorsAddinReport")).toBe("績效報告");
  const order = excel.log.map((e) => e.path);
  const lastFormulas = order.map((p, i) => (p.endsWith(".formulas") ? i : -1)).reduce((a, b) => Math.max(a, b));
  const firstFormat = order.findIndex((p) => p.endsWith(".numberFormat"));
  expect(firstFormat).toBeGreaterThan(lastFormulas);
  const body = sets(excel, ".formulas")[1]!.value as unknown[][];
  expect(body[0]).toEqual([
    "指標",
    "期別",
    "方向",
    "目標值",
    "實際值",
    "單位",
    "達成度",
    "成長率",
    "燈號",
    "備註",
    "未達成原因",
    "因應策略",
  ]);
  expect(body[1]!.slice(0, 5)).toEqual([
    "加強防制人口販運",
    // A leading apostrophe keeps "104" text: Excel would store it as the number 104.
    "'104",
    "↓",
    expect.stringMatching(/^=IFERROR\(VALUE\(/),
    expect.any(String),
  ]);
  expect(body[1]![6]).toBeNull();
  // Achievement, light and the hidden below-target column (11) for the whole body, and growth once
  // per indicator from its second period.
  const r1c1 = sets(excel, ".formulasR1C1").map((e) => e.path);
  expect(r1c1).toHaveLength(5);
  // Body rows 5–8 and 9–12 (0-based) are the two indicators; growth (column 7) starts at 6 and 10.
  // Each R1C1 assignment follows the getRangeByIndexes call that made its range.
  const r1c1Ranges = excel.log.flatMap((e, i) =>
    e.op === "set" && e.path.endsWith(".formulasR1C1") ? [JSON.stringify(excel.log[i - 1]?.value)] : [],
  );
  // The below-target column (N), right of the table and its reasons columns.
  expect(r1c1Ranges).toEqual(["[5,6,8,1]", "[5,8,8,1]", "[6,7,3,1]", "[10,7,3,1]", "[5,13,8,1]"]);
  // Hidden in one request: the below-target column and, beside it, the rows' keys the reasons are kept by.
  expect(sets(excel, ".columnHidden").map((e) => [e.path, e.value])).toEqual([
    [expect.stringContaining("getEntireColumn()"), true],
  ]);
  expect(excel.log.filter((e) => e.path.startsWith("cf[關鍵績效指標!")).map((e) => e.path)).toContain(
    "cf[關鍵績效指標!E16].add",
  );
  expect(sets(excel, ".iconSet.style").map((e) => e.value)).toEqual(["ThreeTrafficLights1"]);
});

test("re-running replaces the add-in's report and adds no second flag", async () => {
  const spec = await specOfXlsx(join(FIXTURES, "kpi-report-107.xlsx"));
  const excel = mockExcel(spec);
  const workbook = new ExcelWorkbook(excel.host);
  await writeReport(workbook);
  const flagsOnce = excel.log.filter((e) => e.path.startsWith("cf[")).length;
  await writeReport(workbook);
  expect(excel.log.filter((e) => e.path.startsWith("cf[")).length).toBe(flagsOnce);
  expect(excel.sheetNames()).toEqual(["關鍵績效指標", "績效報告"]);
  expect(
    excel.log.filter(
      (e) => e.path === "sheet[績效報告].delete" || /^sheet\[~indicators-[^\]]+\]\.delete$/.test(e.path),
    ),
  ).toHaveLength(1);
});

test("a user's sheet named 績效報告 is left alone", async () => {
  const spec: WorkbookSpec = [
    ...(await specOfXlsx(join(FIXTURES, "kpi-report-107.xlsx"))),
    { name: "績效報告", cells: { A1: "我的筆記" } },
  ];
  const excel = mockExcel(spec);
  const applied = await new ExcelWorkbook(excel.host).applyPlan(await planFor(spec, excel));
  expect([...applied.sheets.values()]).toEqual(["績效報告 (2)"]);
  expect(excel.log.some((e) => e.path === "sheet[績效報告].delete")).toBe(false);
});

test("a protected sheet: a clear message, and nothing written", async () => {
  const spec = await specOfXlsx(join(FIXTURES, "kpi-report-107.xlsx"));
  const excel = mockExcel(spec, { protectedSheets: ["關鍵績效指標"] });
  const plan = await planFor(spec, excel);
  excel.log.length = 0;
  const error = await new ExcelWorkbook(excel.host).applyPlan(plan).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookWriteError);
  // One typed error, worded at the edge in one language each.
  expect(errorText(error, "zh-TW")).toMatch(/^工作表「關鍵績效指標」受保護/);
  expect(errorText(error, "en")).toMatch(/^Sheet “關鍵績效指標” is protected.*Unprotect Sheet/);
  expect(excel.log.filter((e) => e.path !== "context.sync")).toEqual([]);
});

// planFor reads in three syncs (names, extents, cells); applying then syncs to read state (4),
// write (5) and swap in (6).
test.each([
  ["the write", 5],
  ["the swap", 6],
])("a failure at %s deletes the unfinished sheet", async (_step, failOnSync) => {
  const spec = await specOfXlsx(join(FIXTURES, "kpi-report-107.xlsx"));
  const excel = mockExcel(spec, { failOnSync });
  const plan = await planFor(spec, excel);
  const error = await new ExcelWorkbook(excel.host).applyPlan(plan).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookWriteError);
  expect((error as Error & { cause: unknown }).cause).toBeInstanceOf(Error);
  expect(excel.sheetNames()).toEqual(["關鍵績效指標"]);
  expect(excel.names.size).toBe(0);
});

test("20,000 indicators: at most 3 syncs, and no request over the budget", async () => {
  const spec = longSheet(20_000);
  const excel = mockExcel(spec);
  const plan = await planFor(spec, excel);
  const before = excel.syncs();
  const applied = (await new ExcelWorkbook(excel.host).applyPlan(plan)) as unknown as { largestRequestBytes: number };
  expect(excel.syncs() - before).toBeLessThanOrEqual(3);
  expect(applied.largestRequestBytes).toBeLessThan(5_000_000);
}, 60_000);

test("a long table's targets and actuals go as column formulas, not one formula per cell", async () => {
  const spec = longSheet(500);
  const excel = mockExcel(spec);
  await new ExcelWorkbook(excel.host).applyPlan(await planFor(spec, excel));
  const r1c1 = sets(excel, ".formulasR1C1").map((e) => String(e.value));
  // Data from row 2, report body from row 6; target C → D and actual D → E: both R[-4]C[-1].
  expect(r1c1.filter((f) => f === `=IF(ISNUMBER('績效'!R[-4]C[-1]),'績效'!R[-4]C[-1],"")`)).toHaveLength(2);
  const body = sets(excel, ".formulas")[1]!.value as unknown[][];
  expect(body[1]!.slice(3, 5)).toEqual([null, null]);
});

test("a request that would pass the limit is split into more syncs", async () => {
  const sent: number[] = [];
  const budget = new RequestBudget(
    () => {
      sent.push(1);
      return Promise.resolve();
    },
    1000,
    1_000_000,
  );
  await budget.spend(600, 10);
  await budget.spend(600, 10);
  await budget.spend(300, 10);
  await budget.flush();
  expect(sent).toHaveLength(2);
  expect(budget.largestBytes).toBe(900);
});

test("text that looks like a formula stays text in office.js", () => {
  expect(textForExcel('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
  expect(textForExcel("+cmd")).toBe("'+cmd");
  expect(textForExcel("@SUM(1)")).toBe("'@SUM(1)");
  expect(textForExcel("-2+3")).toBe("'-2+3");
  expect(textForExcel("'quoted")).toBe("''quoted");
  expect(textForExcel("指標")).toBe("指標");
});

test("an added table is named unlike every defined name of the workbook too, ignoring case (issue 22)", async () => {
  const spec = await specOfXlsx(join(FIXTURES, "kpi-report-107.xlsx"));
  const now = jest.spyOn(Date, "now").mockReturnValue(1_700_000_000_000);
  try {
    const stamp = (1_700_000_000_000).toString(36);
    // A person's defined name that is exactly the name the report's table would get.
    const taken = `indicatorreport_${stamp}`;
    const excel = mockExcel(spec, { names: { [taken]: "關鍵績效指標" } });
    const plan = await planFor(spec, excel);
    await new ExcelWorkbook(excel.host).applyPlan(plan);
    const names = excel.tables().map((t) => t.name.toLowerCase());
    expect(names.length).toBeGreaterThan(0);
    expect(names).not.toContain(taken);
    expect(new Set(names).size).toBe(names.length);
  } finally {
    now.mockRestore();
  }
});
