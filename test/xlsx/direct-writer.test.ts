/**
 * The direct writer (src/xlsx/direct), which the command uses for files: the plan's parts written
 * as XML into the package, every other part copied as stored. It must give the workbook the
 * exceljs adapter gives (same sheets, cells, formats, names, rules and tables), keep what exceljs
 * drops (a user's parts, byte for byte), replace its own sheet on a re-run, and write well-formed XML.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { ALL_MARKERS, REPORT_MARKER, type Grid } from "../../src/core";
import ExcelJS from "exceljs";
import { writeReport } from "../../src/usecases/report";
import { writeReview } from "../../src/usecases/review";
import { writeSettingsSheet } from "../../src/usecases/settings";
import { writeTargetDrafts } from "../../src/usecases/targets";
import { Package } from "../../src/xlsx/direct/package";
import { zipEntries } from "../../src/xlsx/fast/zip-entries";
import { NODE_CODEC, openFast } from "../../src/xlsx/read-file";
import { packageBytes } from "../../src/xlsx/save-workbook";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { writeXlsx, type WorkbookSpec } from "../support/workbook-spec";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const TABLES = join(__dirname, "..", "published", "tables");
const dir = mkdtempSync(join(tmpdir(), "direct-"));

type Write = (workbook: XlsxWorkbook) => Promise<unknown>;
const WRITES: Record<string, Write> = {
  report: (w) => writeReport(w),
  settings: (w) => writeSettingsSheet(w, "zh-TW"),
  drafts: (w) => writeTargetDrafts(w, { method: "trend", stretch: 0.05, language: "zh-TW" }),
};

function partsOf(bytes: Uint8Array): Map<string, string> {
  const zip = zipEntries(bytes, { inflateRaw: (d) => inflateRawSync(d) });
  return new Map(zip.list().map(({ name }) => [name, zip.text(name) ?? ""]));
}

/** What a person sees of a workbook: sheets, their cells and formats, the add-in's names. */
function contentOf(bytes: Uint8Array): { sheets: string[]; grids: Grid[]; markers: Array<string | null> } {
  const book = openFast(bytes);
  if (book === null) throw new Error("the package does not read");
  return {
    sheets: book.sheetNames(),
    grids: book.sheetNames().map((n) => book.grid(n)),
    markers: ALL_MARKERS.map((m) => book.definedName(m)),
  };
}

/** Rules by sheet part order: range and formula (or icon set), whatever their priorities and styles. */
function rulesOf(bytes: Uint8Array): string[] {
  const out: string[] = [];
  for (const [name, xml] of partsOf(bytes)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    for (const m of xml.matchAll(/<conditionalFormatting sqref="([^"]*)">([\s\S]*?)<\/conditionalFormatting>/g)) {
      const formula =
        /<formula>([\s\S]*?)<\/formula>/.exec(m[2] ?? "")?.[1] ?? /iconSet="([^"]*)"/.exec(m[2] ?? "")?.[1];
      // A quote in a formula may be written " or &quot; (both well-formed): compared unescaped.
      out.push(`${m[1]} ${formula?.replace(/&quot;/g, '"')}`);
    }
  }
  return out.sort();
}

function tablesOf(bytes: Uint8Array): string[] {
  return [...partsOf(bytes)]
    .filter(([name]) => /^xl\/tables\/[^/]+\.xml$/.test(name))
    .map(([, xml]) => {
      const ref = /\sref="([^"]*)"/.exec(xml)?.[1];
      const name = /\sname="([^"]*)"/.exec(xml)?.[1];
      const columns = [...xml.matchAll(/<tableColumn\b[^>]*\sname="([^"]*)"/g)].map((m) => m[1]).join("|");
      return `${name} ${ref} ${columns}`;
    })
    .sort();
}

async function bothWays(path: string, write: Write): Promise<{ direct: Uint8Array; excel: Uint8Array }> {
  const direct = await XlsxWorkbook.fromFile(path);
  await write(direct);
  // Written directly: exceljs never built the workbook.
  expect(direct.storedPackage()).not.toBeNull();
  const excel = await XlsxWorkbook.fromBuffer(readFileSync(path));
  await write(excel);
  return { direct: await packageBytes(direct), excel: await packageBytes(excel) };
}

const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"));

describe.each(fixtures)("%s", (file) => {
  test.each(Object.keys(WRITES))("%s: the same workbook as through exceljs", async (kind) => {
    const write = WRITES[kind]!;
    const { direct, excel } = await bothWays(join(FIXTURES, file), (w) => write(w).catch(() => null));
    expect(contentOf(direct)).toEqual(contentOf(excel));
    expect(rulesOf(direct)).toEqual(rulesOf(excel));
    expect(tablesOf(direct)).toEqual(tablesOf(excel));
  });
});

