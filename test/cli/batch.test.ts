/**
 * Many workbooks at once through the built command and its worker pool: a folder of agency files
 * (with a truncated one, an .xls and an .ods among them) reviews into one summary workbook, the
 * bad file is a row with its reason, and only it makes the exit code non-zero.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { findingKind } from "../../src/messages";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "dist", "lib", "cli", "main.js");
const tmp = mkdtempSync(join(tmpdir(), "batch-"));
const DIR = join(tmp, "agencies");
const FILES = 24;
const INDICATORS = 6;
/** The summary names kinds of findings in words, as the catalog does. */
const MISMATCH = findingKind({ code: "REPORTED_MISMATCH" }, "zh-TW");

/** Agency i's figures: a spread of met, near (90% and over) and behind. */
function figures(i: number, k: number): { target: number; actual: number } {
  const target = 100 + ((i * 31 + k * 17) % 400);
  const share = [1.1, 1, 0.95, 0.91, 0.85, 0.5][(i + k) % 6]!;
  return { target, actual: Math.round(target * share) };
}

function expectedLights(i: number): { green: number; yellow: number; red: number } {
  const lights = { green: 0, yellow: 0, red: 0 };
  for (let k = 0; k < INDICATORS; k++) {
    const { target, actual } = figures(i, k);
    if (actual >= target) lights.green++;
    else if (actual / target >= 0.9) lights.yellow++;
    else lights.red++;
  }
  return lights;
}

async function agencyWorkbook(i: number, path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("績效");
  sheet.addRow([`第 ${i} 機關 113 年度施政績效`]);
  sheet.addRow(["衡量指標", "單位", "原定目標值", "實際值", "達成度"]);
  for (let k = 0; k < INDICATORS; k++) {
    const { target, actual } = figures(i, k);
    // Every third agency reports its first indicator's achievement wrong: one REPORTED_MISMATCH.
    const reported = i % 3 === 0 && k === 0 ? 0.42 : Math.round((actual / target) * 10000) / 10000;
    sheet.addRow([`服務件數 ${k + 1}`, "件", target, actual, reported]).getCell(5).numFmt = "0.00%";
  }
  await book.xlsx.writeFile(path);
}

