import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { basename, delimiter, dirname, join } from "node:path";
import { WorkbookReadError, WorkbookWriteError } from "../core";
import { readRefusal } from "../messages/refusals";

/**
 * LibreOffice headless as the converter at the edge: .ods and .xls become .xlsx for the exceljs
 * adapter, and a written .xlsx becomes .ods or .pdf. Chosen over a JavaScript ODS parser because the
 * one widely used (SheetJS, npm 0.18.5) is unmaintained there with known vulnerabilities on untrusted
 * input, and LibreOffice keeps formulas, conditional formats, notes and charts across the formats.
 */

/** Recalculate on load, for .xlsx and .ods alike, so converted figures are LibreOffice's own. */
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const CANDIDATES = [
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
];

/** INDICATORS_SOFFICE, else soffice or libreoffice on PATH, else the usual install places. */
export function findSoffice(): string | null {
  const fromEnv = process.env.INDICATORS_SOFFICE;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const names = process.platform === "win32" ? ["soffice.exe"] : ["soffice", "libreoffice"];
  for (const dir of (process.env.PATH ?? "").split(delimiter))
    for (const name of names) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export type Target = "xlsx" | "ods" | "pdf";

const FILTERS: Readonly<Record<Target, string>> = {
  xlsx: "xlsx:Calc MS Excel 2007 XML",
  ods: "ods:calc8",
  pdf: "pdf:calc_pdf_Export",
};

/** How long a conversion may take and who hears that it is still going. */
export interface ConvertOptions {
  /** Milliseconds before LibreOffice is stopped; by default a minute, and ten seconds a file. */
  readonly timeoutMs?: number;
  /** Called every `everyMs` while LibreOffice works, with the seconds so far. */
  readonly onWait?: (seconds: number) => void;
  readonly everyMs?: number;
}

/**
 * Converts every input into `outDir` (file names keep their stem, the extension becomes `to`) in one
 * LibreOffice start, with a private profile so that parallel runs do not share a lock.
 * Resolves with the paths that were written; the caller checks each one it needs. A written
 * format (.ods, .pdf) that fails says so in the language's words, never with LibreOffice's command line.
 */
export async function convertAll(
  inputs: readonly string[],
  to: Target,
  outDir: string,
  options: ConvertOptions = {},
): Promise<void> {
  const soffice = findSoffice();
  if (soffice === null) throw new WorkbookReadError("NO_CONVERTER", { what: `.${to}` });
  const profile = mkdtempSync(join(tmpdir(), "indicators-lo-"));
  const timeout = options.timeoutMs ?? timeoutFor(inputs, to);
  const started = Date.now();
  const ticker =
    options.onWait === undefined
      ? null
      : setInterval(() => options.onWait?.(Math.round((Date.now() - started) / 1000)), options.everyMs ?? 15_000);
  try {
    const template = templateProfile();
    if (template !== null && existsSync(join(template, "user"))) cpSync(template, profile, { recursive: true });
    else {
      mkdirSync(join(profile, "user"), { recursive: true });
      writeFileSync(join(profile, "user", "registrymodifications.xcu"), PROFILE);
    }
    mkdirSync(outDir, { recursive: true });
    const args = [
      `-env:UserInstallation=file://${profile.replace(/\\/g, "/")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      FILTERS[to],
      "--outdir",
      outDir,
    ];
    for (const input of inputs) args.push(input);
    const named =
      inputs.length === 1 ? basename(inputs[0] ?? "") : `${basename(inputs[0] ?? "")} (+${inputs.length - 1})`;
    const outcome = await runBounded(soffice, args, timeout);
    if (to === "xlsx") {
      if (outcome.timedOut) throw readRefusal("converterTimeout", { file: named, seconds: outcome.seconds });
      if (outcome.status !== 0)
        throw readRefusal("converterFailed", { file: named, status: outcome.status ?? outcome.signal ?? "?" });
    } else if (outcome.timedOut || outcome.status !== 0) {
      // What failed and what to do, in the command's language at the edge; never a command line.
      const params = { format: `.${to}`, seconds: outcome.seconds };
      throw outcome.timedOut
        ? new WorkbookWriteError("CONVERT_TIMEOUT", params, { key: "convert.timeout" })
        : new WorkbookWriteError("CONVERT_FAILED", params, { key: "convert.failed" });
    }
    if (template !== null && !existsSync(template)) keepAsTemplate(profile, template);
  } finally {
    if (ticker !== null) clearInterval(ticker);
    rmSync(profile, { recursive: true, force: true });
  }
}

/** After SIGTERM, how long LibreOffice has to stop before SIGKILL. */
export const KILL_GRACE_MS = 3_000;

/**
 * How long one LibreOffice start may take: INDICATORS_SOFFICE_TIMEOUT seconds, else 120 s, 10 s a
 * file and a second per 50 KB (a PDF of 20,000 indicators takes LibreOffice over two minutes).
 */
export function timeoutFor(inputs: readonly string[], to: Target): number {
  const fromEnv = Number(process.env.INDICATORS_SOFFICE_TIMEOUT);
  if (Number.isFinite(fromEnv) && fromEnv > 0) return fromEnv * 1000;
  let bytes = 0;
  for (const input of inputs) {
    try {
      bytes += statSync(input).size;
    } catch {
      // counted as nothing
    }
  }
  return (120 + 10 * inputs.length + Math.ceil(bytes / 50_000) * (to === "pdf" ? 2 : 1)) * 1000;
}

/**
 * Runs a child in a process group of its own (soffice starts soffice.bin under it) with a time
 * limit: past it the group gets SIGTERM, then SIGKILL after KILL_GRACE_MS, so no child is left
 * running and a child that ignores SIGTERM cannot hang the command. Its output is not kept.
 */
export function runBounded(
  command: string,
  args: readonly string[],
  timeoutMs: number,
): Promise<{ status: number | null; signal: string | null; timedOut: boolean; seconds: number }> {
  return new Promise((resolve, reject) => {
    const group = process.platform !== "win32";
    const child = spawn(command, args, { stdio: "ignore", detached: group, windowsHide: true });
    let timedOut = false;
    let killer: NodeJS.Timeout | undefined;
    const signal = (name: NodeJS.Signals) => {
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, name);
        else child.kill(name);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      signal("SIGTERM");
      killer = setTimeout(() => signal("SIGKILL"), KILL_GRACE_MS);
    }, timeoutMs);
    // The command exiting (Ctrl-C, an error elsewhere) takes the converter with it.
    const onExit = () => signal("SIGKILL");
    process.once("exit", onExit);
    child.once("error", (error) => {
      clearTimeout(timer);
      process.removeListener("exit", onExit);
      reject(error);
    });
    child.once("close", (status, sig) => {
      clearTimeout(timer);
      if (killer !== undefined) clearTimeout(killer);
      process.removeListener("exit", onExit);
      // Whatever the group left behind (a soffice.bin the launcher did not wait for) goes too.
      if (group) signal("SIGKILL");
      resolve({ status, signal: sig, timedOut, seconds: Math.round(timeoutMs / 1000) });
    });
  });
}

/**
 * A first start spends seconds setting up its profile (11 s against 4 s on the bench machine):
 * the first profile is kept, in the user's own cache folder (not the shared temporary folder,
 * where another user could plant one), and each conversion starts from a copy of it.
 */
function templateProfile(): string | null {
  const cache = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), ".cache") : "");
  return cache ? join(cache, "indicators", "libreoffice-profile") : null;
}

function keepAsTemplate(profile: string, template: string): void {
  const staging = `${template}.${process.pid}.${Date.now()}`;
  try {
    mkdirSync(dirname(template), { recursive: true });
    cpSync(profile, staging, { recursive: true });
    renameSync(staging, template); // atomic: a parallel run that got there first keeps its copy
  } catch {
    rmSync(staging, { recursive: true, force: true });
  }
}
