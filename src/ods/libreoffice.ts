import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { WorkbookReadError, WorkbookWriteError, type ReportLanguage } from "../core";
import { translate } from "../messages";

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

/** One line, in one language: what is missing and the command that installs it. */
export function installHint(what: string, language: ReportLanguage): string {
  return language === "zh-TW"
    ? `${what}需要 LibreOffice，本機找不到 soffice：請安裝（Debian/Ubuntu：sudo apt-get install -y libreoffice-calc；macOS：brew install --cask libreoffice），或另存為 .xlsx。`
    : `${what} needs LibreOffice and no soffice was found: install it (Debian/Ubuntu: sudo apt-get install -y libreoffice-calc; macOS: brew install --cask libreoffice), or save the file as .xlsx.`;
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
  language: ReportLanguage,
  options: ConvertOptions = {},
): Promise<void> {
  const soffice = findSoffice();
  if (soffice === null) throw new WorkbookReadError("NO_CONVERTER", installHint(`.${to}`, language));
  const profile = mkdtempSync(join(tmpdir(), "indicators-lo-"));
  const timeout = options.timeoutMs ?? 60_000 + 10_000 * inputs.length;
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
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [
          `-env:UserInstallation=file://${profile.replace(/\\/g, "/")}`,
          "--headless",
          "--norestore",
          "--convert-to",
          FILTERS[to],
          "--outdir",
          outDir,
          ...inputs,
        ],
        { timeout, maxBuffer: 16 << 20 },
        (error) => {
          if (!error) {
            resolve();
            return;
          }
          if (to === "xlsx") {
            reject(new Error(`soffice: ${error.message.split("\n")[0] ?? ""}`, { cause: error }));
            return;
          }
          const params = { format: `.${to}`, seconds: Math.round(timeout / 1000) };
          const stopped = Boolean(error.killed) || Boolean(error.signal);
          reject(
            new WorkbookWriteError(
              stopped ? "CONVERT_TIMEOUT" : "CONVERT_FAILED",
              translate(language, stopped ? "convert.timeout" : "convert.failed", params),
              { cause: error },
            ),
          );
        },
      );
    });
    if (template !== null && !existsSync(template)) keepAsTemplate(profile, template);
  } finally {
    if (ticker !== null) clearInterval(ticker);
    rmSync(profile, { recursive: true, force: true });
  }
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
