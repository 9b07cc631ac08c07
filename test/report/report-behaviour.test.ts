/** Write-back behaviour through the exceljs adapter: edits follow, re-runs replace, nothing of the user's is lost. */
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { withXlfnPrefixes } from "../../src/core";
import { cli } from "../cli/run-cli";
import { cellsOf } from "../support/cells-of";
import { numberOf, recalculate } from "../support/libreoffice";
import { writeXlsx } from "../support/workbook-spec";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const KPI = join(FIXTURES, "kpi-report-107.xlsx");
const dir = mkdtempSync(join(tmpdir(), "behaviour-"));

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function reportRow(rows: string[][], name: string, period: string): string[] {
  return rows.find((r) => r[0] === name && r[1] === period)!;
}

test("editing an actual in OUT.xlsx moves the report and the below-target flag", async () => {
  const out = join(dir, "edited.xlsx");
  expect((await cli("report", KPI, "-o", out)).code).toBe(0);
  const workbook = await load(out);
  const sheet = workbook.getWorksheet("關鍵績效指標")!;
  // The flag on E16 is a live rule: copy its formula into a spare cell to let LibreOffice evaluate
  // it, as for E16 (the rule's ROW() and COLUMN() are those of the cell it formats).
  const rules = (
    sheet as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae?: string[] }> }> }
  ).conditionalFormattings;
  const flag = rules.find((cf) => cf.ref === "E16")!.rules[0]!.formulae![0]!;
  sheet.getCell("H1").value = { formula: flag.replace(/\b(ROW|COLUMN)\(\)/g, "$1(E16)") };
  await workbook.xlsx.writeFile(out);
  const before = recalculate(out);
  expect(before.get("關鍵績效指標")![0]![7]).toBe("TRUE");
  expect(reportRow(before.get("績效報告")!, "提升新住民及其子女培力人數", "107")[8]).toBe("▲");

  sheet.getCell("E16").value = "3,300 人";
  await workbook.xlsx.writeFile(out);
  const after = recalculate(out);
  const row = reportRow(after.get("績效報告")!, "提升新住民及其子女培力人數", "107");
  expect(numberOf(row[4])).toBe(3300);
  expect(numberOf(row[6])).toBeCloseTo(3300 / 3287, 9);
  expect(row[8]).toBe("★");
  expect(after.get("關鍵績效指標")![0]![7]).toBe("FALSE");
}, 120_000);

