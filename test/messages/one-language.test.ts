/**
 * One language per output (issue 12): what report, review and targets write in zh-TW holds no
 * English words and no raw codes, and in English no CJK, except the workbook's own names (any text
 * that stands in the source workbook, such as an indicator's name or a sheet's).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WritePlan } from "../../src/core";
import { writeReport } from "../../src/usecases/report";
import { writeReview } from "../../src/usecases/review";
import { writeTargetDrafts } from "../../src/usecases/targets";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { cli } from "../cli/run-cli";
import { tableRows, tableStrings, xlsx } from "../hostile/zip";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const FILES = ["kpi-report-107.xlsx", "budget-performance-100.xlsx", "evaluation-scorecard-110.xlsx"];
/** Excel function names a method is named by: formula words, not English prose. */
const FUNCTION_NAMES = new Set(["FORECAST.LINEAR", "RRI"]);

async function sourceTexts(path: string): Promise<string> {
  const workbook = await XlsxWorkbook.fromFile(path);
  const texts: string[] = [];
  for (const grid of await workbook.readAll()) {
    texts.push(grid.sheet);
    for (const row of grid.cells) for (const cell of row) if (cell !== null) texts.push(String(cell.value ?? ""));
  }
  return texts.join("\n");
}

function planTexts(plan: WritePlan): string[] {
  const out: string[] = [];
  for (const sheet of plan.sheets) {
    out.push(sheet.name);
    for (const range of sheet.ranges)
      for (const row of range.cells) for (const cell of row) if (cell.kind === "text") out.push(cell.text);
    for (const f of sheet.columnFormats) out.push(...[...f.numberFormat.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? ""));
    if (sheet.print) out.push(sheet.print.footer.center);
  }
  for (const note of plan.notes ?? []) out.push(note.text);
  return out;
}

/** Words of the other language that the source workbook does not itself hold. */
function foreign(texts: readonly string[], language: "zh-TW" | "en", source: string): string[] {
  const pattern =
    language === "zh-TW" ? /[A-Za-z][A-Za-z.]*[A-Za-z]/g : /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;
  const bad = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(pattern)) {
      const word = m[0];
      if (FUNCTION_NAMES.has(word) || source.includes(word)) continue;
      bad.add(word);
    }
    for (const code of t.matchAll(/\b[A-Z]+(?:_[A-Z0-9]+)+\b/g)) bad.add(code[0]);
  }
  return [...bad].sort();
}

describe.each(FILES)("%s", (file) => {
  const path = join(FIXTURES, file);
  test.each(["zh-TW", "en"] as const)("report, review and drafts in %s speak it alone", async (language) => {
    const source = await sourceTexts(path);
    const texts: string[] = [];
    const report = await writeReport(await XlsxWorkbook.fromFile(path), {
      language,
      bands: { yellowFrom: 0.9 },
      capAtOne: false,
    });
    texts.push(...planTexts(report.plan));
    texts.push(...planTexts((await writeReview(await XlsxWorkbook.fromFile(path), language)).plan));
    try {
      const drafts = await writeTargetDrafts(await XlsxWorkbook.fromFile(path), {
        method: "stretch",
        stretch: 0.05,
        language,
      });
      texts.push(...planTexts(drafts.plan));
    } catch {
      // A workbook without labelled periods has nothing to draft: that is the command's own message.
    }
    const analyzed = await cli("analyze", path, "--lang", language);
    texts.push(analyzed.out);
    expect(foreign(texts, language, source)).toEqual([]);
  });
});

/**
 * What the command line itself is written in: flags, file kinds, commands, method names, paths; and
 * the names no language translates (Excel, LibreOffice, PDF).
 */
