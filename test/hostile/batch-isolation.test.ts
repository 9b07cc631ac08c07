/**
 * A batch of good, broken and hostile workbooks through the built command and its worker pool:
 * each failure (a refusal, damage, a worker out of memory under its heap cap) is that file's line,
 * named with its reason; the good files' results and the review summary are still written; exit 2.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { tableRows, tableStrings, xlsx, xlsxParts, zip } from "./zip";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "dist", "lib", "cli", "main.js");
const tmp = mkdtempSync(join(tmpdir(), "hostile-batch-"));
const DIR = join(tmp, "in");

const GOOD = ["good-1.xlsx", "good-2.xlsx", "good-3.xlsx"];
/** File → the words its line must hold (English). */
const FAILING: Record<string, RegExp> = {
  "truncated.xlsx": /the file is damaged/,
  "bomb.xlsx": /inflates beyond the limit of 100:1/,
  "password.xlsx": /protected by a password/,
  "letter.xlsx": /is a Word document/,
  // 150,000 indicators: past the 64 MB heap each worker is given here, so its worker dies.
  "huge.xlsx": /more than the 64 MB of memory allowed per file and was skipped/,
};

/**
 * Without --max-old-space-size on the command: that V8 flag is the process's, and the workers would
 * take it over the heap cap each is given (resourceLimits), which is what this test is about.
 */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, INDICATORS_WORKER_MB: "64" },
  });
  return { code: result.status, signal: result.signal, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  const build = spawnSync(join(ROOT, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.cli.json"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(build.stdout + build.stderr);
  mkdirSync(DIR, { recursive: true });
  const good = xlsx({ sheetBody: `<sheetData>${tableRows(3)}</sheetData>`, sharedStrings: tableStrings(3) });
  for (const name of GOOD) writeFileSync(join(DIR, name), good);
  writeFileSync(join(DIR, "truncated.xlsx"), good.subarray(0, 600));
  const parts = xlsxParts({ sheetBody: `<sheetData>${tableRows(3)}</sheetData>`, sharedStrings: tableStrings(3) });
  writeFileSync(
    join(DIR, "bomb.xlsx"),
    zip(
      parts.map((p) =>
        p.name === "xl/worksheets/sheet1.xml"
          ? { ...p, compressed: deflateRawSync(Buffer.alloc(64 << 20), { level: 9 }), statedSize: 64 << 20, crc: 0 }
          : p,
      ),
    ),
  );
  const cfb = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
  Buffer.from("EncryptedPackage\u0000", "utf16le").copy(cfb, 512);
  writeFileSync(join(DIR, "password.xlsx"), cfb);
  writeFileSync(join(DIR, "letter.xlsx"), zip([{ name: "word/document.xml", data: "<w:document/>" }]));
  writeFileSync(
    join(DIR, "huge.xlsx"),
    xlsx({ sheetBody: `<sheetData>${tableRows(150_000)}</sheetData>`, sharedStrings: tableStrings(150_000) }),
  );
}, 120_000);

test("review: the summary names every file, the failures with their reasons; exit 2", async () => {
  const out = join(tmp, "summary.xlsx");
  const result = run("review", DIR, "-o", out, "--lang", "en", "-j", "2");
  expect(result.signal).toBeNull();
  expect(result.code).toBe(2);
  expect(result.err).not.toMatch(/unexpected error|\n\s+at /);
  for (const [file, reason] of Object.entries(FAILING)) {
    const line = result.err.split("\n").find((l) => l.includes(file));
    expect(line).toMatch(reason);
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const texts: string[] = [];
  book.worksheets[0]!.eachRow((row) => texts.push(JSON.stringify(row.values)));
  for (const file of [...GOOD, ...Object.keys(FAILING)])
    expect(texts.some((t) => t.includes(basename(file, ".xlsx")))).toBe(true);
  for (const [file, reason] of Object.entries(FAILING)) {
    const row = texts.find((t) => t.includes(file));
    expect(row).toMatch(reason);
  }
  // The good files were read: a sheet of findings each (their table has none, but they are there).
  expect(book.worksheets.length).toBeGreaterThanOrEqual(1);
}, 180_000);

test("analyze --ndjson: a line per file, each failure with its code and message; exit 2", () => {
  const result = run("analyze", DIR, "--ndjson", "--lang", "en", "-j", "2");
  expect(result.signal).toBeNull();
  expect(result.code).toBe(2);
  const lines = result.out
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { file: string; sheets?: unknown[]; error?: { code: string; message: string } });
  expect(lines.map((l) => basename(l.file)).sort()).toEqual([...GOOD, ...Object.keys(FAILING)].sort());
  for (const line of lines) {
    const name = basename(line.file);
    if (GOOD.includes(name)) expect(line.sheets).toHaveLength(1);
    else {
      expect(line.error?.code).toMatch(/^[A-Z_]+$/);
      expect(line.error?.message).toMatch(FAILING[name]!);
    }
  }
  expect(lines.find((l) => l.file.endsWith("huge.xlsx"))?.error?.code).toBe("OUT_OF_MEMORY");
}, 180_000);
