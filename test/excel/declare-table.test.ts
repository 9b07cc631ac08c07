/**
 * No dead ends on the office.js double (issues 21, 24): the core suggests the likeliest table on a
 * sheet it cannot read; the 表格宣告 row the pane's Reading area writes from that suggestion (with
 * the two roles a person picks) goes into 指標設定 through the Excel adapter, and the workbook is
 * then read with its figures.
 */
import { addressOf, parseSettings, settingsRows, type RawValue } from "../../src/core";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { analyzeWithSettingsThroughPort, writeSettingsRows } from "../../src/usecases/settings";
import { mockExcel } from "../support/office-mock";
import { gridOf } from "../taskpane/fake-session";

const SPEC = [
  {
    name: "自訂",
    cells: {
      A1: "項目",
      B1: "預計",
      C1: "做到",
      A2: "宣導場次",
      B2: 10,
      C2: 8,
      A3: "志工人數",
      B3: 40,
      C3: 50,
      A4: "訪視戶數",
      B4: 200,
      C4: 150,
    },
  },
];

test("the suggested table, declared in 指標設定 through the adapter, is read on the next analysis", async () => {
  const excel = mockExcel(SPEC);
  const workbook = new ExcelWorkbook(excel.host);
  const first = await analyzeWithSettingsThroughPort(workbook);
  const missing = first.report.findings.find((f) => f.code === "NO_INDICATOR_TABLE");
  expect(missing?.params).toMatchObject({ suggested: "yes", range: "A1:C4", name: "A", missing: "both" });
  expect(first.report.sheets.flatMap((s) => s.tables)).toEqual([]);
  const rows = settingsRows(first.settings, first, "zh-TW");
  const declared = {
    ...rows,
    tables: [
      ...rows.tables,
      {
        sheet: "自訂",
        range: String(missing?.params.range),
        layout: "一列一指標",
        headerRow: Number(missing?.params.headerRow),
        name: String(missing?.params.name),
        target: "B",
        actual: "C",
        reported: null,
        period: null,
        weight: null,
      },
    ],
  };
  await writeSettingsRows(workbook, declared, "zh-TW", first);
  // 指標設定 as the adapter wrote it into the double (its sheets written are kept cell by cell).
  const written: RawValue[][] = Array.from({ length: 80 }, (_, r) =>
    Array.from({ length: 12 }, (_, c) => excel.cell("指標設定", addressOf(r, c))?.value ?? null),
  );
  const line = written.find((row) => row[0] === "自訂");
  expect(line?.slice(0, 7)).toEqual(["自訂", "A1:C4", "一列一指標", 1, "A", "B", "C"]);
  // Read with those settings, the sheet's table is read with its figures.
  const settings = parseSettings(gridOf("指標設定", written), true);
  expect(settings).not.toBeNull();
  const again = await analyzeWithSettingsThroughPort(new ExcelWorkbook(mockExcel(SPEC).host), settings);
  const achievements = again.report.sheets
    .flatMap((s) => s.indicators)
    .map((i) => [i.name, i.periods.at(-1)?.achievement]);
  expect(achievements).toEqual([
    ["宣導場次", 0.8],
    ["志工人數", 1.25],
    ["訪視戶數", 0.75],
  ]);
  expect(again.report.findings.filter((f) => f.code === "NO_INDICATOR_TABLE")).toEqual([]);
});
