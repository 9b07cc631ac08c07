/**
 * Refusals that are about the machine, not the file: a read-only output file, an input that cannot
 * be read, a full disk or read-only file system, and a LibreOffice that does not finish. Each is
 * exit 2 with its own words, never "unexpected error", and leaves nothing behind.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WorkbookWriteError } from "../../src/core";
import { errorText } from "../../src/messages";
import { writeFailure } from "../../src/xlsx/save-workbook";
import { cli } from "../cli/run-cli";
import { tableRows, tableStrings, xlsx } from "./zip";

const ROOT = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "hostile-refusals-"));
const good = join(dir, "good.xlsx");
writeFileSync(good, xlsx({ sheetBody: `<sheetData>${tableRows(3)}</sheetData>`, sharedStrings: tableStrings(3) }));

test("a read-only output file is refused, not replaced", async () => {
  const out = join(dir, "locked.xlsx");
  writeFileSync(out, "keep me");
  chmodSync(out, 0o444);
  for (const lang of ["en", "zh-TW"]) {
    const result = await cli("report", good, "-o", out, "--lang", lang);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(lang === "en" ? /the file is read-only/ : /該檔案為唯讀/);
  }
  expect(readFileSync(out, "utf8")).toBe("keep me");
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});

test("an input that cannot be read says so (exit 2), not 'unexpected error'", () => {
  const locked = join(dir, "unreadable.xlsx");
  writeFileSync(locked, readFileSync(good));
  chmodSync(locked, 0o000);
  chmodSync(dir, 0o755); // the folder can be entered, the file not read
  // root reads any file: run the command as nobody, which cannot.
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  spawnSync(join(ROOT, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.cli.json"], { cwd: ROOT });
  const result = spawnSync(
    process.execPath,
    [join(ROOT, "dist", "lib", "cli", "main.js"), "analyze", locked, "--lang", "en"],
    {
      encoding: "utf8",
      cwd: tmpdir(),
      ...asNobody,
    },
  );
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(/^indicators: Cannot read “.*unreadable\.xlsx”: permission denied \(EACCES\)/);
}, 120_000);

test.each([
  ["ENOSPC", "DISK_FULL", /no space left on the disk/, /磁碟空間不足/],
  ["EROFS", "READ_ONLY_FILESYSTEM", /its file system is read-only/, /檔案系統為唯讀/],
  ["EACCES", "NO_PERMISSION", /permission denied/, /沒有寫入權限/],
])("a write failing with %s is %s, in each language", (errno, code, en, zh) => {
  const error = writeFailure("out.pdf", Object.assign(new Error(`${errno}: failed`), { code: errno }));
  expect(error).toBeInstanceOf(WorkbookWriteError);
  expect(error.code).toBe(code);
  expect(errorText(error, "en")).toMatch(en);
  expect(errorText(error, "zh-TW")).toMatch(zh);
  expect(errorText(error, "en")).not.toMatch(/[\u4e00-\u9fff]/);
});

test("a LibreOffice that ignores SIGTERM is killed at its time limit, and the timeout says what to do", async () => {
  const pidFile = join(dir, "soffice.pid");
  const fake = join(dir, "fake-soffice");
  writeFileSync(fake, `#!/bin/sh\ntrap '' TERM\necho $$ > "${pidFile}"\nwhile true; do sleep 1; done\n`);
  chmodSync(fake, 0o755);
  const ods = join(dir, "table.ods");
  writeFileSync(ods, "not really an ods");
  const saved = { soffice: process.env.INDICATORS_SOFFICE, timeout: process.env.INDICATORS_SOFFICE_TIMEOUT };
  process.env.INDICATORS_SOFFICE = fake;
  process.env.INDICATORS_SOFFICE_TIMEOUT = "1";
  try {
    const started = Date.now();
    const result = await cli("analyze", ods, "--lang", "en");
    const seconds = (Date.now() - started) / 1000;
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /^indicators: LibreOffice did not finish converting “table\.ods” within 1 s and was stopped\. Save the file as \.xlsx/,
    );
    expect(result.err).not.toMatch(/--convert-to|UserInstallation|Command failed/);
    expect(seconds).toBeLessThan(10); // 1 s, then 3 s of grace before SIGKILL
    const pid = Number(readFileSync(pidFile, "utf8"));
    expect(() => process.kill(pid, 0)).toThrow(); // no child left running
  } finally {
    process.env.INDICATORS_SOFFICE = saved.soffice;
    if (saved.timeout === undefined) delete process.env.INDICATORS_SOFFICE_TIMEOUT;
    else process.env.INDICATORS_SOFFICE_TIMEOUT = saved.timeout;
    if (saved.soffice === undefined) delete process.env.INDICATORS_SOFFICE;
  }
  expect(existsSync(join(dir, "table.xlsx"))).toBe(false);
}, 60_000);