test("published tables: each report is the workbook exceljs writes", async () => {
  const tables = readdirSync(TABLES).filter((f) => f.endsWith(".json"));
  let compared = 0;
  for (const file of tables) {
    const { id, sheets } = JSON.parse(readFileSync(join(TABLES, file), "utf8")) as { id: string; sheets: WorkbookSpec };
    const input = join(dir, `${id}.xlsx`);
    await writeXlsx(input, sheets);
    const { direct, excel } = await bothWays(input, (w) => writeReport(w).catch(() => null));
    expect({ id, ...contentOf(direct) }).toEqual({ id, ...contentOf(excel) });
    expect(rulesOf(direct)).toEqual(rulesOf(excel));
    compared++;
  }
  expect(compared).toBeGreaterThanOrEqual(30);
}, 120_000);

describe("what exceljs would lose or repeat", () => {
  const input = join(dir, "own-parts.xlsx");
  const extra = "customXml/item1.xml";
  const extraText = '<?xml version="1.0"?><budget xmlns="urn:example:agency">機關自有資料 & more</budget>'.replace(
    "&",
    "&amp;",
  );

  beforeAll(() => {
    // A part exceljs does not know (an agency's custom XML), added to a fixture's package.
    const pkg = new Package(readFileSync(join(FIXTURES, "kpi-report-107.xlsx")), NODE_CODEC);
    pkg.set(extra, extraText);
    writeFileSync(input, pkg.bytes());
  });

  test("a user's own parts come back byte for byte, and the user's cells are not rewritten", async () => {
    const before = zipEntries(readFileSync(input), { inflateRaw: (d) => inflateRawSync(d) });
    const workbook = await XlsxWorkbook.fromFile(input);
    await writeReport(workbook);
    const bytes = await packageBytes(workbook);
    const after = zipEntries(bytes, { inflateRaw: (d) => inflateRawSync(d) });
    expect(after.text(extra)).toBe(extraText);
    // Copied as stored: the same compressed bytes, not inflated and deflated again.
    expect(Buffer.from(after.raw(extra)!.data)).toEqual(Buffer.from(before.raw(extra)!.data));
    const userSheet = "xl/worksheets/sheet1.xml";
    const data = (text: string | null) => /<sheetData>[\s\S]*<\/sheetData>/.exec(text ?? "")?.[0];
    expect(data(after.text(userSheet))).toBe(data(before.text(userSheet)));
  });

  test("a re-run replaces the report in place: one report sheet, its old tables gone, ids and names unique", async () => {
    const first = await XlsxWorkbook.fromFile(input);
    await writeReport(first);
    const once = join(dir, "once.xlsx");
    writeFileSync(once, await packageBytes(first));
    const second = await XlsxWorkbook.fromFile(once);
    await writeReport(second);
    const bytes = await packageBytes(second);
    const parts = partsOf(bytes);
    expect(contentOf(bytes).sheets).toEqual(contentOf(readFileSync(once)).sheets);
    const tables = [...parts].filter(([n]) => n.startsWith("xl/tables/")).map(([, xml]) => xml);
    expect(tables).toHaveLength([...partsOf(readFileSync(once))].filter(([n]) => n.startsWith("xl/tables/")).length);
    const ids = tables.map((xml) => /<table\b[^>]*\sid="(\d+)"/.exec(xml)?.[1]);
    const names = tables.map((xml) => /<table\b[^>]*\sname="([^"]*)"/.exec(xml)?.[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
    // No part left behind that nothing points at, and the rules are not added twice.
    const types = parts.get("[Content_Types].xml") ?? "";
    for (const name of parts.keys())
      if (/^xl\/(tables|charts|drawings)\/[^/]+\.xml$/.test(name)) expect(types).toContain(`PartName="/${name}"`);
    for (const m of types.matchAll(/PartName="\/([^"]*)"/g)) expect(parts.has(m[1]!)).toBe(true);
    expect(rulesOf(bytes)).toEqual(rulesOf(readFileSync(once)));
    expect(openFast(bytes)?.definedName(REPORT_MARKER)).toBe("'績效報告'!$A$1");
  });

  test("every part written is well-formed XML (xmllint)", async () => {
    const workbook = await XlsxWorkbook.fromFile(input);
    await writeReport(workbook);
    const parts = partsOf(await packageBytes(workbook));
    let checked = 0;
    for (const [name, xml] of parts) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const file = join(dir, "part.xml");
      writeFileSync(file, xml);
      expect(() => execFileSync("xmllint", ["--noout", file], { stdio: "pipe" })).not.toThrow();
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});

/** Every note of a workbook, as exceljs reads them: sheet!cell → text. */
async function notesOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Record<string, string> = {};
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const note = cell.note as string | { texts?: Array<{ text: string }> } | undefined;
        if (note === undefined) return;
        out[`${sheet.name}!${cell.address}`] =
          typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
      }),
    );
  return out;
}

