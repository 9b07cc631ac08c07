import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join, resolve } from "node:path";
import { InvalidOptionsError, WorkbookReadError, WorkbookWriteError, type ReportLanguage } from "../core";
import { calendarYear, translate } from "../messages";
import { convertAll, findSoffice, type Target } from "../ods/libreoffice";
import { printableCopy } from "../xlsx/pdf-copy";
import { NODE_CODEC } from "../xlsx/read-file";
import { readRefusal } from "../messages/refusals";
import { isEncryptedCompound } from "./sniff";
import { notAZip } from "../xlsx/not-a-zip";
import { refuseReadOnlyTarget, saveWorkbook, writeFailure } from "../xlsx/save-workbook";
import { XlsxWorkbook } from "../xlsx/xlsx-workbook";

export type InputKind = "xlsx" | "ods" | "xls";

const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

/** The file's first bytes (zeros past its end). */
function headOf(path: string): Buffer {
  const head = Buffer.alloc(96);
  const fd = openSync(path, "r");
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head;
}

/** By the bytes first (a renamed file is still what it is), then by the extension. */
export function kindOf(path: string): InputKind {
  const head = headOf(path);
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return "xls";
  // An ODF package starts with an uncompressed "mimetype" entry naming its type.
  if (head.toString("latin1", 30, 38) === "mimetype" && head.toString("latin1", 38, 38 + ODS_MIME.length) === ODS_MIME)
    return "ods";
  const ext = extname(path).toLowerCase();
  return ext === ".ods" ? "ods" : ext === ".xls" ? "xls" : "xlsx";
}

function checkFile(path: string | undefined): string {
  if (path === undefined) throw new InvalidOptionsError("noFile");
  if (!existsSync(path)) throw new WorkbookReadError("NO_SUCH_FILE", { path });
  if (statSync(path).isDirectory()) throw new WorkbookReadError("NOT_A_FILE", { path });
  try {
    closeSync(openSync(path, "r"));
  } catch (cause) {
    const reason = (cause as { code?: string }).code ?? String(cause);
    throw readRefusal("unreadableInput", { file: path, reason }, cause);
  }
  return path;
}

/** Converts .ods or .xls to .xlsx in a temporary folder; the caller removes the folder. */
export async function convertToXlsx(path: string): Promise<{ xlsx: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "indicators-in-"));
  const xlsx = join(dir, `${basename(path, extname(path))}.xlsx`);
  try {
    await convertAll([resolve(path)], "xlsx", dir);
  } catch (cause) {
    rmSync(dir, { recursive: true, force: true });
    throw cause;
  }
  if (!existsSync(xlsx)) {
    rmSync(dir, { recursive: true, force: true });
    throw new WorkbookReadError("CONVERT_FAILED", { path }, { key: "error.CONVERT_FAILED.read" });
  }
  return { xlsx, dir };
}

