/** English-header and oddly placed variants read the same as the fixtures they are built from. */
import { join } from "node:path";
import type { SheetIndicator, WorkbookReport } from "../../src/core";
import { analyzeSpec } from "../support/analyze-spec";
import { relabel, shiftSheet } from "../support/transform-spec";
import { specOfXlsx, type SheetSpec } from "../support/workbook-spec";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const fixture = async (file: string): Promise<SheetSpec> => (await specOfXlsx(join(FIXTURES, file)))[0]!;

/** What must not change when a sheet is moved or relabelled: the figures, not the addresses. */
function figures(report: WorkbookReport) {
  return report.sheets.flatMap((s) =>
    s.indicators.map((i: SheetIndicator) => ({
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      periods: i.periods.map((p) => [p.year, p.target, p.actual, p.reported, p.achievement, p.growth, p.met, p.light]),
    })),
  );
}

const codes = (report: WorkbookReport) => report.findings.map((f) => f.code).sort();

describe("budget-performance-100 variants", () => {
  let original: WorkbookReport;
  let sheet: SheetSpec;
  beforeAll(async () => {
    sheet = await fixture("budget-performance-100.xlsx");
    original = await analyzeSpec([sheet]);
  });

  test("English headers, header on row 6, data from column C, a blank row inside", async () => {
    const english = relabel(sheet, {
      年度績效目標: "Goal",
      衡量指標: "Indicator",
      單位: "Unit",
      原定目標值: "Target",
      實際值: "Actual",
      達成度: "Reported achievement",
      備註: "Remarks",
    });
    const moved = shiftSheet(english, 3, 2, [6]);
    const report = await analyzeSpec([moved]);
    expect(figures(report)).toEqual(figures(original));
    expect(codes(report)).toEqual(codes(original));
    expect(report.findings.find((f) => f.code === "REPORTED_MISMATCH")?.cell).toBe("H10");
  });

  test("an extra column between the figures changes nothing", async () => {
    const cells: Record<string, unknown> = {};
    for (const [address, value] of Object.entries(sheet.cells)) {
      const col = address.charCodeAt(0);
      cells[col >= 69 ? String.fromCharCode(col + 1) + address.slice(1) : address] = value;
    }
    cells.E3 = "承辦單位";
    cells.E4 = "移民署";
    const report = await analyzeSpec([{ name: sheet.name, cells: cells as SheetSpec["cells"], merges: ["A1:H1"] }]);
    expect(figures(report)).toEqual(figures(original));
  });
});

describe("kpi-report-107 variants", () => {
  let original: WorkbookReport;
  let sheet: SheetSpec;
  beforeAll(async () => {
    sheet = await fixture("kpi-report-107.xlsx");
    original = await analyzeSpec([sheet]);
  });

  test("English row labels, moved to D8, with a blank row between blocks", async () => {
    const english = relabel(sheet, {
      項目: "Item",
      衡量標準: "Criteria",
      原訂目標值: "Target",
      實際值: "Actual",
      達成度: "Achievement",
      初核結果: "Initial rating",
      複核結果: "Final rating",
    });
    const report = await analyzeSpec([shiftSheet(english, 7, 3, [10])]);
    expect(figures(report)).toEqual(figures(original));
    expect(report.sheets[0]!.indicators[1]!.periods[3]!.cells).toEqual({
      target: "H23",
      actual: "H24",
      reported: "H25",
    });
  });

  test("AD years read as the same periods", async () => {
    const ad = relabel(sheet, { "104 年度": "2015", "105 年度": "2016", "106 年度": "2017", "107 年度": "2018" });
    const report = await analyzeSpec([ad]);
    expect(figures(report)).toEqual(figures(original));
    expect(report.sheets[0]!.indicators[0]!.periods.map((p) => p.period)).toEqual(["2015", "2016", "2017", "2018"]);
  });

  test("ratings are read per period", () => {
    const first = original.sheets[0]!.indicators[0]!.periods[0]!;
    expect(first.ratings.map((r) => [r.label, r.rating])).toEqual([
      ["初核結果", "star"],
      ["複核結果", "star"],
    ]);
  });
});

