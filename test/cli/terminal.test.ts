/**
 * The terminal (issue 24): columns line up as the terminal draws them, workbook text never sends a
 * control character, and a reader that closes the pipe ends the command quietly.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import stringWidth from "string-width";
import type { WorkbookReport } from "../../src/core";
import { formatReport } from "../../src/cli/format-table";
import { progressBar } from "../../src/cli/progress";
import { ambiguousIsWide, terminalJson, terminalText, width } from "../../src/cli/terminal";
import { writeXlsx } from "../support/workbook-spec";
import { cli } from "./run-cli";

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "kpi-report-107.xlsx");
const tmp = mkdtempSync(join(tmpdir(), "terminal-"));

test("the ambiguous ★ ▲ ● □ — … are one column unless the locale is CJK", () => {
  expect(ambiguousIsWide({ LANG: "zh_TW.UTF-8" })).toBe(true);
  expect(ambiguousIsWide({ LC_ALL: "ja_JP.UTF-8", LANG: "en_US.UTF-8" })).toBe(true);
  expect(ambiguousIsWide({ LC_ALL: "en_US.UTF-8", LANG: "zh_TW.UTF-8" })).toBe(false);
  expect(ambiguousIsWide({ LANG: "C.UTF-8" })).toBe(false);
  expect(ambiguousIsWide({})).toBe(false);
  expect(width("★▲●□—…", false)).toBe(6);
  expect(width("★▲●□—…", true)).toBe(12);
  // CJK is two columns on every terminal.
  expect(width("達成度", false)).toBe(6);
});

/** Where each column after the first starts, in the columns the terminal draws. */
function columnStarts(line: string, ambiguousIsNarrow: boolean): number[] {
  const starts: number[] = [];
  for (const m of line.matchAll(/ {2,}(?=\S)/g)) {
    const at = (m.index ?? 0) + m[0].length;
    starts.push(stringWidth(line.slice(0, at), { ambiguousIsNarrow }));
  }
  return starts;
}

test.each([
  ["an English or Windows terminal", false],
  ["a CJK terminal", true],
])("the table lines up on %s, in both languages", async (_, wide) => {
  const report = JSON.parse((await cli("analyze", SAMPLE, "--json")).out) as WorkbookReport;
  for (const lang of ["zh-TW", "en"] as const) {
    const lines = formatReport(report, lang, wide).split("\n");
    const table = lines.slice(1, lines.indexOf(""));
    expect(table.length).toBeGreaterThan(3);
    const starts = table.map((line) => columnStarts(line, !wide));
    // Every row has its eight columns starting where the header's do.
    for (const row of starts) expect(row).toEqual(starts[0]);
    expect(starts[0]).toHaveLength(7);
  }
});

test("the locale decides for the command: LANG=en_US lines ★ and — up as one column", async () => {
  const saved = { LC_ALL: process.env.LC_ALL, LANG: process.env.LANG };
  try {
    process.env.LC_ALL = "en_US.UTF-8";
    const lines = (await cli("analyze", SAMPLE)).out.split("\n");
    const table = lines.slice(1, lines.indexOf(""));
    const starts = table.map((line) => columnStarts(line, true));
    for (const row of starts) expect(row).toEqual(starts[0]);
  } finally {
    if (saved.LC_ALL === undefined) delete process.env.LC_ALL;
    else process.env.LC_ALL = saved.LC_ALL;
  }
});

test("control characters are shown as their codes, line breaks as spaces", () => {
  expect(terminalText("a\u001b[2Jb\u0007c\td\ne\u202e")).toBe("a\\x1B[2Jb\\x07c d e\\u202E");
  expect(terminalText("提升人數 ★")).toBe("提升人數 ★");
});

const HOSTILE = "\u001b]0;pwned\u0007\u001b[2J";

async function hostileWorkbook(): Promise<string> {
  const path = join(tmp, "hostile.xlsx");
  await writeXlsx(path, [
    {
      name: "KPI",
      cells: {
        A1: "衡量指標",
        B1: "原定目標值",
        C1: "實際值",
        A2: `清除畫面${HOSTILE}`,
        B2: 100,
        C2: 90,
        A3: "MARKER",
        B3: 50,
        C3: "五十\u0007",
      },
    },
  ]);
  // A shared string that writes ESC and BEL as OOXML escapes (_x001B_), as Excel does.
  const zip = await JSZip.loadAsync(readFileSync(path));
  const part = Object.keys(zip.files).find((name) => /sharedStrings/.test(name));
  if (part !== undefined) {
    const xml = await zip.file(part)!.async("string");
    zip.file(part, xml.replace("MARKER", "逃逸_x001B_[2J_x0007_字元"));
  } else {
    const sheet = "xl/worksheets/sheet1.xml";
    const xml = await zip.file(sheet)!.async("string");
    zip.file(sheet, xml.replace("MARKER", "逃逸_x001B_[2J_x0007_字元"));
  }
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
  return path;
}

