import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeReport } from "../../src/usecases/report";
import { saveWorkbook } from "../../src/xlsx/save-workbook";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { numberOf, recalculate } from "../support/libreoffice";
import { xlsxBufferOf, type WorkbookSpec } from "../support/workbook-spec";

// A plan's table the way agencies lay it out: each goal a row of its own above its indicators.
const SPEC: WorkbookSpec = [
  {
    name: "113年度",
    cells: {
      A1: "衡量指標",
      B1: "目標值",
      C1: "實際值",
      A2: "一、提升服務品質",
      A3: "線上申辦件數",
      B3: 100,
      C3: 120,
      A4: "民眾滿意度",
      B4: 90,
      C4: 85,
      A5: "二、強化治安維護",
      A6: "破獲案件數",
      B6: 10,
      C6: 6,
    },
  },
];

test("the report sums up each goal: its lights and share met, live, and LibreOffice agrees", async () => {
  const workbook = await XlsxWorkbook.fromBuffer(await xlsxBufferOf(SPEC));
  const outcome = await writeReport(workbook, { language: "zh-TW", bands: { yellowFrom: 0.9 }, capAtOne: false });
  expect(outcome.report.sheets[0]!.indicators.map((i) => i.category)).toEqual([
    "一、提升服務品質",
    "一、提升服務品質",
    "二、強化治安維護",
  ]);
  const sheet = outcome.plan.sheets[0]!;
  expect(sheet.tables.map((t) => t.name)).toContain("IndicatorGroups");
  const out = join(mkdtempSync(join(tmpdir(), "groups-")), "groups.xlsx");
  await saveWorkbook(workbook, out);
  const rows = recalculate(out).get("績效報告")!;
  const at = rows.findIndex((r) => r[0] === "目標或面向");
  expect(at).toBeGreaterThan(0);
  // 提升服務品質: 120/100 ★, 85/90 = 94.4% ▲; 強化治安維護: 6/10 = 60% ●.
  expect(rows[at + 1]!.slice(0, 5)).toEqual(["一、提升服務品質", "1", "1", "0", "0"]);
  expect(numberOf(rows[at + 1]![5])).toBeCloseTo(0.5, 12);
  expect(rows[at + 2]!.slice(0, 5)).toEqual(["二、強化治安維護", "0", "0", "1", "0"]);
  expect(numberOf(rows[at + 2]![5])).toBe(0);
}, 120_000);

test("a sheet without goals has no goal summary", async () => {
  const plain: WorkbookSpec = [
    {
      name: "S",
      cells: { A1: "衡量指標", B1: "目標值", C1: "實際值", A2: "甲", B2: 1, C2: 1, A3: "乙", B3: 2, C3: 1 },
    },
  ];
  const outcome = await writeReport(await XlsxWorkbook.fromBuffer(await xlsxBufferOf(plain)), {
    language: "zh-TW",
    bands: { yellowFrom: 0.9 },
    capAtOne: false,
  });
  expect(outcome.plan.sheets[0]!.tables.map((t) => t.name)).toEqual(["IndicatorReport"]);
});

test("a goal per indicator groups nothing: no goal summary", async () => {
  const own: WorkbookSpec = [
    {
      name: "S",
      cells: {
        A1: "策略目標",
        B1: "衡量指標",
        C1: "目標值",
        D1: "實際值",
        A2: "提升效率",
        B2: "甲",
        C2: 1,
        D2: 1,
        A3: "強化服務",
        B3: "乙",
        C3: 2,
        D3: 1,
      },
    },
  ];
  const outcome = await writeReport(await XlsxWorkbook.fromBuffer(await xlsxBufferOf(own)), {
    language: "zh-TW",
    bands: { yellowFrom: 0.9 },
    capAtOne: false,
  });
  expect(outcome.report.sheets[0]!.indicators.map((i) => i.category ?? null)).toEqual(["提升效率", "強化服務"]);
  expect(outcome.plan.sheets[0]!.tables.map((t) => t.name)).toEqual(["IndicatorReport"]);
});