/** Opens .xlsx directly, .ods and .xls through LibreOffice; cell addresses are the file's own. */
export async function openWorkbook(path: string | undefined): Promise<XlsxWorkbook> {
  const file = checkFile(path);
  const kind = kindOf(file);
  if (kind === "xlsx") {
    // A PDF, an image, an empty file under an .xlsx name: said as what it is, not in a zip library's words.
    const size = statSync(file).size;
    const other = notAZip(headOf(file).subarray(0, Math.min(size, 96)));
    if (other !== null) throw readRefusal("notWorkbook", { file, kind: other });
    return XlsxWorkbook.fromFile(file);
  }
  // Before LibreOffice, which would stop at the password: said as what it is, with what to do.
  if (isEncryptedCompound(file)) throw readRefusal("encrypted", { file });
  if (kind === "xls" && findSoffice() === null) throw new WorkbookReadError("OLD_FORMAT", { path: file });
  const { xlsx, dir } = await convertToXlsx(file);
  try {
    return await XlsxWorkbook.fromFile(xlsx);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type OutputFormat = "xlsx" | "xlsm" | "ods" | "pdf";

/** The output format is the extension of -o; .pdf only where the command's sheet prints. */
export function outputFormat(path: string, allowPdf: boolean): OutputFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm" || ext === ".ods" || (ext === ".pdf" && allowPdf))
    return ext.slice(1) as OutputFormat;
  const allowed = allowPdf ? [".xlsx", ".xlsm", ".ods", ".pdf"] : [".xlsx", ".xlsm", ".ods"];
  throw new InvalidOptionsError("outputKind", { output: ext || path, allowed });
}

/** A date as the language writes it: 中華民國 115 年 12 月 6 日; 6 December 2026. */
export function dateInWords(language: ReportLanguage, date: Date): string {
  const year = date.getFullYear();
  return translate(language, "convert.date", {
    // As text: a number would be written with a thousands separator (2,026).
    year: String(calendarYear(language, year)),
    month: String(date.getMonth() + 1),
    monthName: date.toLocaleString("en-GB", { month: "long" }),
    day: String(date.getDate()),
  });
}

/**
 * How long LibreOffice may take over a workbook: two minutes, and 40 seconds a megabyte of
 * package. A report of 20,000 indicators (2.4 MB) is given 214 s; its PDF took 87 s on a shared
 * two-core machine, and LibreOffice needed 138 s on the machine of issue 23, where 70 s was too few.
 */
export function conversionTimeout(bytes: number): number {
  return 120_000 + Math.ceil((40_000 * bytes) / (1 << 20));
}

/**
 * Saves as the extension of `path` says: .xlsx and .xlsm directly, .ods and .pdf as .xlsx converted
 * by LibreOffice. A .pdf prints the add-in's sheets only, dated in the report's language; `progress`
 * hears, on the command's stderr, that LibreOffice is working. Returns what stderr should say (an
 * .xlsm's macros left out of an .xlsx).
 */
export async function saveOutput(
  workbook: XlsxWorkbook,
  path: string,
  format: OutputFormat,
  language: ReportLanguage,
  progress?: (line: string) => void,
): Promise<string[]> {
  if (format === "xlsx" || format === "xlsm") {
    const { macrosDropped } = await saveWorkbook(workbook, path);
    return macrosDropped ? [translate(language, "cli.macrosDropped", { output: path })] : [];
  }
  const target = resolve(path);
  if (!existsSync(dirname(target))) throw new WorkbookWriteError("NO_SUCH_FOLDER", { path });
  refuseReadOnlyTarget(path);
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), "indicators-out-"));
  } catch (cause) {
    throw writeFailure(path, cause);
  }
  try {
    const stem = basename(target, extname(target));
    const xlsx = join(dir, `${stem}.xlsx`);
    await saveWorkbook(workbook, xlsx);
    if (format === "pdf")
      writeFileSync(xlsx, printableCopy(readFileSync(xlsx), NODE_CODEC, dateInWords(language, new Date())));
    const timeoutMs = conversionTimeout(statSync(xlsx).size);
    const words = { format: `.${format}`, seconds: Math.round(timeoutMs / 1000) };
    progress?.(translate(language, "convert.progress", words));
    const converted = join(dir, "converted");
    await convertAll([xlsx], format satisfies Target, converted, {
      timeoutMs,
      ...(progress
        ? { onWait: (seconds: number) => progress(translate(language, "convert.still", { ...words, seconds })) }
        : {}),
    });
    const written = join(converted, `${stem}.${format}`);
    // Said in the command's language at the edge, as every error: what failed and what to do.
    if (!existsSync(written)) throw new WorkbookWriteError("WRITE_FAILED", words, { key: "convert.failed" });
    try {
      moveInto(written, target);
    } catch (cause) {
      throw writeFailure(path, cause);
    }
    return [];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** rename, or copy where the temporary folder is on another device. */
function moveInto(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    const temp = join(dirname(to), `.${basename(to)}.${process.pid}.tmp`);
    try {
      copyFileSync(from, temp);
      renameSync(temp, to);
    } catch (cause) {
      rmSync(temp, { force: true });
      throw cause;
    }
  }
}
