/**
 * Issue 22: every file the package writer writes opens in Excel without a repair prompt, whatever
 * the user's workbook holds. Over workbooks Excel (and LibreOffice) wrote — ../shared/excel-corpus:
 * all of user-style/ and all 54 of sheetjs/ with a small indicator sheet added where it has none —
 * every write command and the chains report → review → report, settings → report and a re-run, in
 * both languages:
 *
 * - every part the product wrote or changed is valid against the ECMA-376 Transitional schemas
 *   (xmllint, after markup-compatibility preprocessing: test/support/ooxml-check.ts);
 * - every added table name is unique against the workbook's tables and defined names, ignoring case;
 * - the user's sheets' <sheetData> are byte for byte what they were;
 * - every part of the user's is still there, and those the writer never edits are byte for byte kept.
 *
 * A workbook the product does not write is refused in words and left as it was (REFUSED below).
 * Every output of a workbook is checked by one xmllint run per schema (validatePackages).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { errorText } from "../../src/messages";
import { DEFAULT_REPORT_REQUEST, writeReport } from "../../src/usecases/report";
import { writeReview } from "../../src/usecases/review";
import { writeSettingsSheet } from "../../src/usecases/settings";
import { writeTargetDrafts } from "../../src/usecases/targets";
import { SpreadsheetPart } from "../../src/xlsx/direct/part-xml";
import { packageBytes } from "../../src/xlsx/save-workbook";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { withIndicatorSheet } from "../support/indicator-sheet";
import { packageParts, validatePackages, type PackageToCheck } from "../support/ooxml-check";

const CORPUS = join(__dirname, "..", "..", "..", "shared", "excel-corpus");
const dir = mkdtempSync(join(tmpdir(), "writer-corpus-"));

type Command = "report" | "review" | "targets" | "settings";
type Language = "zh-TW" | "en";
const RUN: Record<Command, (w: XlsxWorkbook, language: Language) => Promise<unknown>> = {
  report: (w, language) => writeReport(w, { ...DEFAULT_REPORT_REQUEST, language }),
  review: (w, language) => writeReview(w, language),
  targets: (w, language) => writeTargetDrafts(w, { method: "trend", stretch: 0.05, language }),
  settings: (w, language) => writeSettingsSheet(w, language),
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

/**
 * Workbooks of the corpus the product does not write, each refused with its reason in both
 * languages and nothing written: a Strict Open XML workbook (read, not written), and one whose
 * 57 MB sheet inflates more than 100:1 (the hostile-input limit, src/xlsx/fast/zip-entries.ts).
 */
const REFUSED: Readonly<Record<string, string>> = {
  "sheet_visibility_strict.xlsx": "STRICT_NOT_WRITTEN",
  "large_strings.xlsx": "ZIP_RATIO",
};

/**
 * Refusals a command may give on a workbook where the others write: wtf_path's sheet is protected,
 * so the review's notes on it are refused (its workbook part is wtf/workbook.xml: the rest is written).
 */
const MAY_REFUSE: Readonly<Record<string, { readonly command: Command; readonly code: string }>> = {
  "wtf_path.xlsx": { command: "review", code: "SHEET_PROTECTED" },
};

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

/** The workbook part, where the package's relationships put it (xl/workbook.xml as Excel names it). */
function bookPartOf(parts: Map<string, Uint8Array>): string {
  const rels = new TextDecoder().decode(parts.get("_rels/.rels") ?? new Uint8Array(0));
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => /\/officeDocument"/.test(r));
  return /Target="\/?([^"]+)"/.exec(rel ?? "")?.[1] ?? "xl/workbook.xml";
}