describe.each(fixtures)("review of %s", (file) => {
  test("the same notes and findings sheet as through exceljs", async () => {
    const { direct, excel } = await bothWays(join(FIXTURES, file), (w) => writeReview(w, "zh-TW"));
    expect(contentOf(direct)).toEqual(contentOf(excel));
    expect(await notesOf(direct)).toEqual(await notesOf(excel));
  });
});

test("review: a person's note is kept, a re-run replaces the add-in's notes and adds none twice", async () => {
  const input = join(dir, "person.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(FIXTURES, "budget-performance-100.xlsx"));
  // F7 is a finding's cell (its reported 達成度 is wrong): a person's note there stays.
  workbook.worksheets[0]!.getCell("F7").note = "主計處：已請業務單位確認";
  await workbook.xlsx.writeFile(input);
  const once = await XlsxWorkbook.fromFile(input);
  const first = await writeReview(once, "zh-TW");
  expect(once.storedPackage()).not.toBeNull();
  expect(first.applied.skippedNotes?.map((n) => n.cell)).toEqual(["F7"]);
  const path = join(dir, "person-once.xlsx");
  writeFileSync(path, await packageBytes(once));
  const twice = await XlsxWorkbook.fromFile(path);
  await writeReview(twice, "zh-TW");
  const notes = await notesOf(await packageBytes(twice));
  const sheet = workbook.worksheets[0]!.name;
  expect(notes[`${sheet}!F7`]).toBe("主計處：已請業務單位確認");
  const ours = Object.entries(notes).filter(([, text]) => text.startsWith("[績效指標助手]"));
  expect(ours.map(([cell]) => cell).sort()).toEqual(
    (first.plan.notes ?? [])
      .filter((n) => n.cell !== "F7")
      .map((n) => `${n.sheet}!${n.cell}`)
      .sort(),
  );
  expect(ours.length).toBeGreaterThan(0);
  // A legacy drawing per commented sheet, its boxes one per note.
  const parts = partsOf(await packageBytes(twice));
  const vml = [...parts].filter(([n]) => n.endsWith(".vml")).map(([, x]) => x);
  expect(vml).toHaveLength(1);
  expect(vml[0]!.match(/ObjectType="Note"/g)).toHaveLength(ours.length + 1);
});

test.each([
  ["zh-TW", "[績效指標助手]", "績效指標助手"],
  ["en", "[Indicators add-in]", "Indicators add-in"],
] as const)(
  "review in %s: the add-in's notes name the add-in as author, a person's note keeps its own",
  async (language, tag, name) => {
    const input = join(dir, `author-${language}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(FIXTURES, "budget-performance-100.xlsx"));
    workbook.worksheets[0]!.getCell("F7").note = "主計處：已請業務單位確認";
    await workbook.xlsx.writeFile(input);
    const book = await XlsxWorkbook.fromFile(input);
    await writeReview(book, language);
    const comments = [...partsOf(await packageBytes(book))]
      .filter(([n]) => /comments\d*\.xml$/.test(n))
      .map(([, x]) => x);
    expect(comments).toHaveLength(1);
    const xml = comments[0]!;
    const authors = [...xml.matchAll(/<author>([^<]*)<\/author>/g)].map((m) => m[1]);
    const byAuthor = [...xml.matchAll(/<comment ref="([A-Z]+\d+)" authorId="(\d+)"[\s\S]*?<\/comment>/g)].map((m) => ({
      cell: m[1],
      author: authors[Number(m[2])],
      ours: m[0].includes(tag),
    }));
    expect(byAuthor.filter((c) => c.ours).length).toBeGreaterThan(0);
    for (const c of byAuthor.filter((c) => c.ours)) expect(c.author).toBe(name);
    // The person's note (exceljs names its author "Author") keeps the author it had.
    expect(byAuthor.find((c) => c.cell === "F7")?.author).toBe("Author");
  },
);
