/**
 * Issue 22, defect 8: Excel's limits kept by the package writer. A cell holds at most 32,767
 * characters (a longer indicator name was written whole, and Excel repairs such a file): cut with
 * "…"; a footer holds at most 255 characters.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formula, withXlfnPrefixes, type PlanCell, type SheetPlan } from "../../src/core";
import { writeReport } from "../../src/usecases/report";
import { applyPlanToPackage } from "../../src/xlsx/direct/apply-direct";
import { newWorkbookPackage } from "../../src/xlsx/direct/new-package";
import { withinLimit } from "../../src/xlsx/direct/sheet-xml";
import { NODE_CODEC } from "../../src/xlsx/read-file";
import { packageBytes } from "../../src/xlsx/save-workbook";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { packageParts, validatePackage } from "../support/ooxml-check";
import { writeXlsx } from "../support/workbook-spec";

const dir = mkdtempSync(join(tmpdir(), "writer-limits-"));

test("text over Excel's limit is cut with … and a surrogate pair is never split", () => {
  expect(withinLimit("abcdef", 6)).toBe("abcdef");
  expect(withinLimit("abcdefg", 6)).toBe("abcde…");
  expect(withinLimit("abcd😀fg", 6)).toBe("abcd…");
});

test("an indicator named with 100,000 characters: every cell and footer within Excel's limits, the output valid", async () => {
  const long = `提升服務${"長".repeat(100_000)}`;
  const path = join(dir, "long.xlsx");
  await writeXlsx(path, [
    {
      name: long.slice(0, 31),
      cells: {
        A1: "衡量指標",
        B1: "原定目標值",
        C1: "實際值",
        A2: long,
        B2: 100,
        C2: 96,
        A3: "完成案件數",
        B3: 300,
        C3: 270,
      },
    },
  ]);
  const input = readFileSync(path);
  const workbook = await XlsxWorkbook.fromFile(path);
  await writeReport(workbook);
  const out = new Uint8Array(await packageBytes(workbook));
  const parts = packageParts(out);
  const decode = (name: string): string => new TextDecoder().decode(parts.get(name) ?? new Uint8Array(0));
  const strings = [...decode("xl/sharedStrings.xml").matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map(
    (m) => m[1] ?? "",
  );
  // The person's own cell stays as it was (their data); the add-in's cells keep the limit.
  const added = strings.filter((s) => s !== long);
  const longest = Math.max(...added.map((s) => s.replace(/&[a-z]+;/g, "x").length));
  expect(longest).toBeLessThanOrEqual(32_767);
  expect(strings.some((s) => s.endsWith("…") && s.startsWith("提升服務"))).toBe(true);
  for (const [name] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    for (const m of decode(name).matchAll(/<(oddFooter|oddHeader)>([\s\S]*?)<\/\1>/g))
      expect((m[2] ?? "").replace(/&amp;/g, "&").replace(/&[a-z]+;/g, "x").length).toBeLessThanOrEqual(255);
  }
  expect(validatePackage(out, input).errors).toEqual([]);
});

/** The sheet XML of a one-sheet plan written into a new package. */
function sheetOf(
  cells: ReadonlyArray<ReadonlyArray<PlanCell>>,
  columnFormulas: SheetPlan["columnFormulas"] = [],
): string {
  const sheet: SheetPlan = {
    name: "Limits",
    role: "report",
    marker: "",
    ranges: [{ row: 0, col: 0, cells }],
    columnFormulas,
    columnFormats: [],
    tables: [],
    freezeRows: 0,
    columnWidths: [],
  };
  const { bytes } = applyPlanToPackage(newWorkbookPackage(NODE_CODEC), NODE_CODEC, {
    sheets: [sheet],
    conditionalFormats: [],
  });
  return new TextDecoder().decode(packageParts(bytes).get("xl/worksheets/sheet1.xml") ?? new Uint8Array(0));
}

test("a formula over 8,192 characters once its _xlfn. prefixes are added is written as its figure; one within stays a formula", () => {
  // 2/5 of the limit: RRI( calls as dense as a formula holds them, prefixed, come to 8,190 characters.
  const dense = `${"RRI(".repeat(819)}1${")".repeat(819)}`.slice(0, 3276);
  expect(withXlfnPrefixes(dense).length).toBeLessThanOrEqual(8_192);
  // Past 2/5, the same density passes the limit once prefixed, though the formula alone is short of it.
  const over = `${"RRI(".repeat(1000)}1${")".repeat(1000)}`;
  expect(over.length).toBeLessThan(8_192);
  expect(withXlfnPrefixes(over).length).toBeGreaterThan(8_192);
  const plain = `1${"+1".repeat(4095)}`;
  expect(plain.length).toBe(8_191);
  const xml = sheetOf([[formula(dense, 1), formula(over, 2), formula(plain, 4096), formula(`${plain}+1`, 3)]]);
  const cell = (ref: string) => new RegExp(`<c r="${ref}"[^>]*>([\\s\\S]*?)</c>`).exec(xml)?.[1];
  expect(cell("A1")).toBe(`<f>${withXlfnPrefixes(dense)}</f><v>1</v>`);
  expect(cell("B1")).toBe("<v>2</v>");
  expect(cell("C1")).toBe(`<f>${plain}</f><v>4096</v>`);
  expect(cell("D1")).toBe("<v>3</v>");
});

test("a shared formula's later cell over the limit is written as its figure, the cells before it shared", () => {
  const over = `${"RRI(".repeat(1000)}1${")".repeat(1000)}`;
  const xml = sheetOf(
    [[formula("A1+1", 1)], [formula("A2+1", 2)], [formula(over, 3)]],
    [{ col: 0, fromRow: 0, toRow: 2, r1c1: "R[-1]C+1" }],
  );
  expect(xml).toContain('<c r="A2"><f t="shared" si="0"/><v>2</v></c>');
  expect(xml).toContain('<c r="A3"><v>3</v></c>');
});
