import { existsSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { WorkbookWriteError } from "../core";
import type { XlsxWorkbook } from "./xlsx-workbook";

/**
 * Writes to a temporary file beside the target and renames it into place, so that a failure
 * part-way leaves no partial output (and an existing file as it was).
 */
export async function saveWorkbook(workbook: XlsxWorkbook, path: string): Promise<void> {
  const target = resolve(path);
  const dir = dirname(target);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new WorkbookWriteError(
      "NO_SUCH_FOLDER",
      `無法寫入「${path}」：資料夾不存在 / Cannot write ${path}: the folder does not exist.`,
    );
  }
  const temp = join(dir, `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    // exceljs writes no charts: with charts, the package is built in memory and the charts added.
    if (workbook.hasCharts()) writeFileSync(temp, new Uint8Array(await workbook.toBuffer()));
    else await workbook.workbook.xlsx.writeFile(temp);
    renameSync(temp, target);
  } catch (cause) {
    rmSync(temp, { force: true });
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new WorkbookWriteError(
      "WRITE_FAILED",
      `無法寫入「${path}」（${reason}） / Cannot write ${path} (${reason}).`,
      { cause },
    );
  }
}
