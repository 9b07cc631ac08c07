/** Each kind of review finding fires where it should and nowhere else, on the fixtures and on variants. */
import { join } from "node:path";
import type { WorkbookReport } from "../../src/core";
import { analyzeSpec } from "../support/analyze-spec";
import { relabel } from "../support/transform-spec";
import { BUDGET_DIAGNOSES, BUDGET_FINDINGS } from "../support/budget-findings";
import { specOfXlsx, type SheetSpec } from "../support/workbook-spec";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const fixture = async (file: string): Promise<SheetSpec> => (await specOfXlsx(join(FIXTURES, file)))[0]!;
const found = (report: WorkbookReport) => report.findings.map((f) => `${f.code}@${f.cell ?? ""}`).sort();

function withCells(sheet: SheetSpec, cells: Record<string, unknown>): SheetSpec {
  return { ...sheet, cells: { ...sheet.cells, ...(cells as SheetSpec["cells"]) } };
}

test("budget-performance-100: the three disagreeing figures, each with its diagnosis, and nothing else", async () => {
  const report = await analyzeSpec([await fixture("budget-performance-100.xlsx")]);
  expect(found(report)).toEqual([...BUDGET_FINDINGS].sort());
  expect(Object.fromEntries(report.findings.map((f) => [f.cell, f.diagnosis?.code]))).toEqual(BUDGET_DIAGNOSES);
  const capped = report.findings.find((f) => f.cell === "F7")!;
  expect(capped.value).toBeCloseTo(1.4, 12);
  expect(capped.message).toMatch(/填報值為計算值以 100% 為上限截取。請核對/);
  expect(capped.messageEn).toMatch(/The reported figure is the computed one capped at 100%\. Check/);
});

test("kpi-report-107 and evaluation-scorecard-110: no findings", async () => {
  expect(found(await analyzeSpec([await fixture("kpi-report-107.xlsx")]))).toEqual([]);
  expect(found(await analyzeSpec([await fixture("evaluation-scorecard-110.xlsx")]))).toEqual([]);
});

test("初核 and 複核 that differ", async () => {
  const kpi = await fixture("kpi-report-107.xlsx");
  const report = await analyzeSpec([withCells(kpi, { C10: "▲" })]);
  expect(found(report)).toEqual(["RATINGS_DIFFER@C10"]);
  expect(report.findings[0]!.message).toMatch(/初核結果 ★ 與 複核結果 ▲/);
});

test("target or actual missing in a period under evaluation", async () => {
  const kpi = await fixture("kpi-report-107.xlsx");
  expect(found(await analyzeSpec([withCells(kpi, { E16: "--", E17: "--", E18: "--" })]))).toEqual([
    "ACTUAL_MISSING@E16",
  ]);
  expect(found(await analyzeSpec([withCells(kpi, { E15: "待定", E17: "--" })]))).toEqual(["NOT_A_FIGURE@E15"]);
  expect(found(await analyzeSpec([withCells(kpi, { E15: "--" })]))).toEqual(["TARGET_MISSING@E15"]);
});

test("target and actual in different units", async () => {
  const sheet: SheetSpec = {
    name: "S",
    cells: {
      A1: "衡量指標",
      B1: "目標值",
      C1: "實際值",
      A2: "電子證",
      B2: "600,000 件",
      C2: "603,349 人",
      A3: "同單位",
      B3: "600 件",
      C3: "610 件",
      A4: "無單位",
      B4: "600,000 件",
      C4: 603349,
    },
  };
  expect(found(await analyzeSpec([sheet]))).toEqual(["UNIT_MISMATCH@C2"]);
});

test("a target lowered from the previous period, unless a reason is stated", async () => {
  const cells = {
    A1: "衡量指標",
    B1: "年度",
    C1: "目標值",
    D1: "實際值",
    E1: "備註",
    A2: "受理件數",
    B2: "107 年",
    C2: 100,
    D2: 120,
    A3: "受理件數",
    B3: "108 年",
    C3: 110,
    D3: 130,
    A4: "排名",
    B4: "107 年",
    C4: "2 名",
    D4: "2 名",
    A5: "排名",
    B5: "108 年",
    C5: "3 名",
    D5: "2 名",
    A6: "宣導場次",
    B6: "107 年",
    C6: 50,
    D6: 60,
    E6: "108 年起改為線上宣導",
    A7: "宣導場次",
    B7: "108 年",
    C7: 40,
    D7: 45,
  };
  const report = await analyzeSpec([{ name: "S", cells }]);
  expect(found(report)).toEqual(["TARGET_LOWERED@C3", "TARGET_LOWERED@C5"]);
  expect(report.findings.find((f) => f.cell === "C3")!.value).toBe(120);
});

test("components that do not add up to their total", async () => {
  const cells = (last: number) => ({
    A1: "衡量指標",
    B1: "目標值",
    C1: "實際值",
    A2: "提升新住民及其子女培力人數",
    B2: "3,287 人",
    C2: "3,182 人",
    A3: "　海外培力（寒假）",
    C3: 81,
    A4: "　海外培力（暑假）",
    C4: 142,
    A5: "　新星培育營",
    C5: 49,
    A6: "　獎助學金",
    C6: last,
  });
  expect(found(await analyzeSpec([{ name: "S", cells: cells(2910) }]))).toEqual([]);
  const report = await analyzeSpec([{ name: "S", cells: cells(2900) }]);
  expect(found(report)).toEqual(["COMPONENTS_SUM_MISMATCH@C2"]);
  expect(report.findings[0]!.value).toBe(3172);
});

test("score-sheet weights that do not add up to 100", async () => {
  const score = await fixture("evaluation-scorecard-110.xlsx");
  const report = await analyzeSpec([withCells(score, { C15: 0 })]);
  expect(found(report)).toEqual(["WEIGHTS_NOT_100@C3"]);
  expect(report.findings[0]!.value).toBe(95);
});

test("a period comparison: 230% for 194 vs 82 disagrees, 116% for 7 vs 6 萬 agrees", async () => {
  const report = await analyzeSpec([
    {
      name: "比較",
      cells: {
        A1: "項目",
        B1: "99 年",
        C1: "100 年",
        D1: "達成率",
        A2: "宣導卡片",
        B2: 60000,
        C2: 70000,
        D2: "116%",
        A3: "宣導短片",
        B3: 82,
        C3: 194,
        D3: "230%",
      },
    },
  ]);
  expect(found(report)).toEqual(["REPORTED_MISMATCH@D3"]);
});

test("English labels give the same findings", async () => {
  const kpi = relabel(withCells(await fixture("kpi-report-107.xlsx"), { C10: "▲" }), {
    初核結果: "Initial rating",
    複核結果: "Final rating",
  });
  expect(found(await analyzeSpec([kpi]))).toEqual(["RATINGS_DIFFER@C10"]);
});
