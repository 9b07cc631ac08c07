/**
 * Issue 23: the report's looks travel. LibreOffice (and so every .ods and .pdf) ignores an Excel
 * table style's fills and fonts, so the title, the header (fill, border, bold, centred), the
 * stripes, the lines and the light colours are written as cell formats and rules in the sheet's
 * own XML; the table style stays, for filtering. A unit "%" is never written beside a figure whose
 * format already shows "%".
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../cli/run-cli";
import { textWidth } from "../../src/core";
import { writeXlsx } from "../support/workbook-spec";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const dir = mkdtempSync(join(tmpdir(), "report-styles-"));

async function reportOf(input: string, lang: string): Promise<{ book: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const output = join(dir, `${lang}-${Math.random().toString(36).slice(2)}.xlsx`);
  const run = await cli("report", input, "-o", output, "--lang", lang);
  expect(run.code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(output);
  const sheet = book.getWorksheet(lang === "en" ? "Indicator report" : "績效報告");
  if (sheet === undefined) throw new Error("no report sheet");
  return { book, sheet };
}

const argb = (color: Partial<ExcelJS.Color> | undefined): string | undefined => color?.argb;

describe.each(["zh-TW", "en"])("the report's cell formats (%s)", (lang) => {
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    ({ sheet } = await reportOf(join(FIXTURES, "kpi-report-107.xlsx"), lang));
  });

  it("titles the sheet in bold, larger than the body", () => {
    const title = sheet.getCell("A1");
    expect(title.font?.bold).toBe(true);
    expect(title.font?.size).toBeGreaterThanOrEqual(14);
  });

  it("fills, borders, bolds and centres every header cell, and keeps the table for filtering", () => {
    for (let c = 1; c <= 10; c++) {
      const cell = sheet.getCell(5, c);
      expect(argb((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor)).toBe("FF4472C4");
      expect(cell.font?.bold).toBe(true);
      expect(argb(cell.font?.color)).toBe("FFFFFFFF");
      expect(cell.alignment?.horizontal).toBe("center");
      expect(cell.border?.bottom?.style).toBe("thin");
    }
    expect(Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables)).toContain("IndicatorReport");
  });

  it("lines every body cell and stripes every other row, with a cell fill", () => {
    const fillOf = (row: number): string | undefined =>
      argb((sheet.getCell(row, 1).fill as ExcelJS.FillPattern | undefined)?.fgColor);
    expect(fillOf(6)).toBeUndefined();
    expect(fillOf(7)).toBe("FFD9E1F2");
    expect(fillOf(8)).toBeUndefined();
    expect(sheet.getCell(6, 10).border?.left?.style).toBe("thin");
    // Codes and symbols centred; figures keep their number format.
    expect(sheet.getCell(6, 9).alignment?.horizontal).toBe("center");
    expect(sheet.getCell(6, 7).numFmt).toBe("#,##0.00%");
  });

  it("has room in each summary count for 1,000,000 in its format (no ###)", () => {
    for (const address of ["B2", "D2", "F2", "H2"]) {
      const cell = sheet.getCell(address);
      const words = [...(cell.numFmt ?? "").matchAll(/"([^"]*)"/g)].map((m) => m[1]).join("");
      const shown = `1,000,000${words}`;
      // A column holds its width in characters less a little padding.
      expect(sheet.getColumn(cell.col).width ?? 8.43).toBeGreaterThanOrEqual(textWidth(shown) + 1);
    }
  });

  it("colours ★ ▲ ● □ on the light column by rules that follow its formulas", () => {
    const rules = (
      sheet as unknown as {
        conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae?: string[]; style?: ExcelJS.Style }> }>;
      }
    ).conditionalFormattings.filter((cf) => cf.ref.startsWith("I6:"));
    const colours = new Map(rules.flatMap((cf) => cf.rules.map((r) => [r.formulae?.[0], argb(r.style?.font?.color)])));
    expect(colours.get('I6="★"')).toBe("FF00703C");
    expect(colours.get('I6="▲"')).toBe("FF9C5700");
    expect(colours.get('I6="●"')).toBe("FFC00000");
    expect(colours.get('I6="□"')).toBe("FF7F7F7F");
  });
});

test('a percent figure has no unit "%" after it (no "2.00% %"); other units stay', async () => {
  const input = join(dir, "rates.xlsx");
  await writeXlsx(input, [
    {
      name: "績效",
      cells: {
        A1: "衡量指標",
        B1: "單位",
        C1: "原定目標值",
        D1: "實際值",
        A2: "失業率",
        B2: "%",
        C2: 0.04,
        D2: 0.038,
        A3: "新住民培力人數",
        B3: "人",
        C3: 3287,
        D3: 3182,
      },
    },
  ]);
  const { sheet } = await reportOf(input, "zh-TW");
  let percentRows = 0;
  for (let r = 6; r <= sheet.rowCount; r++) {
    const unit = sheet.getCell(r, 6).value;
    const figureFormats = [sheet.getCell(r, 4).numFmt, sheet.getCell(r, 5).numFmt];
    if (figureFormats.some((f) => f?.includes("%"))) {
      percentRows++;
      expect(unit).toBeNull();
    }
  }
  expect(percentRows).toBe(1);
  expect(sheet.getCell(7, 6).value).toBe("人");
});

test("the looks reach the .ods LibreOffice writes: header fill, stripes, bold title, coloured lights", async () => {
  const output = join(dir, "kpi.ods");
  const run = await cli("report", join(FIXTURES, "kpi-report-107.xlsx"), "-o", output);
  expect(run.code).toBe(0);
  const styles = ["content.xml", "styles.xml"]
    .map((part) => execFileSync("unzip", ["-p", output, part], { encoding: "utf8", maxBuffer: 1 << 26 }))
    .join("")
    .toLowerCase();
  expect(styles).toContain('fo:background-color="#4472c4"');
  expect(styles).toContain('fo:background-color="#d9e1f2"');
  expect(styles).toContain('fo:font-weight="bold"');
  // The light rules: ★ in green, ● in red, as conditional styles.
  expect(styles).toMatch(/calcext:condition[^>]*★/);
  expect(styles).toContain('fo:color="#00703c"');
  expect(styles).toContain('fo:color="#c00000"');
}, 120_000);