test("a period comparison has no target: growth on the previous period, and the printed ratio checked against it", async () => {
  const report = await analyzeSpec([
    {
      name: "比較",
      cells: {
        B2: "預防宣導及教育訓練（99 與 100 年比較）",
        B3: "項目",
        C3: "99 年",
        D3: "100 年",
        E3: "達成率",
        B4: "宣導卡片發放（份）",
        C4: 60000,
        D4: 70000,
        E4: "116%",
        B5: "宣導短片播放（檔）",
        C5: 82,
        D5: 194,
        E5: "230%",
        B6: "國際交流研討會（場次）",
        C6: 1,
        D6: 2,
        E6: "200%",
      },
    },
  ]);
  const indicators = report.sheets[0]!.indicators;
  expect(indicators.map((i) => i.name)).toEqual(["宣導卡片發放（份）", "宣導短片播放（檔）", "國際交流研討會（場次）"]);
  const last = indicators[1]!.periods[1]!;
  expect(last.target).toBeNull();
  expect(last.achievement).toBeNull();
  expect(last.growth).toBeCloseTo(194 / 82 - 1, 12);
  expect(last.cells).toEqual({ actual: "D5", reported: "E5" });
  // A falling series lowers no target: there is none (issue 10).
  expect(report.findings.filter((f) => f.code === "TARGET_LOWERED")).toEqual([]);
  expect(report.sheets[0]!.tables.map((t) => t.kind)).toEqual(["periodComparison"]);
  const mismatch = report.findings.filter((f) => f.code === "REPORTED_MISMATCH");
  expect(mismatch.map((f) => f.cell)).toEqual(["E5"]);
  expect(mismatch[0]!.value).toBeCloseTo(194 / 82, 12);
});

test("indented component rows count toward the indicator above, not as indicators", async () => {
  const report = await analyzeSpec([
    {
      name: "Sheet1",
      cells: {
        A1: "衡量指標",
        B1: "目標值",
        C1: "實際值",
        A2: "提升新住民及其子女培力人數",
        B2: "3,287 人",
        C2: "3,182 人",
        A3: "　新住民子女海外培力計畫（寒假）",
        C3: 81,
        A4: "  新住民子女海外培力計畫（暑假）",
        C4: 142,
        A5: { value: "新住民子女新星培育營", indent: 1 },
        C5: 49,
        A6: "(4) 培力與獎助學金計畫",
        C6: 2910,
        A7: "活動場次",
        B7: 100,
        C7: 157,
      },
    },
  ]);
  const [first, second] = report.sheets[0]!.indicators;
  expect(report.sheets[0]!.indicators.length).toBe(2);
  expect(first!.components.map((c) => c.value)).toEqual([81, 142, 49, 2910]);
  expect(first!.components.map((c) => c.cell)).toEqual(["C3", "C4", "C5", "C6"]);
  expect(second!.name).toBe("活動場次");
});

test("a score sheet with merged dimension cells and English headers", async () => {
  const report = await analyzeSpec([
    {
      name: "Scores",
      cells: {
        B2: "Dimension",
        C2: "Item",
        D2: "Weight",
        E2: "Self score",
        F2: "Panel score",
        B3: "Background",
        C3: "Analysis",
        D3: 40,
        E3: 38,
        F3: 36,
        C4: "Meetings",
        D4: 60,
        E4: 55,
        F4: 50.5,
        B5: "合計",
        D5: 100,
        E5: 93,
        F5: 86.5,
      },
      merges: ["B3:B4"],
    },
  ]);
  const cards = report.sheets[0]!.scorecards;
  expect(cards.map((c) => [c.column, c.total, c.grade])).toEqual([
    ["Self score", 93, "優等"],
    ["Panel score", 86.5, "甲等"],
  ]);
  expect(cards[1]!.byDimension).toEqual({ Background: 86.5 });
});

test("a sheet where nothing is recognised says what was looked for", async () => {
  const report = await analyzeSpec([{ name: "Notes", cells: { A1: "會議紀錄", A2: "出席：5 人" } }]);
  expect(report.sheets).toEqual([]);
  expect(report.findings).toHaveLength(1);
  expect(report.findings[0]!.code).toBe("NO_INDICATOR_TABLE");
  expect(report.findings[0]!.message).toMatch(/原訂目標值/);
  expect(report.findings[0]!.messageEn).toMatch(/Target/);
});
