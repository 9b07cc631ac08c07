/** The report's chart plan: which rows each chart reads, where it sits, and how it stays readable. */
import { join } from "node:path";
import {
  analyzeWorkbook,
  buildReportPlan,
  DEFAULT_REPORT_FIGURES,
  HEADER_ROW,
  parseAddress,
  type Grid,
  type SheetPlan,
} from "../../src/core";
import { MAX_BARS, MAX_TRENDS } from "../../src/core/plan/report-charts";
import { reportWords } from "../../src/messages";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { manyIndicators, manyYears } from "../support/generated-sheets";
import { xlsxBufferOf, type WorkbookSpec } from "../support/workbook-spec";

const KPI = join(__dirname, "..", "fixtures", "shared", "kpi-report-107.xlsx");

async function gridsOf(spec: WorkbookSpec | string): Promise<Grid[]> {
  const workbook =
    typeof spec === "string"
      ? await XlsxWorkbook.fromFile(spec)
      : await XlsxWorkbook.fromBuffer(await xlsxBufferOf(spec));
  return workbook.readAll();
}

async function reportOf(spec: WorkbookSpec | string, language: "zh-TW" | "en" = "zh-TW") {
  const grids = await gridsOf(spec);
  const analysis = analyzeWorkbook(grids);
  const plan = buildReportPlan(grids, analysis, {
    ...DEFAULT_REPORT_FIGURES,
    bands: { yellowFrom: 0.9 },
    words: reportWords(language),
  });
  return { sheet: plan.sheets[0]!, analysis };
}

/** What a cell of the plan holds: "=formula", the text, or the number. */
function cellOf(sheet: SheetPlan, address: string): string | number | null {
  const at = parseAddress(address)!;
  for (const range of sheet.ranges) {
    const cell = range.cells[at.row - range.row]?.[at.col - range.col];
    if (cell === undefined) continue;
    if (cell.kind === "formula") return `=${cell.formula}`;
    if (cell.kind === "text") return cell.text;
    if (cell.kind === "number") return cell.value;
  }
  return null;
}

function cellsOfRange(range: string): string[] {
  const [from, to] = range.split(":").map((a) => parseAddress(a)!);
  const out: string[] = [];
  for (let r = from!.row; r <= to!.row; r++)
    for (let c = from!.col; c <= to!.col; c++) out.push(`${String.fromCharCode(65 + c)}${r + 1}`);
  return out;
}

const tableBottom = (sheet: SheetPlan) => Math.max(...sheet.tables.map((t) => t.bottom));

test("kpi-report-107: the achievement chart reads the reporting period's rows through hidden helper cells", async () => {
  const { sheet } = await reportOf(KPI);
  const [achievement, ...trends] = sheet.charts!;
  expect(achievement!.kind).toBe("bar");
  expect(achievement!.title).toBe("各指標達成度（報告期別：107）");
  // Each category cell is a formula over a report row of period 107, and its value cell reads that row's achievement.
  const labels = cellsOfRange(achievement!.categories.range);
  const values = cellsOfRange(achievement!.series[0]!.values);
  expect(labels).toHaveLength(2);
  labels.forEach((label, k) => {
    const source = /^=([A-Z]+)(\d+)&""$/.exec(String(cellOf(sheet, label)))!;
    expect(source[1]).toBe("A");
    const row = source[2];
    expect(cellOf(sheet, `B${row}`)).toBe("107");
    expect(cellOf(sheet, values[k]!)).toBe(`=IF(ISNUMBER(G${row}),MIN(G${row},2),"")`);
    expect(achievement!.categories.cache[k]).toBe(cellOf(sheet, `A${row}`));
  });
  expect(achievement!.series[0]!.cache).toEqual([1, expect.closeTo(3182 / 3287, 12)]);
  // The reference lines: constant cells, 100% and the yellow band.
  expect(cellsOfRange(achievement!.series[1]!.values).map((a) => cellOf(sheet, a))).toEqual([1, 1]);
  expect(cellsOfRange(achievement!.series[2]!.values).map((a) => cellOf(sheet, a))).toEqual([0.9, 0.9]);
  expect(achievement!.series.map((s) => s.name)).toEqual(["達成度", "目標 100%", "黃燈下限 90%"]);
  // The helper cells are in hidden columns; the table's columns are not.
  const helperColumns = new Set([...labels, ...values].map((a) => parseAddress(a)!.col));
  for (const c of helperColumns) expect(sheet.hiddenColumns).toContain(c);
  for (let c = 0; c < 10; c++) expect(sheet.hiddenColumns).not.toContain(c);
  // Trend charts: one per indicator with several periods, its own adjacent rows of target and actual.
  expect(trends.map((t) => t.title)).toEqual([
    "加強防制人口販運：目標值與實際值",
    "提升新住民及其子女培力人數：目標值與實際值",
  ]);
  for (const trend of trends) {
    const rows = cellsOfRange(trend.categories.range).map((a) => a.slice(1));
    const name = cellOf(sheet, `A${rows[0]}`);
    expect(trend.title.startsWith(String(name))).toBe(true);
    expect(rows.map((r) => cellOf(sheet, `A${r}`))).toEqual(rows.map(() => name));
    expect(trend.categories.cache).toEqual(["104", "105", "106", "107"]);
    expect(cellsOfRange(trend.series[0]!.values)).toEqual(rows.map((r) => `D${r}`));
    expect(cellsOfRange(trend.series[1]!.values)).toEqual(rows.map((r) => `E${r}`));
  }
});

