/**
 * The hostile corpus (build-cases.ts, built here, nothing large committed) through the built
 * command in each language, each run as a user's would be capped: `node --max-old-space-size=512`
 * and a time bound. Each must end with its exit code and a first line that says what is wrong and
 * what to do in that language alone, leave its input byte for byte as it was, and leave no partial
 * output; the cases about memory stay under their peak.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeCases, type HostileCase } from "./build-cases";
import { foreignWords, saysWhatToDo, type Lang } from "./one-language";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "dist", "lib", "cli", "main.js");
const dir = mkdtempSync(join(tmpdir(), "hostile-"));
const PEAK = join(dir, "peak.js");
/** Each case's bound: the slowest (a 64 MB bomb refused, a report) take a few seconds. */
const BOUND_MS = 30_000;

let cases: Array<HostileCase & { path: string }> = [];

beforeAll(() => {
  const build = spawnSync(join(ROOT, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.cli.json"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(build.stdout + build.stderr);
  // Peak memory of the command's own program (KB), written when it exits: VmHWM, the high-water mark
  // of the address space exec gave it. maxRSS is not that: Linux carries it over from the parent at
  // fork, so under a jest worker that had grown to 147 MB every case "peaked" at 147 MB.
  writeFileSync(
    PEAK,
    `process.on("exit", () => {
      const fs = require("fs");
      let kb = process.resourceUsage().maxRSS;
      try {
        const m = /VmHWM:\\s*(\\d+)/.exec(fs.readFileSync("/proc/self/status", "utf8"));
        if (m) kb = Number(m[1]);
      } catch {}
      fs.writeFileSync(process.env.PEAK_FILE, String(kb));
    });`,
  );
  mkdirSync(join(dir, "in"));
  cases = writeCases(join(dir, "in"));
}, 120_000);

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

function run(c: HostileCase & { path: string }, lang: Lang, out: string) {
  const peakFile = join(dir, `${c.file}.${lang}.peak`);
  const args = ["--max-old-space-size=512", "-r", PEAK, BIN, c.command ?? "analyze", c.path, "--lang", lang];
  if (c.command === "report") args.push("-o", out);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, {
    encoding: "utf8",
    timeout: BOUND_MS,
    env: { ...process.env, PEAK_FILE: peakFile },
  });
  const peakMb = existsSync(peakFile) ? Number(readFileSync(peakFile, "utf8")) / 1024 : NaN;
  return { ...result, ms: Date.now() - started, peakMb };
}

test("the corpus has at least 60 cases", () => {
  expect(cases.length).toBeGreaterThanOrEqual(60);
});

/** The lines of a finished run that are the command's own words: headings and the total, or the report's line. */
function ownLines(stdout: string, command: HostileCase["command"]): string[] {
  const lines = stdout.trimEnd().split("\n");
  if (command === "report") return lines;
  return [lines[0] ?? "", lines[1] ?? "", lines[lines.length - 1] ?? ""];
}

const TOTAL: Record<Lang, (n: number) => RegExp> = {
  en: (n) => new RegExp(`^Total: ${n} indicators\\b`, "m"),
  "zh-TW": (n) => new RegExp(`^合計：指標 ${n} 項`, "m"),
};

describe.each<Lang>(["zh-TW", "en"])("--lang %s", (lang) => {
  test.each(writeCasesNames())("%s", (name) => {
    const c = cases.find((k) => k.name === name)!;
    const before = sha(c.path);
    const outDir = join(dir, "out", lang, c.file);
    mkdirSync(outDir, { recursive: true });
    const out = join(outDir, "out.xlsx");
    const result = run(c, lang, out);
    expect(result.signal).toBeNull(); // not killed at the bound, nor by V8
    expect(result.ms).toBeLessThan(BOUND_MS);
    const firstLine = result.stderr.split("\n")[0] ?? "";
    expect({ code: result.status, firstLine }).toMatchObject({ code: c.expect.code });
    expect(result.stderr).not.toMatch(/\n\s+at |unexpected error|未預期的錯誤/);
    // No file outside the package is ever read into the output (XXE, a relationship to /etc/passwd).
    expect(result.stdout + result.stderr).not.toMatch(/root:.*:0:0:/);
    if (c.expect.code === 2) {
      expect(firstLine).toMatch(/^indicators: /);
      expect(firstLine).toMatch(lang === "en" ? c.expect.message : c.expect.zh);
      expect(foreignWords(firstLine, lang, c.path)).toEqual([]);
      expect({ firstLine, saysWhatToDo: saysWhatToDo(firstLine, lang) }).toMatchObject({ saysWhatToDo: true });
      expect(result.stdout).toBe("");
    } else {
      if (c.expect.indicators !== undefined) expect(result.stdout).toMatch(TOTAL[lang](c.expect.indicators));
      for (const line of ownLines(result.stdout, c.command)) expect(foreignWords(line, lang, out)).toEqual([]);
    }
    // The input is never written; a failed report leaves nothing, a finished one its file only.
    expect(sha(c.path)).toBe(before);
    const left = readdirSync(outDir);
    if (c.command === "report") expect(left).toEqual(c.expect.code === 0 ? ["out.xlsx"] : []);
    else expect(left).toEqual([]);
    if (c.peakMb !== undefined) expect(result.peakMb).toBeLessThan(c.peakMb);
  });
});

/** The names, known before the files are written (test.each needs them when the file is loaded). */
function writeCasesNames(): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { hostileCases } = require("./build-cases") as typeof import("./build-cases");
  return hostileCases().map((c) => c.name);
}
