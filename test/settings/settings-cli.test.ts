/**
 * The settings sheet through the command (issue 11): written with what the reader inferred; a
 * person's edit there (↓ for an indicator read as ↑, 排除, a declared table) changes what analyze and
 * report give; re-running keeps the edits.
 */
import { mkdtempSync } from "node:fs";
import { findingMessage } from "../../src/messages";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookReport } from "../../src/core";
import { writeXlsx, type WorkbookSpec } from "../support/workbook-spec";
import { cli } from "../cli/run-cli";

const tmp = mkdtempSync(join(tmpdir(), "settings-"));

/** 民眾申訴案件數: fewer is better, but no direction word covers it, so the reader takes it as ↑. */
export const SPEC: WorkbookSpec = [
  {
    name: "績效",
    cells: {
      A1: "衡量指標",
      B1: "目標值",
      C1: "實際值",
      A2: "民眾申訴案件數",
      B2: 120,
      C2: 150,
      A3: "活動場次",
      B3: 100,
      C3: 157,
      A4: "志工人數",
      B4: 50,
      C4: 40,
    },
  },
  {
    // Headings the reader does not know: found only once declared.
    name: "自訂",
    cells: { A1: "項目", B1: "預計", C1: "做到", A2: "宣導場次", B2: 10, C2: 8, A3: "訪視戶數", B3: 40, C3: 44 },
  },
];

async function analyzeJson(path: string, ...more: string[]): Promise<WorkbookReport> {
  const result = await cli("analyze", path, "--json", ...more);
  expect(result.err).toBe("");
  return JSON.parse(result.out) as WorkbookReport;
}

const indicator = (report: WorkbookReport, name: string) =>
  report.sheets.flatMap((s) => s.indicators).find((i) => i.name === name);

/** Sets cells of the settings sheet (found by the heading 指標 in column B) as a person would. */
async function edit(
  path: string,
  out: string,
  change: (sheet: ExcelJS.Worksheet, rowOf: (name: string) => number) => void,
) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet("指標設定");
  if (sheet === undefined) throw new Error("no settings sheet");
  const rowOf = (name: string): number => {
    let found = -1;
    sheet.eachRow((row, n) => {
      if (row.getCell(2).value === name) found = n;
    });
    if (found < 0) throw new Error(`no row for ${name}`);
    return found;
  };
  change(sheet, rowOf);
  await workbook.xlsx.writeFile(out);
}

let written: string;

beforeAll(async () => {
  const source = join(tmp, "in.xlsx");
  await writeXlsx(source, SPEC);
  written = join(tmp, "settings.xlsx");
  const result = await cli("settings", source, "-o", written);
  expect(result.code).toBe(0);
});

test("settings writes a row per indicator with what was inferred, and the reader's ↑ for 民眾申訴案件數", async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(written);
  const sheet = workbook.getWorksheet("指標設定")!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const header = rows.findIndex((r) => r[0] === "工作表" && r[1] === "指標");
  expect(rows[header]).toEqual([
    "工作表",
    "指標",
    "方向",
    "類型",
    "單位",
    "權重",
    "黃燈門檻",
    "上限 100%",
    "排除",
    "備註",
  ]);
  expect(rows.slice(header + 1, header + 4).map((r) => r.slice(0, 9))).toEqual([
    ["績效", "民眾申訴案件數", "↑ 越高越好", "數量", undefined, undefined, 0.9, "否", "否"],
    ["績效", "活動場次", "↑ 越高越好", "數量", undefined, undefined, 0.9, "否", "否"],
    ["績效", "志工人數", "↑ 越高越好", "數量", undefined, undefined, 0.9, "否", "否"],
  ]);
  // Drop-downs on the choice columns.
  expect(sheet.getCell("C5").dataValidation).toMatchObject({
    type: "list",
    formulae: ['"↑ 越高越好,↓ 越低越好,↔ 越接近越好"'],
  });
  // The user's sheets are as they were, and the settings sheet is not read as data.
  expect(workbook.getWorksheet("績效")!.getCell("C2").value).toBe(150);
  const report = await analyzeJson(written);
  expect(report.sheets.map((s) => s.sheet)).toEqual(["績效"]);
  expect(indicator(report, "民眾申訴案件數")).toMatchObject({ direction: "higher" });
});