test("every chart sits below the tables, inside the table's twelve columns, and a page starts before the charts", async () => {
  for (const spec of [KPI, manyIndicators(200), manyYears(10)]) {
    const { sheet } = await reportOf(spec);
    const charts = sheet.charts!;
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.anchor.fromRow).toBeGreaterThan(tableBottom(sheet));
      expect(chart.anchor.fromCol).toBeGreaterThanOrEqual(0);
      expect(chart.anchor.toCol).toBeLessThanOrEqual(12);
      expect(chart.anchor.toRow - chart.anchor.fromRow).toBeGreaterThanOrEqual(10);
    }
    // No two charts overlap.
    charts.forEach((a, i) =>
      charts.slice(i + 1).forEach((b) => {
        const apart =
          a.anchor.toRow <= b.anchor.fromRow ||
          b.anchor.toRow <= a.anchor.fromRow ||
          a.anchor.toCol <= b.anchor.fromCol ||
          b.anchor.toCol <= a.anchor.fromCol;
        expect(apart).toBe(true);
      }),
    );
    // A page starts on the empty row just above the first chart.
    expect(sheet.print!.pageBreaksBefore![0]).toBe(charts[0]!.anchor.fromRow - 1);
    expect(sheet.print!.pageBreaksBefore![0]).toBeGreaterThan(tableBottom(sheet));
    expect(sheet.print!.titleRows).toEqual({ from: HEADER_ROW, to: HEADER_ROW });
  }
});

test(`200 indicators: one chart of the ${MAX_BARS} lowest achievements, lowest on top, and the title says so`, async () => {
  const { sheet, analysis } = await reportOf(manyIndicators(200));
  const charts = sheet.charts!;
  expect(charts).toHaveLength(1);
  const [chart] = charts;
  expect(chart!.title).toBe(`各指標達成度（達成度最低 ${MAX_BARS} 項，共 200 項）`);
  const lowest = analysis.sheets[0]!.indicators.map((i) => i.periods[0]!.achievement!)
    .sort((a, b) => a - b)
    .slice(0, MAX_BARS);
  // Bars across: the first category is drawn at the bottom, so the lowest comes last, at the top.
  expect(chart!.horizontal).toBe(true);
  expect(chart!.series[0]!.cache).toEqual([...lowest].reverse().map((a): unknown => expect.closeTo(a, 12)));
  expect(chart!.categories.cache).toHaveLength(MAX_BARS);
});

test(`many multi-year indicators: at most ${MAX_TRENDS} trend charts, two abreast`, async () => {
  const { sheet } = await reportOf(manyYears(20));
  const trends = sheet.charts!.filter((c) => c.kind === "line");
  expect(trends).toHaveLength(MAX_TRENDS);
  expect(trends.map((t) => t.anchor.fromCol)).toEqual([
    0,
    trends[1]!.anchor.fromCol,
    0,
    trends[1]!.anchor.fromCol,
    0,
    trends[1]!.anchor.fromCol,
  ]);
  expect(trends[1]!.anchor.fromCol).toBe(trends[0]!.anchor.toCol);
});

test("English: the chart words come from the plan's language", async () => {
  const { sheet } = await reportOf(KPI, "en");
  const [achievement, trend] = sheet.charts!;
  expect(achievement!.title).toBe("Achievement by indicator (reporting period 107)");
  expect(achievement!.series.map((s) => s.name)).toEqual(["Achievement", "Target 100%", "Yellow from 90%"]);
  expect(achievement!.valueAxis.title).toBe("Achievement");
  expect(cellOf(sheet, `A${achievement!.anchor.toRow + 1}`)).toMatch(/^Note: bars stop at 200%/);
  expect(trend!.title).toBe("加強防制人口販運: target and actual");
  expect(trend!.series.map((s) => s.name)).toEqual(["Target", "Actual"]);
});

test("a workbook without indicators has no chart", async () => {
  const { sheet } = await reportOf([{ name: "空", cells: { A1: "說明" } }]);
  expect(sheet.charts).toBeUndefined();
});

test("bars in their light's colour, each with its value, the cap said in a note under the chart", async () => {
  const { sheet, analysis } = await reportOf(KPI);
  const [chart] = sheet.charts!;
  const bars = chart!.series[0]!;
  const lights = analysis.sheets[0]!.indicators.map((i) => i.periods[i.periods.length - 1]!.light);
  expect(lights).toEqual(["green", "yellow"]);
  expect(bars.pointColors).toEqual(["00B050", "FFC000"]);
  expect(bars.labels).toBe("0%");
  expect(chart!.horizontal).toBeUndefined();
  // The reference lines run on axes of their own (edge to edge in Excel).
  expect(chart!.series.slice(1).map((s) => s.ownAxis)).toEqual([true, true]);
  expect(chart!.valueAxis.title).toBe("達成度");
  expect(cellOf(sheet, `A${chart!.anchor.toRow + 1}`)).toMatch(/^註：達成度超過 200% 者，長條畫到 200% 為止/);
});

test("more than 8 indicators: bars across, names down the side, no line the hosts cannot mix with them", async () => {
  const { sheet } = await reportOf(manyIndicators(9));
  const [chart] = sheet.charts!;
  expect(chart!.horizontal).toBe(true);
  expect(chart!.series.map((s) => s.as)).toEqual(["bar"]);
  const { sheet: eight } = await reportOf(manyIndicators(8));
  expect(eight.charts![0]!.horizontal).toBeUndefined();
});
