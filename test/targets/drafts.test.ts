/** Next-period target drafts: the core's figures, and the draft sheet's live formulas recalculated by LibreOffice. */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  draftValue,
  forecastLinear,
  isLowered,
  rri,
  type Draft,
  type DraftMethod,
  type WorkbookReport,
} from "../../src/core";
import { draftTargets } from "../../src/core";
import { cli } from "../cli/run-cli";
import { numberOf, recalculate } from "../support/libreoffice";
import { writeXlsx } from "../support/workbook-spec";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const KPI = join(FIXTURES, "kpi-report-107.xlsx");
const dir = mkdtempSync(join(tmpdir(), "targets-"));

describe("draft methods", () => {
  test("FORECAST.LINEAR: least squares at x", () => {
    expect(
      forecastLinear(4, [
        { x: 1, y: 2 },
        { x: 2, y: 4 },
        { x: 3, y: 6 },
      ]),
    ).toBeCloseTo(8, 12);
    const pts = [
      { x: 104, y: 2803 },
      { x: 105, y: 3170 },
      { x: 107, y: 3182 },
    ];
    // slope = Sxy / Sxx = 509.333… / 4.666…, through the means (105.333…, 3051.666…)
    expect(forecastLinear(108, pts)).toBeCloseTo(
      3051.6666666666665 + (509.3333333333333 / 4.666666666666667) * (108 - 105.33333333333333),
      9,
    );
    expect(forecastLinear(5, [{ x: 1, y: 2 }])).toBeNull();
    expect(
      forecastLinear(5, [
        { x: 1, y: 2 },
        { x: 1, y: 3 },
      ]),
    ).toBeNull();
  });
  test("RRI", () => {
    expect(rri(2, 100, 121)).toBeCloseTo(0.1, 12);
    expect(rri(0, 100, 121)).toBeNull();
    expect(rri(2, 0, 121)).toBeNull();
  });
  const base = {
    points: [
      { x: 105, y: 100 },
      { x: 107, y: 121 },
    ],
    nextX: 108,
    lastTarget: 130,
    lastActual: 121,
    stretch: 0.05,
  };
  test.each([
    ["growth", "higher", 121 * 1.1],
    ["hold", "higher", 130],
    ["hold", "lower", 121],
    ["stretch", "higher", 121 * 1.05],
    ["stretch", "lower", 121 * 0.95],
  ] as const)("%s (%s)", (method, direction, expected) => {
    expect(draftValue(method, { ...base, direction })).toBeCloseTo(expected, 9);
  });
  test("下修: below the last target or actual, or above when lower is better", () => {
    expect(isLowered(125, { lastTarget: 130, lastActual: 121, direction: "higher" })).toBe(true);
    expect(isLowered(131, { lastTarget: 130, lastActual: 121, direction: "higher" })).toBe(false);
    expect(isLowered(2, { lastTarget: 1, lastActual: 1, direction: "lower" })).toBe(true);
  });
});

function draftsOf(report: WorkbookReport, method: DraftMethod): Draft[] {
  return draftTargets(report, method, 0.05);
}

describe.each(["trend", "growth", "hold", "stretch"] as const)("kpi-report-107, --method %s", (method) => {
  test("LibreOffice's recalculated drafts and warnings equal the core's", async () => {
    const out = join(dir, `kpi-${method}.xlsx`);
    const result = await cli("targets", KPI, "-o", out, "--method", method, "--stretch", "5%");
    expect(result.code).toBe(0);
    const report = JSON.parse((await cli("analyze", KPI, "--json")).out) as WorkbookReport;
    const drafts = draftsOf(report, method);
    const rows = recalculate(out).get("目標草案")!;
    const body = rows.slice(rows.findIndex((r) => r[0] === "指標") + 1).filter((r) => r[0] !== "");
    expect(body.map((r) => r[0])).toEqual(drafts.map((d) => d.indicator.name));
    drafts.forEach((d, i) => {
      const row = body[i]!;
      expect(numberOf(row[3])).toEqual(d.value === null ? null : expect.closeTo(d.value, 9));
      expect(row[6] !== "").toBe(d.lowered);
      expect(row[2]).toBe(d.nextLabel);
    });
  }, 60_000);
});

