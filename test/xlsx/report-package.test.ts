/**
 * The saved report package (issue 16): column formulas as shared formulas (one formula text per
 * run), one differential style per distinct flag format however many rules use it, every part
 * compressed by zlib, and the package still opens in exceljs with the same formulas.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import type { ConditionalFormatPlan } from "../../src/core";
import { writeReport } from "../../src/usecases/report";
import { zipEntries } from "../../src/xlsx/fast/zip-entries";
import { saveWorkbook } from "../../src/xlsx/save-workbook";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { writeXlsx } from "../support/workbook-spec";

const dir = mkdtempSync(join(tmpdir(), "report-package-"));
const N = 300;

beforeAll(async () => {
  const cells: Record<string, string | number> = { A1: "衡量指標", B1: "單位", C1: "原定目標值", D1: "實際值" };
  for (let i = 0; i < N; i++) {
    const target = 100 + (i % 7);
    Object.assign(cells, {
      [`A${i + 2}`]: `指標 ${i + 1}`,
      [`B${i + 2}`]: "件",
      [`C${i + 2}`]: target,
      [`D${i + 2}`]: i % 3 === 0 ? target - 20 : target + 1,
    });
  }
  await writeXlsx(join(dir, "in.xlsx"), [{ name: "績效", cells }]);
  const workbook = await XlsxWorkbook.fromFile(join(dir, "in.xlsx"));
  await writeReport(workbook);
  await saveWorkbook(workbook, join(dir, "out.xlsx"));
});

function partsOf(path: string): Map<string, string> {
  const zip = zipEntries(readFileSync(path), { inflateRaw: (d) => inflateRawSync(d) });
  return new Map(zip.list().map(({ name }) => [name, zip.text(name) ?? ""]));
}

describe("the saved report package", () => {
  it("writes each column formula once per run, the other cells of the run as shared clones", () => {
    const parts = partsOf(join(dir, "out.xlsx"));
    const sheets = [...parts].filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)).map(([, xml]) => xml);
    const report = sheets.find((xml) => /t="shared" ref="/.test(xml)) ?? "";
    const masters = [...report.matchAll(/<f t="shared" ref="[A-Z]+(\d+):[A-Z]+(\d+)" si="\d+">/g)];
    const clones = report.match(/<f t="shared" si="\d+"\s*\/>/g) ?? [];
    expect(masters.length).toBeGreaterThan(0);
    // Every run covers its rows: the clones are the run lengths less their first cells.
    const covered = masters.reduce((sum, m) => sum + Number(m[2]) - Number(m[1]), 0);
    expect(clones.length).toBe(covered);
    expect(clones.length).toBeGreaterThan(N);
  });

  it("gives rules of one format one differential style, not one per rule", async () => {
    const workbook = await XlsxWorkbook.fromFile(join(dir, "in.xlsx"));
    const rule = (i: number, fill: string): ConditionalFormatPlan => ({
      kind: "expression",
      sheet: "績效",
      range: `D${i + 2}`,
      formula: `D${i + 2}<C${i + 2}`,
      fill,
      fontColor: "9C0006",
    });
    const formats = Array.from({ length: N }, (_, i) => rule(i, i % 2 === 0 ? "FFC7CE" : "FFEB9C"));
    await workbook.applyPlan({ sheets: [], conditionalFormats: formats });
    await saveWorkbook(workbook, join(dir, "rules.xlsx"));
    const parts = partsOf(join(dir, "rules.xlsx"));
    const rules = [...parts.values()].reduce((sum, xml) => sum + (xml.match(/<cfRule /g) ?? []).length, 0);
    const dxfs = (parts.get("xl/styles.xml") ?? "").match(/<dxf>/g) ?? [];
    expect(rules).toBe(N);
    expect(dxfs).toHaveLength(2);
  });

  it("compresses every part with zlib and opens in exceljs with the formulas in place", async () => {
    const bytes = readFileSync(join(dir, "out.xlsx"));
    const stored = [...partsOf(join(dir, "out.xlsx")).values()].reduce((sum, xml) => sum + xml.length, 0);
    expect(bytes.length).toBeLessThan(stored / 3);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets.find((w) => w.name !== "績效");
    let formulas = 0;
    sheet?.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) formulas++;
      }),
    );
    expect(formulas).toBeGreaterThan(N);
  });
});