test("the report has a table, number formats, a frozen header and traffic lights; the user sheet has the flag", async () => {
  const out = join(dir, "formats.xlsx");
  await cli("report", KPI, "-o", out);
  const workbook = await load(out);
  const report = workbook.getWorksheet("績效報告")!;
  expect(Object.keys((report as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["IndicatorReport"]);
  expect(report.getCell("G6").numFmt).toBe("#,##0.00%");
  expect(report.getCell("E13").numFmt).toBe("#,##0");
  expect(report.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
  const cfs = (
    report as unknown as {
      conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string; iconSet?: string }> }>;
    }
  ).conditionalFormattings;
  expect(cfs).toEqual([
    expect.objectContaining({
      ref: "G6:G13",
      rules: [expect.objectContaining({ type: "iconSet", iconSet: "3TrafficLights1" })],
    }),
    // ★ ▲ ● □ in their colours (report-styles.test.ts).
    ...["★", "▲", "●", "□"].map((symbol): unknown =>
      expect.objectContaining({
        ref: "I6:I13",
        rules: [expect.objectContaining({ type: "expression", formulae: [`I6="${symbol}"`] })],
      }),
    ),
    // 未達成原因 and 因應策略 of a ▲ or ● row: pale yellow, to be written in.
    expect.objectContaining({
      ref: "K6:L13",
      rules: [expect.objectContaining({ type: "expression", formulae: ['OR($I6="▲",$I6="●")'] })],
    }),
  ]);
  expect(report.getCell("G6").formula).toMatch(/^IF\(AND\(ISNUMBER\(D6\),ISNUMBER\(E6\)\),IF\(C6="↓"/);
  // Growth is the same indicator's previous period: none on an indicator's first period.
  expect(report.getCell("H6").formula).toBeUndefined();
  expect(report.getCell("H7").formula).toBe('IF(AND(ISNUMBER(E7),ISNUMBER(E6)),IF(E6>0,E7/E6-1,""),"")');
});

test("re-running on OUT.xlsx replaces the add-in's report, and adds no second flag", async () => {
  const once = join(dir, "once.xlsx");
  const twice = join(dir, "twice.xlsx");
  await cli("report", KPI, "-o", once);
  expect((await cli("report", once, "-o", twice)).code).toBe(0);
  const workbook = await load(twice);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(["關鍵績效指標", "績效報告"]);
  const flags = (workbook.getWorksheet("關鍵績效指標") as unknown as { conditionalFormattings: unknown[] })
    .conditionalFormattings;
  const flagsOnce = (
    (await load(once)).getWorksheet("關鍵績效指標") as unknown as { conditionalFormattings: unknown[] }
  ).conditionalFormattings;
  expect(flags.length).toBe(flagsOnce.length);
});

test("a user's own sheet named 績效報告 is left alone; the report takes another name", async () => {
  const input = join(dir, "clash.xlsx");
  const workbook = await load(KPI);
  workbook.addWorksheet("績效報告").getCell("A1").value = "我的筆記";
  await workbook.xlsx.writeFile(input);
  const out = join(dir, "clash-out.xlsx");
  const result = await cli("report", input, "-o", out);
  expect(result.out).toMatch(/績效報告 \(2\)/);
  const after = await load(out);
  expect(after.worksheets.map((w) => w.name)).toEqual(["關鍵績效指標", "績效報告", "績效報告 (2)"]);
  expect(after.getWorksheet("績效報告")!.getCell("A1").value).toBe("我的筆記");
  // And a second run finds its own report by the marker, not by name.
  const again = join(dir, "clash-again.xlsx");
  await cli("report", out, "-o", again);
  expect((await load(again)).worksheets.map((w) => w.name)).toEqual(["關鍵績效指標", "績效報告", "績效報告 (2)"]);
});

test("formula-looking text from the sheet stays text", async () => {
  const input = join(dir, "injection.xlsx");
  await writeXlsx(input, [
    {
      name: "S",
      cells: {
        A1: "衡量指標",
        B1: "目標值",
        C1: "實際值",
        D1: "備註",
        A2: '=HYPERLINK("http://evil.example","x")',
        B2: 10,
        C2: 12,
        D2: "+cmd|' /C calc'!A0",
        A3: "@SUM(1)",
        B3: 5,
        C3: 4,
        D3: "-2+3",
      },
    },
  ]);
  const out = join(dir, "injection-out.xlsx");
  expect((await cli("report", input, "-o", out)).code).toBe(0);
  const report = (await load(out)).getWorksheet("績效報告")!;
  for (const address of ["A6", "A7", "J6", "J7"]) {
    expect(typeof report.getCell(address).value).toBe("string");
    expect(report.getCell(address).formula).toBeUndefined();
  }
  expect(report.getCell("A6").value).toBe('=HYPERLINK("http://evil.example","x")');
  expect(
    recalculate(out)
      .get("績效報告")!
      .find((r) => r[0] === "@SUM(1)"),
  ).toBeDefined();
}, 60_000);

test("English report with --lang en", async () => {
  const out = join(dir, "english.xlsx");
  await cli("report", KPI, "-o", out, "--lang", "en");
  const report = (await load(out)).getWorksheet("Indicator report")!;
  expect(report.getCell("A5").value).toBe("Indicator");
  expect(report.getCell("G5").value).toBe("Achievement");
});

test("an output that cannot be written: exit 2, one line, no partial file", async () => {
  const missing = join(dir, "no-such-folder", "out.xlsx");
  const result = await cli("report", KPI, "-o", missing);
  expect(result.code).toBe(2);
  expect(result.err.trim().split("\n")).toHaveLength(1);
  const blocked = join(dir, "is-a-folder");
  const { mkdirSync } = await import("node:fs");
  mkdirSync(blocked);
  const failed = await cli("report", KPI, "-o", blocked);
  expect(failed.code).toBe(2);
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  expect(existsSync(join(dir, "no-such-folder"))).toBe(false);
});

test("a workbook without indicators or score sheets gives one clear line, and no output", async () => {
  const input = join(dir, "notes.xlsx");
  await writeXlsx(input, [{ name: "Notes", cells: { A1: "會議紀錄" } }]);
  const out = join(dir, "notes-out.xlsx");
  const result = await cli("report", input, "-o", out);
  expect(result.code).toBe(2);
  expect(result.err.trim().split("\n")).toHaveLength(1);
  expect(result.err).toMatch(/沒有可寫入報表的指標/);
  expect(result.err.replace(/^indicators: /, "").replace("Notes", "")).not.toMatch(/[A-Za-z]{3,}/);
  expect(existsSync(out)).toBe(false);
});

test("functions newer than Excel 2007 get the _xlfn. prefix in .xlsx, once", () => {
  expect(withXlfnPrefixes("FORECAST.LINEAR(5,B1:B3,A1:A3)+RRI(2,B1,B3)")).toBe(
    "_xlfn.FORECAST.LINEAR(5,B1:B3,A1:A3)+_xlfn.RRI(2,B1,B3)",
  );
  expect(withXlfnPrefixes("_xlfn.RRI(2,B1,B3)")).toBe("_xlfn.RRI(2,B1,B3)");
  expect(withXlfnPrefixes("IF(A1>0,A1,0)")).toBe("IF(A1>0,A1,0)");
  // Calls right inside each other, and names that only end like a newer function's.
  expect(withXlfnPrefixes("IFS(SWITCH(A1,1,2),RRI(RRI(1,2,3),1,1))+CONCATENATE(1)+MAXIFS(A:A,B:B,1)")).toBe(
    "_xlfn.IFS(_xlfn.SWITCH(A1,1,2),_xlfn.RRI(_xlfn.RRI(1,2,3),1,1))+CONCATENATE(1)+_xlfn.MAXIFS(A:A,B:B,1)",
  );
});

test("the unchanged-cells check itself can fail", async () => {
  const out = join(dir, "tampered.xlsx");
  await cli("report", KPI, "-o", out);
  const workbook = await load(out);
  workbook.getWorksheet("關鍵績效指標")!.getCell("E16").value = "3,183 人";
  await workbook.xlsx.writeFile(out);
  expect(await cellsOf(out, ["關鍵績效指標"])).not.toEqual(await cellsOf(KPI, ["關鍵績效指標"]));
});

/**
 * The report written for `input`, recalculated by LibreOffice: each row of the named indicator as its
 * period and the growth its live formula gives (column H).
 */
async function growthAsRecalculated(input: string, name: string): Promise<Array<[unknown, number | null]>> {
  const out = input.replace(/\.xlsx$/, "-out.xlsx");
  expect((await cli("report", input, "-o", out)).code).toBe(0);
  return recalculate(out)
    .get("績效報告")!
    .filter((r) => r[0] === name)
    .map((r) => [r[1], numberOf(r[7])]);
}

test("two neighbouring indicators with the same name do not chain growth", async () => {
  const block = (top: number, actuals: [number, number]) => ({
    [`A${top}`]: "關鍵績效指標 1：受理件數",
    [`A${top + 1}`]: "項目",
    [`B${top + 1}`]: "106 年度",
    [`C${top + 1}`]: "107 年度",
    [`A${top + 2}`]: "原訂目標值",
    [`B${top + 2}`]: 100,
    [`C${top + 2}`]: 100,
    [`A${top + 3}`]: "實際值",
    [`B${top + 3}`]: actuals[0],
    [`C${top + 3}`]: actuals[1],
  });
  const input = join(dir, "same-name.xlsx");
  await writeXlsx(input, [{ name: "S", cells: { ...block(1, [90, 99]), ...block(7, [200, 220]) } }]);
  expect(await growthAsRecalculated(input, "受理件數")).toEqual([
    ["106", null],
    ["107", expect.closeTo(0.1, 9)],
    ["106", null],
    ["107", expect.closeTo(0.1, 9)],
  ]);
}, 60_000);

test("a year's figure to date beside whole years: no growth to it, and the next year grows from the year before it", async () => {
  const input = join(dir, "to-date.xlsx");
  const cells = {
    B1: "2017",
    C1: "2018",
    D1: "2019",
    E1: "Y-T-D",
    F1: "2020",
    A2: "Line item",
    B2: "Actual",
    C2: "Actual",
    D2: "Budget",
    E2: "Jul 31, 2019",
    F2: "Recommended",
    A3: "Telephone",
    B3: 20000,
    C3: 22000,
    D3: 24000,
    E3: 13000,
    F3: 25000,
  };
  await writeXlsx(input, [{ name: "S", cells }]);
  expect(await growthAsRecalculated(input, "Telephone")).toEqual([
    ["2017", null],
    ["2018", expect.closeTo(0.1, 9)],
    ["2019", expect.closeTo(24000 / 22000 - 1, 9)],
    ["Y-T-D Jul 31, 2019", null],
    ["2020", expect.closeTo(25000 / 24000 - 1, 9)],
  ]);
}, 60_000);
