import { existsSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { IndicatorsError, WorkbookWriteError } from "../core";
import { writeRefusal, writeRefusalOf } from "../messages/refusals";
import type { XlsxWorkbook } from "./xlsx-workbook";
import { packageForExtension } from "./direct/macros";
import { NODE_CODEC } from "./read-file";

/** The workbook as .xlsx bytes: its package as read, with what the plans wrote into it. */
export function packageBytes(workbook: XlsxWorkbook): Promise<Buffer> {
  const ready = workbook.storedPackage();
  return Promise.resolve(Buffer.from(ready.buffer, ready.byteOffset, ready.byteLength));
}

/**
 * Writes to a temporary file beside the target and renames it into place, so that a failure
 * part-way leaves no partial output (and an existing file as it was).
 */
export async function saveWorkbook(workbook: XlsxWorkbook, path: string): Promise<{ macrosDropped: boolean }> {
  const target = resolve(path);
  const dir = dirname(target);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new WorkbookWriteError("NO_SUCH_FOLDER", { path });
  }
  refuseReadOnlyTarget(path);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  // The workbook's content type follows the extension (Excel refuses a file where they disagree).
  const { bytes, macrosDropped } = packageForExtension(
    await packageBytes(workbook),
    NODE_CODEC,
    extname(target).toLowerCase() === ".xlsm" ? "xlsm" : "xlsx",
  );
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, target);
    return { macrosDropped };
  } catch (cause) {
    rmSync(temp, { force: true });
    throw writeFailure(path, cause);
  }
}

/**
 * An existing output file marked read-only is refused, not replaced (a rename would replace it
 * whatever its mode): by its mode bits, so that it holds for root too.
 */
export function refuseReadOnlyTarget(path: string): void {
  const target = resolve(path);
  let mode: number;
  try {
    mode = statSync(target).mode;
  } catch {
    return; // no such file yet
  }
  if ((mode & 0o222) === 0) throw writeRefusal("outputReadOnly", { file: path });
}

/** A failed write as the typed error: full disk, read-only file system, permission, each in its own words. */
export function writeFailure(path: string, cause: unknown): IndicatorsError {
  if (cause instanceof IndicatorsError) return cause;
  const refusal = writeRefusalOf(cause);
  const reason = (cause as { code?: string } | null)?.code ?? (cause instanceof Error ? cause.message : String(cause));
  if (refusal !== null) return writeRefusal(refusal, { file: path, reason }, cause);
  const message = cause instanceof Error ? cause.message : String(cause);
  return new WorkbookWriteError("WRITE_FAILED", { path, reason: message }, { cause, key: "error.WRITE_FAILED.reason" });
}
