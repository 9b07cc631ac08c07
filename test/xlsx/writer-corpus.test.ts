/**
 * Issue 22: every file the package writer writes opens in Excel without a repair prompt, whatever
 * the user's workbook holds. Over workbooks Excel (and LibreOffice) wrote — ../shared/excel-corpus:
 * all of user-style/ and a sample of sheetjs/ with a small indicator sheet added where it has none —
 * every write command and the chains report → review → report, settings → report and a re-run:
 *
 * - every part the product wrote or changed is valid against the ECMA-376 Transitional schemas
 *   (xmllint, after markup-compatibility preprocessing: test/support/ooxml-check.ts);
 * - every added table name is unique against the workbook's tables and defined names, ignoring case;
 * - the user's sheets' <sheetData> are byte for byte what they were;
 * - every part of the user's is still there, and those the writer never edits are byte for byte kept.
 *
 * sheetjs/ sample: 12 of the 54 chosen for what they hold (comments, threaded comments, defined
 * names, pivot tables, autofilter, merged cells, macros, hyperlinks, custom properties, phonetic
 * text, smart tags, rich text), to keep this test near a minute on a shared machine.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeReport } from "../../src/usecases/report";
import { writeReview } from "../../src/usecases/review";
import { writeSettingsSheet } from "../../src/usecases/settings";
import { writeTargetDrafts } from "../../src/usecases/targets";
import { SpreadsheetPart } from "../../src/xlsx/direct/part-xml";
import { packageBytes } from "../../src/xlsx/save-workbook";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { withIndicatorSheet } from "../support/indicator-sheet";
import { packageParts, validatePackage, type SchemaError } from "../support/ooxml-check";

const CORPUS = join(__dirname, "..", "..", "..", "shared", "excel-corpus");
const dir = mkdtempSync(join(tmpdir(), "writer-corpus-"));

type Command = "report" | "review" | "targets" | "settings";
const RUN: Record<Command, (w: XlsxWorkbook) => Promise<unknown>> = {
  report: (w) => writeReport(w),
  review: (w) => writeReview(w, "zh-TW"),
  targets: (w) => writeTargetDrafts(w, { method: "trend", stretch: 0.05, language: "zh-TW" }),
  settings: (w) => writeSettingsSheet(w, "en"),
};

/** Each command alone, the chains, and a re-run. */
const CHAINS: readonly (readonly Command[])[] = [
  ["report"],
  ["review"],
  ["targets"],
  ["settings"],
  ["report", "review", "report"],
  ["settings", "report"],
  ["report", "report"],
];

const SHEETJS_SAMPLE = [
  "comments_stress_test.xlsx",
  "threaded_comments_none.xlsx",
  "defined_names_unicode.xlsx",
  "named_ranges_2011.xlsx",
  "pivot_table_named_range.xlsx",
  "AutoFilter.xlsx",
  "merge_cells.xlsx",
  "NumberFormatCondition.xlsm",
  "hyperlink_stress_test_2011.xlsx",
  "custom_properties.xlsx",
  "phonetic_text.xlsx",
  "smart_tags_2007.xlsx",
];

/** A sheet part's <sheetData> as written, or null. */
function sheetDataOf(xml: string): string | null {
  const start = /<(\w+:)?sheetData[\s/>]/.exec(xml);
  if (start === null) return null;
  const prefix = start[1] ?? "";
  const tagEnd = xml.indexOf(">", start.index);
  if (xml[tagEnd - 1] === "/") return xml.slice(start.index, tagEnd + 1);
  const close = `</${prefix}sheetData>`;
  return xml.slice(start.index, xml.indexOf(close, tagEnd) + close.length);
}

/** Names of tables and defined names that collide, ignoring case (a defined name per scope). */
export function nameCollisions(bytes: Uint8Array): string[] {
  const parts = packageParts(bytes);
  const text = (name: string): string => new TextDecoder().decode(parts.get(name) ?? new Uint8Array(0));
  const tables: string[] = [];
  for (const name of parts.keys()) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(name)) continue;
    const root = SpreadsheetPart.parse(text(name)).root;
    tables.push((root.attributes.displayName ?? root.attributes.name ?? "").toLowerCase());
  }
  const book = SpreadsheetPart.parse(text("xl/workbook.xml"));
  const block = book.child(book.root, "definedNames");
  const defined = (block === undefined ? [] : book.children(block, "definedName")).map(
    (n) => `${(n.attributes.name ?? "").toLowerCase()}@${n.attributes.localSheetId ?? ""}`,
  );
  const out: string[] = [];
  const seen = new Set<string>();
  for (const t of tables) {
    if (seen.has(t)) out.push(`table ${t} twice`);
    seen.add(t);
  }
  const definedSeen = new Set<string>();
  for (const d of defined) {
    if (definedSeen.has(d)) out.push(`defined name ${d} twice`);
    definedSeen.add(d);
    const bare = d.slice(0, d.lastIndexOf("@"));
    if (seen.has(bare)) out.push(`defined name ${bare} is also a table`);
  }
  return out;
}