function run(...args: string[]) {
  const result = spawnSync("node", [BIN, ...args], { encoding: "utf8" });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const name = (i: number) => `agency-${String(i).padStart(3, "0")}`;

beforeAll(async () => {
  const build = spawnSync(join(ROOT, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.cli.json"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(build.stdout + build.stderr);
  mkdirSync(join(DIR, "sub"), { recursive: true });
  for (let i = 0; i < FILES; i++) await agencyWorkbook(i, join(i % 2 ? join(DIR, "sub") : DIR, `${name(i)}.xlsx`));
  // Agencies 1 and 2 as .ods and .xls (LibreOffice), in place of their .xlsx.
  const convert = (format: string, i: number) => {
    const from = join(DIR, i % 2 ? "sub" : "", `${name(i)}.xlsx`);
    const work = join(tmp, format);
    execFileSync("soffice", ["--headless", "--convert-to", format, "--outdir", work, from], {
      stdio: "pipe",
      env: { ...process.env, HOME: tmp },
    });
    renameSync(join(work, `${name(i)}.${format}`), from.replace(/xlsx$/, format));
    renameSync(from, join(tmp, `${name(i)}.xlsx`));
  };
  convert("ods", 1);
  convert("xls", 2);
  writeFileSync(join(DIR, "readme.txt"), "not a workbook");
}, 180_000);

test("review DIR -o SUMMARY.xlsx: a row per file, the truncated one with its reason; exit 2 only because of it", async () => {
  const bytes = readFileSync(join(tmp, `${name(2)}.xlsx`));
  writeFileSync(join(DIR, "truncated.xlsx"), bytes.subarray(0, bytes.length >> 1));
  const summary = join(tmp, "summary.xlsx");
  const result = run("review", DIR, "-o", summary);
  expect(result.code).toBe(2);
  const errors = result.err.trimEnd().split("\n");
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/truncated\.xlsx.*檔案已損壞/);
  expect(result.err).not.toMatch(/\r|\[#/); // no progress bar when stderr is not a terminal

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(summary);
  const sheet = book.getWorksheet("彙整")!;
  const head = (sheet.getRow(3).values as unknown[]).slice(1);
  const col = (label: string) => head.indexOf(label) + 1;
  const rows = new Map<string, ExcelJS.Row>();
  for (let r = 4; r <= sheet.rowCount; r++) rows.set(sheet.getRow(r).getCell(1).text, sheet.getRow(r));
  expect(rows.size).toBe(FILES + 1);

  const bad = [...rows.entries()].find(([file]) => file.endsWith("truncated.xlsx"))![1];
  expect(bad.getCell(col("無法讀取之原因")).text).toMatch(/檔案已損壞/);
  expect(bad.getCell(col("指標數")).value).toBeNull();

  for (let i = 0; i < FILES; i++) {
    const ext = i === 1 ? "ods" : i === 2 ? "xls" : "xlsx";
    const entry = [...rows.entries()].find(([file]) => file.endsWith(`${name(i)}.${ext}`));
    expect(entry).toBeDefined();
    const row = entry![1];
    const lights = expectedLights(i);
    expect(row.getCell(col("機關／標題")).value).toBe(`第 ${i} 機關 113 年度施政績效`);
    expect(row.getCell(col("指標數")).value).toBe(INDICATORS);
    expect(row.getCell(col("★ 達成")).value).toBe(lights.green);
    expect(row.getCell(col("▲ 接近")).value).toBe(lights.yellow);
    expect(row.getCell(col("● 落後")).value).toBe(lights.red);
    expect(row.getCell(col("達成比率")).value).toBeCloseTo(lights.green / INDICATORS, 12);
    expect(row.getCell(col(MISMATCH)).value).toBe(i % 3 === 0 ? 1 : 0);
    // The link names a sheet that exists and lists the file's findings.
    const link = row.getCell(col("明細")).value as ExcelJS.CellFormulaValue;
    const target = /#'((?:[^']|'')+)'!A1/.exec(link.formula)![1]!.replace(/''/g, "'");
    const details = book.getWorksheet(target)!;
    expect(details.getCell("A2").value).toBe(entry![0]);
    const codes = details.getColumn(3).values.slice(5);
    expect(codes.filter((c) => c === MISMATCH)).toHaveLength(i % 3 === 0 ? 1 : 0);
  }
}, 180_000);

test("the same folder without the bad file exits 0", () => {
  renameSync(join(DIR, "truncated.xlsx"), join(tmp, "truncated.xlsx"));
  const result = run("review", DIR, "-o", join(tmp, "clean.ods"), "--lang", "en", "--jobs", "2");
  expect(result.err).toBe("");
  expect(result.code).toBe(0);
  expect(result.out).toMatch(new RegExp(`Wrote .*clean\\.ods: ${FILES} files\\.`));
  renameSync(join(tmp, "truncated.xlsx"), join(DIR, "truncated.xlsx"));
}, 180_000);

test("analyze FILES --ndjson: one JSON line per workbook, an error line for the bad one, and the run goes on", () => {
  const result = run("analyze", DIR, join(tmp, "missing.xlsx"), "--ndjson");
  expect(result.code).toBe(2);
  const lines = result.out
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as { file: string; error?: unknown; sheets?: unknown[] });
  expect(lines).toHaveLength(FILES + 2);
  const failed = lines.filter((l) => l.error).map((l) => l.file.split("/").pop());
  expect(failed.sort()).toEqual(["missing.xlsx", "truncated.xlsx"]);
  for (const line of lines.filter((l) => !l.error)) expect(line.sheets).toHaveLength(1);

  // Shards of --ndjson (from other machines: docs/scale.md) merge into the same summary as the folder.
  const shard = join(tmp, "shard.ndjson");
  writeFileSync(shard, result.out);
  const merged = run("review", shard, "-o", join(tmp, "merged.xlsx"));
  expect(merged.code).toBe(2); // the shard's error lines are failures too
  const rowsOf = async (file: string) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet("彙整")!;
    const rows = new Map<string, string>();
    for (let r = 4; r <= sheet.rowCount; r++)
      rows.set(sheet.getRow(r).getCell(1).text, JSON.stringify(sheet.getRow(r).values));
    return rows;
  };
  return Promise.all([rowsOf(join(tmp, "merged.xlsx")), rowsOf(join(tmp, "summary.xlsx"))]).then(([a, b]) => {
    expect(a.size).toBe(FILES + 2);
    let compared = 0;
    for (const [file, row] of b)
      if (!file.endsWith("truncated.xlsx")) {
        expect(a.get(file)).toBe(row);
        compared++;
      }
    expect(compared).toBe(FILES);
  });
}, 180_000);