const SYNTAX_WORDS = new Set(
  "indicators analyze report review targets settings help trend growth hold stretch zh TW en JSON error OUT.xlsx OUT.ods xlsx xlsm ods xls pdf txt Excel LibreOffice PDF".split(
    " ",
  ),
);
/** Paths (anything with a slash) and flags (-o, --yellow-from) are syntax, not words. */
const syntaxOut = (text: string): string =>
  text.replace(/\S*\/\S*/g, " ").replace(/(^|[\s(（「"'|])-{1,2}[a-z][a-z-]*/g, "$1 ");
const words = (texts: readonly string[], language: "zh-TW" | "en", source: string): string[] =>
  foreign(texts.map(syntaxOut), language, source).filter((w) => !SYNTAX_WORDS.has(w));

describe.each(FILES)("the command on %s", (file) => {
  const path = join(FIXTURES, file);
  test.each(["zh-TW", "en"] as const)(
    "every command's output, --explain and the help in %s speak it alone",
    async (language) => {
      const source = await sourceTexts(path);
      const out = mkdtempSync(join(tmpdir(), "one-language-"));
      const texts: string[] = [];
      const run = async (...argv: string[]) => {
        const result = await cli(...argv, "--lang", language);
        texts.push(result.out, result.err);
      };
      await run("analyze", path);
      await run("analyze", path, "--explain");
      for (const command of ["report", "review", "targets", "settings"])
        await run(command, path, "-o", join(out, `${command}.xlsx`));
      await run("analyze", join(out, "no-such-file.xlsx"));
      await run("report", path, "-o", join(out, "report.txt"));
      await run("analyze", path, "--yellow-from", "120%");
      await run("targets", path, "-o", join(out, "hold.xlsx"), "--method", "hold");
      for (const command of ["analyze", "report", "review", "targets", "settings"]) await run(command, "--help");
      await run("--help");
      await run("help", "targets");
      expect(words(texts, language, source)).toEqual([]);
    },
  );
});

/**
 * What a run over many files prints, and its refusals: the batch's error lines and its last line,
 * the consolidated review (its summary sheet and a sheet per file), a file that is not a workbook,
 * one with no indicator table, a package without a styles part, one the writer declines to edit
 * (its reason, in the writer's English, is not said to a Chinese reader), --settings naming a workbook
 * without a settings sheet, and commander's usage errors. The user's own words (a mistyped command)
 * are the user's, as a workbook's text is. The same files for both languages, one run after the
 * other in one process, as a long-lived caller would: nothing worded for the first may reach the
 * second (a cached refusal once did).
 */
const BATCH = mkdtempSync(join(tmpdir(), "one-language-batch-"));
const NOT_A_BOOK = join(BATCH, "not-a-book.xlsx");
const NO_TABLE = join(BATCH, "no-table.xlsx");
const NO_STYLES = join(BATCH, "no-styles.xlsx");
/** A package the writer declines to edit (its content types part is not one): refused, in words. */
const NOT_WRITABLE = join(BATCH, "odd-content-types.xlsx");
writeFileSync(NOT_A_BOOK, "%PDF-1.4 a document");
writeFileSync(
  NO_TABLE,
  xlsx({ sheetBody: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>`, sharedStrings: ["備註"] }),
);
writeFileSync(
  NO_STYLES,
  xlsx({ sheetBody: `<sheetData>${tableRows(3)}</sheetData>`, sharedStrings: tableStrings(3), noStyles: true }),
);

writeFileSync(
  NOT_WRITABLE,
  xlsx({
    sheetBody: `<sheetData>${tableRows(3)}</sheetData>`,
    sharedStrings: tableStrings(3),
    override: { "[Content_Types].xml": { data: `<?xml version="1.0"?><Types/>` } },
  }),
);

test.each(["zh-TW", "en"] as const)(
  "a batch, its summary workbook and every refusal in %s speak it alone",
  async (language) => {
    const out = mkdtempSync(join(tmpdir(), "one-language-out-"));
    const paths = FILES.map((f) => join(FIXTURES, f));
    const sources = (await Promise.all([...paths, NO_TABLE, NO_STYLES, NOT_WRITABLE].map(sourceTexts))).join("\n");
    const texts: string[] = [];
    let typed = "";
    const run = async (command: string, ...rest: string[]) => {
      typed += ` ${command} ${rest.join(" ")}`;
      const result = await cli(command, "--lang", language, ...rest);
      texts.push(result.out, result.err);
    };
    await run("analyze", ...paths, NOT_A_BOOK, NO_TABLE, "-j", "1");
    const summary = join(out, "summary.xlsx");
    await run("review", ...paths, NOT_A_BOOK, NO_TABLE, "-o", summary, "-j", "1");
    texts.push(await sourceTexts(summary));
    await run("analyze", NO_TABLE);
    await run("analyze", NOT_A_BOOK);
    await run("report", NO_STYLES, "-o", join(out, "report.xlsx"));
    await run("report", NOT_WRITABLE, "-o", join(out, "not-written.xlsx"));
    await run("analyze", paths[0]!, "--settings", NO_TABLE);
    await run("analyze", paths[0]!, "--jsn");
    await run("analyse", paths[0]!);
    await run("analyze", paths[0]!, "--sheet");
    await run("analyze", paths[0]!, "--sheet", "no-such-sheet");
    await run("targets", paths[1]!, "-o", join(out, "trend.xlsx"));
    // The runs did reach what they were meant to: the summary sheet, the batch's last line, the refusals.
    const all = texts.join("\n");
    const reached =
      language === "en"
        ? ["Summary", "Analyzed", "settings sheet", "edited safely", "--jsn"]
        : ["彙整", "已分析", "指標設定工作表", "無法安全編輯", "--jsn"];
    for (const word of reached) expect(all).toContain(word);
    expect(words(texts, language, `${sources}\n${typed}`)).toEqual([]);
  },
);

test("the test can fail: an English word in a zh-TW text is caught", () => {
  expect(foreign(["指標 Description"], "zh-TW", "")).toEqual(["Description"]);
  expect(foreign(["Target 目標值"], "en", "")).toEqual(["目標值"]);
  expect(foreign(["填報值不符 REPORTED_MISMATCH"], "zh-TW", "REPORTED")).toEqual(["MISMATCH", "REPORTED_MISMATCH"]);
  // Commander's own words in a zh-TW help, and Chinese quotes in English, are caught.
  expect(words(["用法： indicators [options] [command]"], "zh-TW", "")).toEqual(["command", "options"]);
  expect(words(["已寫入 /tmp/a.xlsx：--lang zh-TW"], "zh-TW", "")).toEqual([]);
  expect(foreign(["    B4 「104 年度」 → period"], "en", "104 年度")).toEqual(["「", "年度」"]);
});