test("a workbook with ESC and BEL in its text prints neither: table, --explain, findings, errors", async () => {
  const path = await hostileWorkbook();
  const printed: string[] = [];
  for (const lang of ["zh-TW", "en"]) {
    const table = await cli("analyze", path, "--lang", lang);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/清除畫面/);
    printed.push(table.out, table.err);
    const explained = await cli("analyze", path, "--explain", "--lang", lang);
    printed.push(explained.out, explained.err);
    // An error line that names what it was given: a sheet that is not there.
    const missing = await cli("analyze", path, "--sheet", `無此表${HOSTILE}`, "--lang", lang);
    expect(missing.code).toBe(2);
    printed.push(missing.out, missing.err);
  }
  const all = printed.join("\n");
  expect(all).toMatch(/\\x1B/);
  // eslint-disable-next-line no-control-regex -- what must never be printed
  expect(all).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
});

test("--json and --ndjson carry bidirectional overrides, zero-width marks and C1 as \\u escapes: the same values, nothing sent raw", async () => {
  const path = join(tmp, "marks.xlsx");
  // (DEL does not survive the sheet itself; C1 NEL and the marks do.)
  const name = "右至左\u202e反轉\u0085換行\u200b零寬";
  await writeXlsx(path, [
    { name: "KPI", cells: { A1: "衡量指標", B1: "原定目標值", C1: "實際值", A2: name, B2: 100, C2: 90 } },
  ]);
  for (const flag of ["--json", "--ndjson"]) {
    const result = await cli("analyze", path, flag);
    expect(result.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- what must never be printed
    expect(result.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(result.out).toMatch(/\\u202e/);
    const report = JSON.parse(result.out) as WorkbookReport;
    expect(report.sheets[0]?.indicators[0]?.name).toBe(name);
  }
  // Without such a character the JSON is JSON.stringify's, byte for byte.
  const plain = await cli("analyze", SAMPLE, "--json");
  expect(plain.out).toBe(`${JSON.stringify(JSON.parse(plain.out), null, 2)}\n`);
});

test("terminalJson escapes marks in keys too (a scorecard's dimensions key its scores), once a key is seen or not", () => {
  const value = { byDimension: { "服務\u202e品質": 3, 效率: 4 }, rows: [{ 效率: 1 }, { "服務\u202e品質": 2 }] };
  const json = terminalJson(value, 2);
  expect(json).not.toMatch(/[\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
  expect(JSON.parse(json)).toEqual(value);
  expect(terminalJson({ 效率: "ok" })).toBe(JSON.stringify({ 效率: "ok" }));
});

test("errors in a batch stand on lines of their own, not glued to the progress bar", () => {
  const written: string[] = [];
  const fake = { isTTY: true, columns: 60, write: (text: string) => written.push(text) > 0 };
  const bar = progressBar(3, fake as unknown as NodeJS.WriteStream);
  bar.tick("a.xlsx");
  bar.above(() => written.push("indicators: b.xlsx 無法讀取\n"));
  bar.tick("b.xlsx");
  bar.end();
  const screen = written.join("");
  // The error line begins at the start of a cleared line, and the bar is drawn again after it.
  // eslint-disable-next-line no-control-regex -- the bar's own clear-line code
  expect(screen).toMatch(/\r\u001b\[Kindicators: b\.xlsx 無法讀取\n\[#{8}-{16}\] 1\/3 a\.xlsx/);
});

describe("the built command", () => {
  const BIN = join(ROOT, "dist", "lib", "cli", "main.js");
  beforeAll(() => {
    const build = spawnSync(join(ROOT, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.cli.json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    if (build.status !== 0) throw new Error(build.stdout + build.stderr);
  }, 120_000);

  test("`analyze … | head -1` ends quietly with exit 0", async () => {
    // Enough output that the command is still writing when head has gone.
    const big = join(tmp, "big.xlsx");
    const cells: Record<string, string | number> = { A1: "衡量指標", B1: "原定目標值", C1: "實際值" };
    for (let r = 2; r < 6000; r++) {
      cells[`A${r}`] = `指標第 ${r} 項，名稱寫得相當長以便輸出夠多`;
      cells[`B${r}`] = 100 + r;
      cells[`C${r}`] = 90 + r;
    }
    await writeXlsx(big, [{ name: "KPI", cells }]);
    const result = spawnSync("bash", ["-c", `set -o pipefail; node "${BIN}" analyze "${big}" | head -1`], {
      encoding: "utf8",
    });
    expect(result.stdout.split("\n").filter((l) => l !== "")).toHaveLength(1);
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(result.status).toBe(0);
  }, 120_000);
});