/** docProps/app.xml's list of parts, where it has one, names the workbook's sheets as they are, in order. */
function staleTitles(bytes: Uint8Array): string[] {
  const parts = packageParts(bytes);
  const app = new TextDecoder().decode(parts.get("docProps/app.xml") ?? new Uint8Array(0));
  const titles = /<TitlesOfParts>([\s\S]*?)<\/TitlesOfParts>/.exec(app)?.[1];
  if (titles === undefined) return [];
  const decode = (t: string): string =>
    t
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const listed = [...titles.matchAll(/<vt:lpstr>([\s\S]*?)<\/vt:lpstr>/g)].map((m) => decode(m[1] ?? ""));
  const book = SpreadsheetPart.parse(new TextDecoder().decode(parts.get("xl/workbook.xml") ?? new Uint8Array(0)));
  const sheetsElement = book.child(book.root, "sheets");
  const sheets = (sheetsElement === undefined ? [] : book.children(sheetsElement, "sheet")).map(
    (s) => s.attributes.name ?? "",
  );
  return listed.slice(0, sheets.length).join("\u0000") === sheets.join("\u0000")
    ? []
    : [`app.xml lists ${listed.join(", ")} for sheets ${sheets.join(", ")}`];
}

/** Parts the writer may edit (as elements, or by appending); every other part is copied as stored. */
const EDITED =
  /^(\[Content_Types\]\.xml|.*\.rels|xl\/workbook\.xml|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/[^/]+\.xml|xl\/comments[^/]*\.xml|xl\/drawings\/vmlDrawing[^/]*\.vml|docProps\/app\.xml)$/;

interface Outcome {
  readonly errors: SchemaError[];
  readonly checked: number;
  readonly problems: string[];
}

async function runChain(label: string, input: Uint8Array, chain: readonly Command[]): Promise<Outcome> {
  let bytes = input;
  const errors: SchemaError[] = [];
  const problems: string[] = [];
  let checked = 0;
  for (const [step, command] of chain.entries()) {
    const path = join(dir, `${label}-${chain.join("-")}-${step}.xlsx`);
    writeFileSync(path, bytes);
    const workbook = await XlsxWorkbook.fromFile(path);
    try {
      await RUN[command](workbook);
    } catch (error) {
      // Drafts need indicators with periods; a table of one period has none to draft (nothing written).
      if (command === "targets" && (error as { code?: string }).code === "NO_HISTORY") continue;
      throw error;
    }
    if (workbook.storedPackage() === null) problems.push(`${command}: written through exceljs, not the package writer`);
    const out = new Uint8Array(await packageBytes(workbook));
    const result = validatePackage(out, bytes, `${label} ${chain.slice(0, step + 1).join("→")}`);
    errors.push(...result.errors);
    checked += result.checked.length;
    problems.push(...nameCollisions(out).map((p) => `${command}: ${p}`));
    problems.push(...staleTitles(out).map((p) => `${command}: ${p}`));
    bytes = out;
  }
  // Against the user's own workbook: sheets' cells byte for byte, parts kept.
  const before = packageParts(input);
  const after = packageParts(bytes);
  const decode = (b: Uint8Array | undefined): string => new TextDecoder().decode(b ?? new Uint8Array(0));
  for (const [part, old] of before) {
    if (part.endsWith("/") || /calcChain\.xml$/.test(part)) continue;
    const now = after.get(part);
    if (now === undefined) {
      problems.push(`${part} lost`);
      continue;
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(part)) {
      const data = sheetDataOf(decode(old));
      if (data !== null && sheetDataOf(decode(now)) !== data) problems.push(`${part}: sheetData changed`);
    } else if (!EDITED.test(part) && !Buffer.from(old).equals(Buffer.from(now))) problems.push(`${part} changed`);
  }
  return { errors, checked, problems };
}

const userStyle = readdirSync(join(CORPUS, "user-style")).filter((f) => /\.xlsx$/.test(f));

describe("the package writer over workbooks Excel wrote (issue 22)", () => {
  const totals = { outputs: 0, parts: 0 };

  test.each(userStyle)(
    "user-style/%s: every command and chain valid, names unique, cells and parts kept",
    async (file) => {
      const input = readFileSync(join(CORPUS, "user-style", file));
      const found: string[] = [];
      for (const chain of CHAINS) {
        const outcome = await runChain(file, input, chain);
        totals.outputs += chain.length;
        totals.parts += outcome.checked;
        found.push(...outcome.errors.map((e) => `${chain.join("→")} ${e.part}${e.message}`));
        found.push(...outcome.problems.map((p) => `${chain.join("→")} ${p}`));
      }
      expect([...new Set(found)]).toEqual([]);
    },
  );

  const sample = SHEETJS_SAMPLE.filter((f) => existsSync(join(CORPUS, "sheetjs", f)));
  test.each(sample)(
    "sheetjs/%s with an indicator sheet: every command valid, names unique, parts kept",
    async (file) => {
      const input = withIndicatorSheet(readFileSync(join(CORPUS, "sheetjs", file)));
      const found: string[] = [];
      for (const chain of [
        ["report"],
        ["review"],
        ["targets"],
        ["settings"],
        ["report", "review", "report"],
      ] as const) {
        const outcome = await runChain(file, input, chain);
        totals.outputs += chain.length;
        totals.parts += outcome.checked;
        found.push(...outcome.errors.map((e) => `${chain.join("→")} ${e.part}${e.message}`));
        found.push(...outcome.problems.map((p) => `${chain.join("→")} ${p}`));
      }
      expect([...new Set(found)]).toEqual([]);
    },
  );

  afterAll(() => {
    // The counts the report quotes.
    process.stdout.write(`writer corpus: ${totals.outputs} outputs, ${totals.parts} parts validated\n`);
  });
});
