/**
 * Proof with a real spreadsheet engine: `indicators report` writes live formulas, LibreOffice
 * recalculates them on load, and the figures equal the engine's, for every fixture.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SYMBOL_OF_LIGHT, type WorkbookReport } from "../../src/core";
import { cli } from "../cli/run-cli";
import { cellsOf } from "../support/cells-of";
import { numberOf, recalculate } from "../support/libreoffice";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const out = mkdtempSync(join(tmpdir(), "report-"));
// Fixtures with indicators; the score-sheet fixture has a test of its own below.
const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx") && !f.startsWith("evaluation"));

describe.each(files)("%s", (file) => {
  const input = join(FIXTURES, file);
  const output = join(out, file);
  let report: WorkbookReport;
  let sheets: Map<string, string[][]>;

  beforeAll(async () => {
    const analyzed = await cli("analyze", input, "--json");
    report = JSON.parse(analyzed.out) as WorkbookReport;
    const written = await cli("report", input, "-o", output);
    expect(written.err).toBe("");
    expect(written.code).toBe(0);
    sheets = recalculate(output);
  }, 180_000);

  test("LibreOffice's recalculated target, actual, achievement, growth and light equal the engine's", () => {
    const rows = sheets.get("績效報告")!;
    const header = rows.findIndex((r) => r[0] === "指標");
    // The table runs to the first empty row; a summary per goal may follow it.
    const after = rows.slice(header + 1);
    const end = after.findIndex((r) => (r[0] ?? "") === "");
    // A goal's row (its words alone, no direction) stands above its indicators: not an indicator's row.
    const body = (end === -1 ? after : after.slice(0, end)).filter((r) => (r[2] ?? "") !== "");
    const expected = report.sheets.flatMap((s) =>
      s.indicators.flatMap((i) => i.periods.map((p) => ({ name: i.name, p }))),
    );
    expect(body.length).toBe(expected.length);
    expected.forEach(({ name, p }, k) => {
      const row = body[k]!;
      expect(row[0]).toBe(name);
      expect(numberOf(row[3])).toEqual(p.target === null ? null : expect.closeTo(p.target, 9));
      expect(numberOf(row[4])).toEqual(p.actual === null ? null : expect.closeTo(p.actual, 9));
      expect(numberOf(row[6])).toEqual(p.achievement === null ? null : expect.closeTo(p.achievement, 9));
      expect(numberOf(row[7])).toEqual(p.growth === null ? null : expect.closeTo(p.growth, 9));
      expect(row[8]).toBe(SYMBOL_OF_LIGHT[p.light]);
    });
  });

  test("every formula carries a cached result, and it is what LibreOffice recalculates", () => {
    // From the sheet XML itself (exceljs's reader drops a cached 0); shared formulas' copies included. The report is the sheet with the summary.
    const names = execFileSync("unzip", ["-Z1", output], { encoding: "utf8" }).split("\n");
    const xml = names
      .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
      .map((n) => execFileSync("unzip", ["-p", output, n], { encoding: "utf8", maxBuffer: 1 << 28 }))
      .find((x) => x.includes("SUMPRODUCT"))!;
    const rows = sheets.get("績效報告")!;
    let formulas = 0;
    for (const m of xml.matchAll(
      /<c r="([A-Z]+)(\d+)"([^>/]*)>(?:(?!<\/c>).)*?<f(?:[^>]*\/>|[^>]*>(?:(?!<\/c>).)*?<\/f>)(?:<v>([^<]*)<\/v>)?<\/c>/gs,
    )) {
      const [, column = "", row = "", attributes = "", cached = ""] = m;
      formulas++;
      const col = column.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const recalculated = rows[Number(row) - 1]?.[col - 1] ?? "";
      const at = `${column}${row}`;
      const type = /t="(\w+)"/.exec(attributes)?.[1] ?? "n";
      if (type === "n" && cached !== "")
        expect({ at, v: numberOf(recalculated) }).toEqual({ at, v: expect.closeTo(Number(cached), 9) as unknown });
      else if (type === "b")
        expect({ at, v: recalculated.toUpperCase() }).toEqual({ at, v: cached === "1" ? "TRUE" : "FALSE" });
      // A formula that gives "" has no cached value to write: both sides are blank.
      else expect({ at, v: recalculated }).toEqual({ at, v: cached });
    }
    expect(formulas).toBeGreaterThan(10);
  });

  test("no error value shows anywhere in the report", () => {
    const text = sheets.get("績效報告")!.flat().join("|");
    expect(text).not.toMatch(/#DIV\/0!|#VALUE!|#NAME\?|#REF!|Err:/);
  });

  test("the summary counts the lights of the reporting period: one per indicator", () => {
    const rows = sheets.get("績效報告")!;
    // The latest period with anything evaluated; indicators without periods count as they are.
    const evaluated = report.sheets.flatMap((s) =>
      s.indicators.flatMap((i) => i.periods.filter((p) => p.achievement !== null || p.reported !== null)),
    );
    const latest = evaluated.reduce<number | null>(
      (y, p) => (p.year !== null && (y === null || p.year > y) ? p.year : y),
      null,
    );
    const lights = report.sheets.flatMap((s) =>
      s.indicators.flatMap((i) => i.periods.filter((p) => p.year === null || p.year === latest).map((p) => p.light)),
    );
    const count = (l: string) => lights.filter((x) => x === l).length;
    expect(rows[1]!.filter((_, i) => i % 2 === 1 && i < 8).map(Number)).toEqual([
      count("green"),
      count("yellow"),
      count("red"),
      count("white"),
    ]);
  });

  test("every original cell is unchanged", async () => {
    const userSheets = report.sheets.map((s) => s.sheet);
    expect(await cellsOf(output, userSheets)).toEqual(await cellsOf(input, userSheets));
  });
});

test("kpi-report-107: the summary is of 107 alone, ★1 ▲1 ●0 □0 and 50% met, under the source's own title", async () => {
  const output = join(out, "kpi-summary.xlsx");
  expect((await cli("report", join(FIXTURES, "kpi-report-107.xlsx"), "-o", output)).code).toBe(0);
  const rows = recalculate(output).get("績效報告")!;
  expect(rows[0]![0]).toBe("內政部移民署 107 年度施政績效報告（報告期別：107）");
  expect(rows[1]!.slice(0, 8)).toEqual(["★ 達標", "1", "▲ 接近目標", "1", "● 落後", "0", "□ 無法計算", "0"]);
  expect(numberOf(rows[2]![1])).toBeCloseTo(0.5, 12);
});

test("evaluation-scorecard-110: the score table's totals, grades and subtotals recalculate to the engine's", async () => {
  const input = join(FIXTURES, "evaluation-scorecard-110.xlsx");
  const output = join(out, "evaluation-scorecard-110.xlsx");
  const report = JSON.parse((await cli("analyze", input, "--json")).out) as WorkbookReport;
  expect((await cli("report", input, "-o", output)).code).toBe(0);
  const rows = recalculate(output).get("績效報告")!;
  const cards = report.sheets[0]!.scorecards;
  const header = rows.find((r) => r[0] === "考核面向")!;
  const total = rows.find((r) => r[0] === "總計")!;
  const grade = rows.find((r) => r[0] === "等第")!;
  cards.forEach((card) => {
    const col = header.indexOf(card.column);
    expect(col).toBeGreaterThan(2);
    expect(numberOf(total[col])).toBeCloseTo(card.total, 9);
    expect(grade[col]).toBe(card.grade);
    for (const [dimension, value] of Object.entries(card.byDimension)) {
      const subtotal = rows.find((r) => r[0] === "小計" && r[1] === dimension)!;
      expect(numberOf(subtotal[col])).toBeCloseTo(value, 9);
    }
  });
  expect(numberOf(total[2])).toBe(cards[0]!.weightTotal);
  const userSheets = report.sheets.map((s) => s.sheet);
  expect(await cellsOf(output, userSheets)).toEqual(await cellsOf(input, userSheets));
}, 120_000);