test("↓ in 方向 makes analyze give direction lower; 排除 removes one; the light follows", async () => {
  const edited = join(tmp, "edited.xlsx");
  await edit(written, edited, (sheet, rowOf) => {
    sheet.getCell(`C${rowOf("民眾申訴案件數")}`).value = "↓ 越低越好";
    sheet.getCell(`I${rowOf("活動場次")}`).value = "是";
  });
  const report = await analyzeJson(edited);
  const complaints = indicator(report, "民眾申訴案件數");
  expect(complaints).toMatchObject({ direction: "lower" });
  // 120 / 150 = 80%: below the 90% band, red; as ↑ it was 125%, green.
  expect(complaints?.periods[0]).toMatchObject({ achievement: 0.8, light: "red", met: false });
  expect(indicator(report, "活動場次")).toBeUndefined();

  const reportOut = join(tmp, "report.xlsx");
  expect((await cli("report", edited, "-o", reportOut)).code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(reportOut);
  const names: unknown[] = [];
  workbook.getWorksheet("績效報告")!.eachRow((row) => names.push(row.getCell(1).value));
  expect(names).toContain("民眾申訴案件數");
  expect(names).not.toContain("活動場次");
});

test("re-running settings keeps the edits and adds new indicators", async () => {
  const edited = join(tmp, "edited2.xlsx");
  await edit(written, edited, (sheet, rowOf) => {
    sheet.getCell(`C${rowOf("民眾申訴案件數")}`).value = "↓ 越低越好";
    sheet.getCell(`J${rowOf("志工人數")}`).value = "人事室確認";
  });
  // A new indicator in the user's sheet.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(edited);
  const data = workbook.getWorksheet("績效")!;
  data.getCell("A5").value = "研習時數";
  data.getCell("B5").value = 30;
  data.getCell("C5").value = 33;
  await workbook.xlsx.writeFile(edited);
  const again = join(tmp, "again.xlsx");
  expect((await cli("settings", edited, "-o", again)).code).toBe(0);
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.readFile(again);
  expect(reread.worksheets.filter((w) => w.name.startsWith("指標設定"))).toHaveLength(1);
  const rows: unknown[][] = [];
  reread.getWorksheet("指標設定")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const byName = new Map(rows.map((r) => [r[1], r]));
  expect(byName.get("民眾申訴案件數")?.[2]).toBe("↓ 越低越好");
  expect(byName.get("志工人數")?.[9]).toBe("人事室確認");
  expect(byName.get("研習時數")?.[2]).toBe("↑ 越高越好");
});

test("a table detection misses is read once declared; bad cells are findings with what is allowed", async () => {
  const before = await analyzeJson(written);
  expect(indicator(before, "宣導場次")).toBeUndefined();
  const edited = join(tmp, "declared.xlsx");
  await edit(written, edited, (sheet, rowOf) => {
    let tableHeader = -1;
    sheet.eachRow((row, n) => {
      if (row.getCell(2).value === "範圍") tableHeader = n;
    });
    const r = tableHeader + 1;
    ["自訂", "A1:C3", "一列一指標", 1, "A", "B", "C"].forEach((v, i) => (sheet.getRow(r).getCell(i + 1).value = v));
    sheet.getCell(`D${rowOf("志工人數")}`).value = "好棒";
    sheet.getCell(`F${rowOf("志工人數")}`).value = "很多";
  });
  const report = await analyzeJson(edited);
  expect(indicator(report, "宣導場次")?.periods[0]).toMatchObject({ target: 10, actual: 8, achievement: 0.8 });
  expect(indicator(report, "訪視戶數")?.periods[0]).toMatchObject({ target: 40, actual: 44, met: true });
  const codes = report.findings.filter((f) => f.code.startsWith("SETTINGS_"));
  expect(codes.map((f) => [f.code, f.sheet, f.cell]).sort()).toEqual([
    ["SETTINGS_BAD_VALUE", "指標設定", "F7"],
    ["SETTINGS_UNKNOWN_WORD", "指標設定", "D7"],
  ]);
  expect(
    findingMessage(
      codes.find((f) => f.code === "SETTINGS_UNKNOWN_WORD")!,
      "zh-TW",
    ),
  ).toContain("數量");
  // The rest still apply: 志工人數 is still read.
  expect(indicator(report, "志工人數")).toBeDefined();
});

test("--settings takes the sheet from another workbook, matching by name", async () => {
  const edited = join(tmp, "other.xlsx");
  await edit(written, edited, (sheet, rowOf) => {
    sheet.getCell(`A${rowOf("民眾申訴案件數")}`).value = "別的工作表";
    sheet.getCell(`C${rowOf("民眾申訴案件數")}`).value = "lower";
  });
  const source = join(tmp, "plain.xlsx");
  await writeXlsx(source, SPEC);
  const report = await analyzeJson(source, "--settings", edited);
  expect(indicator(report, "民眾申訴案件數")).toMatchObject({ direction: "lower" });
});

test("the report's light follows the band in 指標設定 live: edit the band, recalculate, the light changes", async () => {
  const { recalculate } = await import("../support/libreoffice");
  const reportOut = join(tmp, "live.xlsx");
  expect((await cli("report", written, "-o", reportOut)).code).toBe(0);
  const lightOf = (sheets: Map<string, string[][]>, name: string): string | undefined =>
    sheets.get("績效報告")?.find((row) => row[0] === name)?.[8];
  // 志工人數: 40 of 50 = 80%, below the 90% band: ●.
  expect(lightOf(recalculate(reportOut), "志工人數")).toBe("●");
  const edited = join(tmp, "live-edited.xlsx");
  await edit(reportOut, edited, (sheet, rowOf) => {
    sheet.getCell(`G${rowOf("志工人數")}`).value = 0.75;
  });
  // The report is not rewritten: only the settings cell changed, and LibreOffice recalculates.
  expect(lightOf(recalculate(edited), "志工人數")).toBe("▲");
  expect(lightOf(recalculate(edited), "民眾申訴案件數")).toBe("★");
}, 120_000);
