/**
 * Issue 23: the source's goal column kept and the rows grouped under it, as 施政績效報告 lays them
 * out: a goal's row across the table, then its indicators. The goal's row has no figures, no light
 * and no key, so the summary counts the indicators only (as LibreOffice recalculates it).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { MAX_GOALS } from "../../src/core/plan/goal-rows";
import type { PlanCell } from "../../src/core/plan/write-plan";
import { writeReport } from "../../src/usecases/report";
import { saveWorkbook } from "../../src/xlsx/save-workbook";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { numberOf, recalculate } from "../support/libreoffice";
import { xlsxBufferOf, type WorkbookSpec } from "../support/workbook-spec";

const dir = mkdtempSync(join(tmpdir(), "goal-rows-"));
const TABLES = join(__dirname, "..", "published", "tables");

// 關鍵策略目標 merged down over its indicators, as the 施政績效報告's tables write it.
const GOALS: WorkbookSpec = [
  {
    name: "113年度",
    cells: {
      A1: "關鍵策略目標",
      B1: "關鍵績效指標",
      C1: "年度目標值",
      D1: "實際值",
      A2: "一、提升服務品質",
      B2: "線上申辦件數",
      C2: 100,
      D2: 120,
      B3: "民眾滿意度",
      C3: 90,
      D3: 85,
      A4: "二、強化治安維護",
      B4: "破獲案件數",
      C4: 10,
      D4: 6,
    },
    merges: ["A2:A3"],
  },
];

async function reportOf(spec: WorkbookSpec) {
  const workbook = await XlsxWorkbook.fromBuffer(await xlsxBufferOf(spec));
  const outcome = await writeReport(workbook, { language: "zh-TW", bands: { yellowFrom: 0.9 }, capAtOne: false });
  return { workbook, outcome };
}

/** The report table's body as planned: the range written at the header row, without its header. */
function plannedBody(outcome: Awaited<ReturnType<typeof reportOf>>["outcome"]): ReadonlyArray<readonly PlanCell[]> {
  const sheet = outcome.plan.sheets[0]!;
  const table = sheet.tables.find((t) => t.name === "IndicatorReport")!;
  const range = sheet.ranges.find((r) => r.row === table.top && r.col === 0)!;
  return range.cells.slice(1);
}

const textOf = (cell: PlanCell | undefined): string => (cell?.kind === "text" ? cell.text : "");