/** Names of tables and defined names that collide, ignoring case (a defined name per scope). */
export function nameCollisions(bytes: Uint8Array): string[] {
  const parts = packageParts(bytes);
  const text = (name: string): string => new TextDecoder().decode(parts.get(name) ?? new Uint8Array(0));
  const tables: string[] = [];
  for (const name of parts.keys()) {
    if (!/^[^/]+\/tables\/[^/]+\.xml$/.test(name)) continue;
    const root = SpreadsheetPart.parse(text(name)).root;
    tables.push((root.attributes.displayName ?? root.attributes.name ?? "").toLowerCase());
  }
  const book = SpreadsheetPart.parse(text(bookPartOf(parts)));
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
  const book = SpreadsheetPart.parse(new TextDecoder().decode(parts.get(bookPartOf(parts)) ?? new Uint8Array(0)));
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
  /^(\[Content_Types\]\.xml|.*\.rels|[^/]+\/workbook\.xml|[^/]+\/styles\.xml|[^/]+\/sharedStrings\.xml|[^/]+\/worksheets\/[^/]+\.xml|[^/]+\/comments[^/]*\.xml|[^/]+\/drawings\/vmlDrawing[^/]*\.vml|docProps\/app\.xml)$/;

interface Outcome {
  readonly outputs: PackageToCheck[];
  readonly problems: string[];
}

async function runChain(
  label: string,
  input: Uint8Array,
  chain: readonly Command[],
  language: Language,
): Promise<Outcome> {
  let bytes = input;
  const outputs: PackageToCheck[] = [];
  const problems: string[] = [];
  const refusal = REFUSED[label];
  for (const [step, command] of chain.entries()) {
    const path = join(dir, `${label}-${language}-${chain.join("-")}-${step}.xlsx`);
    writeFileSync(path, bytes);
    let workbook: XlsxWorkbook | null = null;
    try {
      workbook = await XlsxWorkbook.fromFile(path);
      await RUN[command](workbook, language);
    } catch (error) {
      const code = (error as { code?: string }).code;
      // Drafts need indicators with periods; a table of one period has none to draft (nothing written).
      if (command === "targets" && code === "NO_HISTORY") continue;
      const may = MAY_REFUSE[label];
      const allowed = code === refusal || (may !== undefined && may.command === command && may.code === code);
      if (!allowed) throw error;
      // Refused as it should be: worded in each language, with nothing written.
      const zh = errorText(error, "zh-TW");
      const en = errorText(error, "en");
      if (
        !/[\u4e00-\u9fff]/.test(zh) ||
        /[\u4e00-\u9fff]/.test(en.replace(/“[^”]*”|"[^"]*"/g, "")) ||
        !/[A-Za-z]{3}/.test(en)
      )
        problems.push(`${command}: refusal not worded in each language: ${zh} | ${en}`);
      if (workbook !== null && !Buffer.from(workbook.storedPackage()).equals(Buffer.from(bytes)))
        problems.push(`${command}: refused but changed`);
      return { outputs, problems };
    }
    if (refusal !== undefined) problems.push(`${command}: written, though ${refusal} was expected`);
    const out = new Uint8Array(await packageBytes(workbook));
    outputs.push({ output: out, input: bytes, label: `${label} ${language} ${chain.slice(0, step + 1).join("→")}` });
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
    if (/^[^/]+\/worksheets\/[^/]+\.xml$/.test(part)) {
      const data = sheetDataOf(decode(old));
      if (data !== null && sheetDataOf(decode(now)) !== data) problems.push(`${part}: sheetData changed`);
    } else if (!EDITED.test(part) && !Buffer.from(old).equals(Buffer.from(now))) problems.push(`${part} changed`);
  }
  return { outputs, problems };
}

/** Every chain in both languages over one workbook; its outputs validated together. */
async function everyChain(
  label: string,
  input: Uint8Array,
  english: readonly (readonly Command[])[],
): Promise<string[]> {
  const found: string[] = [];
  const outputs: PackageToCheck[] = [];
  for (const [language, chains] of [
    ["zh-TW", CHAINS],
    ["en", english],
  ] as const) {
    for (const chain of chains) {
      const outcome = await runChain(label, input, chain, language);
      outputs.push(...outcome.outputs);
      found.push(...outcome.problems.map((p) => `${language} ${chain.join("→")} ${p}`));
    }
  }
  const { errors, checked } = validatePackages(outputs);
  totals.outputs += outputs.length;
  totals.parts += checked.length;
  found.push(...errors.map((e) => `${e.part}${e.message}`));
  return [...new Set(found)];
}

const totals = { outputs: 0, parts: 0 };

const userStyle = readdirSync(join(CORPUS, "user-style")).filter((f) => /\.xlsx$/.test(f));

describe("the package writer over workbooks Excel wrote (issue 22)", () => {
  test.each(userStyle)(
    "user-style/%s: every command and chain in both languages valid, names unique, cells and parts kept",
    async (file) => {
      const input = readFileSync(join(CORPUS, "user-style", file));
      expect(await everyChain(file, input, CHAINS)).toEqual([]);
    },
  );

  const sheetjs = readdirSync(join(CORPUS, "sheetjs")).filter((f) => /\.xls[xm]$/.test(f));
  // 53 workbooks and the LICENSE: the 54 entries of the folder.
  test("the whole sheetjs corpus is here", () => expect(sheetjs).toHaveLength(53));
  test.each(sheetjs)(
    "sheetjs/%s with an indicator sheet: every command in both languages valid, names unique, parts kept",
    async (file) => {
      const original = readFileSync(join(CORPUS, "sheetjs", file));
      // A package past a reading limit takes no sheet either: it goes in as it is, to be refused.
      const input = REFUSED[file] === "ZIP_RATIO" ? original : withIndicatorSheet(original);
      // English: each command alone and the review chain (zh-TW runs them all).
      const english = CHAINS.slice(0, 5);
      expect(await everyChain(file, input, english)).toEqual([]);
    },
  );

  afterAll(() => {
    // The counts the report quotes.
    process.stdout.write(`writer corpus: ${totals.outputs} outputs, ${totals.parts} parts validated\n`);
  });
});
