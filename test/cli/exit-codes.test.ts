/** The built `indicators` binary: exit 0 when read, exit 2 with one line and no stack trace otherwise. */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync, copyFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeXlsx } from "../support/workbook-spec";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "dist", "lib", "cli", "main.js");
const tmp = mkdtempSync(join(tmpdir(), "cli-"));

beforeAll(() => {
  const build = spawnSync(join(ROOT, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.cli.json"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(build.stdout + build.stderr);
}, 120_000);

function run(...args: string[]) {
  const result = spawnSync("node", [BIN, ...args], { encoding: "utf8" });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function expectOneLineError(result: ReturnType<typeof run>, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.out).toBe("");
  const lines = result.err.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.err).not.toMatch(/\n\s+at /);
}

test("a fixture reads: exit 0, a readable table, and JSON with --json", () => {
  const table = run("analyze", join(ROOT, "samples", "kpi-report-107.xlsx"));
  expect(table.code).toBe(0);
  expect(table.out).toMatch(/提升新住民及其子女培力人數\s+107\s+3,287\s+3,182\s+96\.81%/);
  const json = run("analyze", join(ROOT, "samples", "kpi-report-107.xlsx"), "--json", "--sheet", "關鍵績效指標");
  expect(json.code).toBe(0);
  expect((JSON.parse(json.out) as { sheets: unknown[] }).sheets).toHaveLength(1);
});

test("English output with --lang en", () => {
  const result = run("analyze", join(ROOT, "samples", "budget-performance-100.xlsx"), "--lang", "en");
  expect(result.code).toBe(0);
  expect(result.out).toMatch(/Achievement/);
  expect(result.out).toMatch(/Reported figure disagrees .*reports 1,061\.00% achievement/);
});

test("a missing file", () => {
  expectOneLineError(run("analyze", join(tmp, "nope.xlsx")), /找不到檔案/);
  expectOneLineError(run("analyze", join(tmp, "nope.xlsx"), "--lang", "en"), /^indicators: No such file/);
});

test("a .csv renamed .xlsx", () => {
  const file = join(tmp, "renamed.xlsx");
  writeFileSync(file, "指標,目標值,實際值\nA,1,2\n");
  expectOneLineError(run("analyze", file, "--lang", "en"), /it is not an \.xlsx workbook/);
});

test("a truncated .xlsx", () => {
  const file = join(tmp, "truncated.xlsx");
  const bytes = readFileSync(join(ROOT, "samples", "kpi-report-107.xlsx"));
  writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
  expectOneLineError(run("analyze", file), /檔案已損壞/);
});

test("a folder with no workbook in it", () => {
  // A folder is now every workbook in it (the batch form); one with none is a usage error.
  const empty = join(tmp, "empty");
  mkdirSync(empty);
  expectOneLineError(run("analyze", empty), /資料夾/);
  expectOneLineError(run("analyze", empty, "--lang", "en"), /folder/);
});

test("a workbook with no indicator table names what was looked for", async () => {
  const file = join(tmp, "notes.xlsx");
  await writeXlsx(file, [{ name: "Notes", cells: { A1: "會議紀錄" } }]);
  expectOneLineError(run("analyze", file), /原訂目標值/);
});

test("an unknown sheet lists the sheets there are", () => {
  const file = join(tmp, "copy.xlsx");
  copyFileSync(join(ROOT, "samples", "kpi-report-107.xlsx"), file);
  expectOneLineError(run("analyze", file, "--sheet", "Nope"), /關鍵績效指標/);
});

test("usage errors", () => {
  expect(run().code).toBe(2);
  expectOneLineError(run("analyze"), /xlsx/);
  expect(run("frobnicate").code).toBe(2);
  expectOneLineError(run("analyze", "x.xlsx", "--lang", "fr"), /--lang/);
});