test("the trend draft for 108 of KPI 2 is FORECAST.LINEAR over its 104, 105 and 107 actuals", async () => {
  const out = join(dir, "kpi-trend-check.xlsx");
  await cli("targets", KPI, "-o", out, "--method", "trend");
  const row = recalculate(out)
    .get("目標草案")!
    .find((r) => r[0] === "提升新住民及其子女培力人數")!;
  expect(numberOf(row[3])).toBeCloseTo(
    forecastLinear(108, [
      { x: 104, y: 2803 },
      { x: 105, y: 3170 },
      { x: 107, y: 3182 },
    ])!,
    9,
  );
  const xml = execFileSync("unzip", ["-p", out, "xl/worksheets/sheet2.xml"], { encoding: "utf8" });
  expect(xml).toContain("_xlfn.FORECAST.LINEAR(");
  const growth = join(dir, "kpi-growth-check.xlsx");
  await cli("targets", KPI, "-o", growth, "--method", "growth");
  expect(execFileSync("unzip", ["-p", growth, "xl/worksheets/sheet2.xml"], { encoding: "utf8" })).toContain(
    "_xlfn.RRI(",
  );
}, 60_000);

test("a falling history drafts below the last target: the row warns, and the draft follows an edited actual", async () => {
  const input = join(dir, "falling.xlsx");
  await writeXlsx(input, [
    {
      name: "S",
      cells: {
        A1: "衡量指標",
        B1: "年度",
        C1: "目標值",
        D1: "實際值",
        A2: "件數",
        B2: "105 年",
        C2: 100,
        D2: 100,
        A3: "件數",
        B3: "106 年",
        C3: 100,
        D3: 90,
        A4: "件數",
        B4: "107 年",
        C4: 100,
        D4: 80,
      },
    },
  ]);
  const out = join(dir, "falling-out.xlsx");
  expect((await cli("targets", input, "-o", out, "--method", "trend")).out).toMatch(/1 項下修/);
  let row = recalculate(out)
    .get("目標草案")!
    .find((r) => r[0] === "件數")!;
  expect(numberOf(row[3])).toBeCloseTo(70, 9);
  expect(row[6]).toMatch(/下修/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  workbook.getWorksheet("S")!.getCell("D4").value = 130;
  await workbook.xlsx.writeFile(out);
  row = recalculate(out)
    .get("目標草案")!
    .find((r) => r[0] === "件數")!;
  expect(numberOf(row[3])).toBeCloseTo(
    forecastLinear(108, [
      { x: 105, y: 100 },
      { x: 106, y: 90 },
      { x: 107, y: 130 },
    ])!,
    9,
  );
  expect(row[6]).toBe("");
}, 60_000);

test("no labelled history: one clear line, exit 2, no output", async () => {
  const out = join(dir, "budget-drafts.xlsx");
  // No year in a title, a header or the sheet's name (budget-performance-100's title gives its rows 100).
  const input = join(dir, "no-periods.xlsx");
  await writeXlsx(input, [
    {
      name: "績效",
      cells: {
        A1: "衡量指標",
        B1: "原定目標值",
        C1: "實際值",
        A2: "申請件數",
        B2: 100,
        C2: 95,
        A3: "培訓人數",
        B3: 50,
        C3: 60,
      },
    },
  ]);
  const result = await cli("targets", input, "-o", out, "--method", "trend");
  expect(result.code).toBe(2);
  expect(result.err.trim().split("\n")).toHaveLength(1);
  expect(result.err).toMatch(/需要帶有期別/);
  const en = await cli("targets", input, "-o", out, "--method", "trend", "--lang", "en");
  expect(en.err).toMatch(/^indicators: No indicator to draft from: drafts need actuals in labelled periods/);
});

test("bad method or stretch", async () => {
  expect((await cli("targets", KPI, "-o", join(dir, "x.xlsx"), "--method", "magic")).err).toMatch(/--method 只接受/);
  const en = await cli("targets", KPI, "-o", join(dir, "x.xlsx"), "--method", "magic", "--lang", "en");
  expect(en.err).toMatch(/--method takes/);
  expect(
    (await cli("targets", KPI, "-o", join(dir, "x.xlsx"), "--method", "stretch", "--stretch", "lots")).err,
  ).toMatch(/--stretch/);
});