test("a goal column: each goal's row, then its indicators; the counts are the indicators' (LibreOffice agrees)", async () => {
  const { workbook, outcome } = await reportOf(GOALS);
  const body = plannedBody(outcome);
  expect(body.map((r) => textOf(r[0]))).toEqual([
    "一、提升服務品質",
    "線上申辦件數",
    "民眾滿意度",
    "二、強化治安維護",
    "破獲案件數",
  ]);
  const out = join(dir, "goals.xlsx");
  await saveWorkbook(workbook, out);
  const rows = recalculate(out).get("績效報告")!;
  const header = rows.findIndex((r) => r[0] === "指標");
  const lights = rows.slice(header + 1, header + 6).map((r) => r[8]);
  // 120/100 ★, 85/90 = 94.4% ▲, 6/10 = 60% ●; a goal's row has no light.
  expect(lights).toEqual(["", "★", "▲", "", "●"]);
  // The goal's row holds its words only, across the table's twelve columns.
  expect(rows[header + 1]!.slice(1, 12)).toEqual(Array(11).fill(""));
  // ★ 1, ▲ 1, ● 1, □ 0: the goals' rows are not counted as □.
  expect([1, 3, 5, 7].map((c) => numberOf(rows[1]![c]))).toEqual([1, 1, 1, 0]);

  // The goal's row is a band across the table: its fill on every cell, no lines between them.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheet = book.getWorksheet("績效報告")!;
  const goalRow = sheet.getRow(header + 2);
  const indicatorRow = sheet.getRow(header + 3);
  for (let c = 1; c <= 12; c++) {
    expect((goalRow.getCell(c).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe("FFB4C6E7");
    expect(goalRow.getCell(c).border?.left).toBeUndefined();
    expect(indicatorRow.getCell(c).border?.left?.style).toBe("thin");
  }
  expect(goalRow.getCell(1).font?.bold).toBe(true);
}, 120_000);

test("the goal's row does not widen the names' column: its words run on across the row", async () => {
  // A goal per indicator (no goal summary below the table, whose names would set the width).
  const oneEach = (goal: string): WorkbookSpec => [
    { name: "113年度", cells: { ...GOALS[0]!.cells, A3: goal, B4: null, C4: null, D4: null, A4: null }, merges: [] },
  ];
  const long = "二、推動跨機關資料整合並建立全國一致之服務標準以提升行政效率";
  const { outcome } = await reportOf(oneEach(long));
  const body = plannedBody(outcome);
  expect(body.map((r) => textOf(r[0]))).toEqual(["一、提升服務品質", "線上申辦件數", long, "民眾滿意度"]);
  const plain = await reportOf(oneEach("二"));
  expect(outcome.plan.sheets[0]!.columnWidths[0]).toBe(plain.outcome.plan.sheets[0]!.columnWidths[0]);
});

test("a re-run keeps the reasons on their rows when goals' rows stand between them", async () => {
  const { workbook, outcome } = await reportOf(GOALS);
  const out = join(dir, "reasons.xlsx");
  await saveWorkbook(workbook, out);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheet = book.getWorksheet("績效報告")!;
  const header = [...Array(10).keys()].map((r) => r + 1).find((r) => sheet.getCell(r, 1).value === "指標")!;
  const reasonCol = (sheet.getRow(header).values as unknown[]).indexOf("未達成原因");
  const row = [...Array(8).keys()].map((k) => header + 1 + k).find((r) => sheet.getCell(r, 1).value === "破獲案件數")!;
  sheet.getCell(row, reasonCol).value = "人力不足";
  const edited = join(dir, "reasons-typed.xlsx");
  await book.xlsx.writeFile(edited);
  const again = await XlsxWorkbook.fromBuffer(readFileSync(edited));
  const rerun = await writeReport(again, { language: "zh-TW", bands: { yellowFrom: 0.9 }, capAtOne: false });
  const body = plannedBody(rerun);
  const at = body.findIndex((r) => textOf(r[0]) === "破獲案件數");
  expect(textOf(body[at]![reasonCol - 1])).toBe("人力不足");
  expect(body.filter((r) => textOf(r[reasonCol - 1]) !== "")).toHaveLength(1);
  expect(outcome.plan.sheets[0]!.tables[0]!.bandRows).toHaveLength(2);
}, 120_000);

test("a published plan (台中市經發局 103): its 策略績效目標 (number and words) over its targets", async () => {
  const spec = JSON.parse(readFileSync(join(TABLES, "tw-taichung-edb-103-plan.json"), "utf8")) as {
    sheets: WorkbookSpec;
  };
  const { outcome } = await reportOf(spec.sheets);
  const names = plannedBody(outcome).map((r) => textOf(r[0]));
  const goals = names.filter((n) => /^[一二三]、/.test(n));
  expect(goals).toEqual([
    "一、輔導服務業發展,打造觀光、休閒、娛樂、文化城(25%)",
    "二、建立中部核心科技園區,輔導傳統產業轉型(10%)",
    "三、營造發展利基,建立現代化與電子化的營運中心(25%)",
  ]);
  // Each goal stands right above its own targets, in the source's order.
  expect(names.indexOf(goals[0]!)).toBe(0);
  expect(names[names.indexOf(goals[1]!) + 1]).toBe("輔導廠商進駐工業園區家數(5%)");
  expect(names[names.indexOf(goals[2]!) + 1]).toBe("繼續推動建國市場遷建計畫(7%)");
  expect(names).toHaveLength(13);
});

test("goals that come back further down (a cross-table's strategies per agency) are summed up, not grouped", async () => {
  const spec = JSON.parse(readFileSync(join(TABLES, "tw-antidrug-phase2-110-execution.json"), "utf8")) as {
    sheets: WorkbookSpec;
  };
  const { outcome } = await reportOf(spec.sheets);
  const sheet = outcome.plan.sheets[0]!;
  expect(plannedBody(outcome).every((r) => textOf(r[2]) !== "")).toBe(true);
  expect(sheet.tables.map((t) => t.name)).toContain("IndicatorGroups");
  expect(sheet.tables[0]!.bandRows).toBeUndefined();
});

test("past MAX_GOALS goals the rows are not grouped (each goal's block would be a flag rule of its own)", async () => {
  const specOf = (goals: number): WorkbookSpec => {
    const cells: Record<string, string | number> = {
      A1: "關鍵策略目標",
      B1: "關鍵績效指標",
      C1: "年度目標值",
      D1: "實際值",
    };
    for (let k = 0; k < goals; k++)
      Object.assign(cells, {
        [`A${k + 2}`]: `目標 ${k + 1}`,
        [`B${k + 2}`]: `指標 ${k + 1}`,
        [`C${k + 2}`]: 10,
        [`D${k + 2}`]: 9,
      });
    return [{ name: "S", cells }];
  };
  const at = await reportOf(specOf(MAX_GOALS));
  expect(at.outcome.plan.sheets[0]!.tables[0]!.bandRows).toHaveLength(MAX_GOALS);
  const past = await reportOf(specOf(MAX_GOALS + 1));
  expect(past.outcome.plan.sheets[0]!.tables[0]!.bandRows).toBeUndefined();
}, 60_000);
