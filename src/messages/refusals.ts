import { WorkbookReadError, WorkbookWriteError } from "../core";
import type { MessageParams } from "./translate";
import type { MessageKey } from "./zh-TW";

/** The refusals the command and the readers give, each with its own words in both catalogs. */
export type Refusal =
  | "zipTotal"
  | "zipRatio"
  | "zipSize"
  | "zipCrc"
  | "encrypted"
  | "xlsb"
  | "document"
  | "noSheets"
  | "mergeTooLarge"
  | "unreadableInput"
  | "outputReadOnly"
  | "diskFull"
  | "readOnlyFs"
  | "noPermission"
  | "writeFailed"
  | "converterTimeout"
  | "converterFailed"
  | "workerMemory"
  | "workerTimeout"
  | "workerFailed"
  | "notWorkbook"
  | "damaged"
  | "strictWrite"
  | "packageNotWritable";

/** The catalog key of a refusal's words. */
export function refusalKey(refusal: Refusal): MessageKey {
  return `refusal.${refusal}`;
}

const CODES: Readonly<Record<Refusal, string>> = {
  zipTotal: "ZIP_TOO_LARGE",
  zipRatio: "ZIP_RATIO",
  zipSize: "ZIP_DAMAGED",
  zipCrc: "ZIP_DAMAGED",
  encrypted: "PASSWORD_PROTECTED",
  xlsb: "XLSB",
  document: "NOT_A_WORKBOOK",
  noSheets: "NO_SHEETS",
  mergeTooLarge: "MERGE_TOO_LARGE",
  unreadableInput: "UNREADABLE_FILE",
  outputReadOnly: "OUTPUT_READ_ONLY",
  diskFull: "DISK_FULL",
  readOnlyFs: "READ_ONLY_FILESYSTEM",
  noPermission: "NO_PERMISSION",
  writeFailed: "WRITE_FAILED",
  converterTimeout: "CONVERTER_TIMEOUT",
  converterFailed: "CONVERT_FAILED",
  workerMemory: "OUT_OF_MEMORY",
  workerTimeout: "TIMEOUT",
  workerFailed: "WORKER_FAILED",
  notWorkbook: "NOT_A_WORKBOOK",
  damaged: "UNREADABLE_WORKBOOK",
  strictWrite: "STRICT_NOT_WRITTEN",
  packageNotWritable: "PACKAGE_NOT_WRITABLE",
};

export function refusalCode(refusal: Refusal): string {
  return CODES[refusal];
}

/**
 * A reading refused: the typed error, its code, and its values; worded at the edge (errorText) in
 * the one language of whoever reads it, from the catalog's "refusal.*" key.
 */
export function readRefusal(refusal: Refusal, params: MessageParams, cause?: unknown): WorkbookReadError {
  return new WorkbookReadError(CODES[refusal], params, { cause, key: refusalKey(refusal) });
}

/** A writing refused. */
export function writeRefusal(refusal: Refusal, params: MessageParams, cause?: unknown): WorkbookWriteError {
  return new WorkbookWriteError(CODES[refusal], params, { cause, key: refusalKey(refusal) });
}

/** The refusal for a failed file write, by node's error code; null for one that is not about the file system. */
export function writeRefusalOf(error: unknown): Refusal | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOSPC" || code === "EDQUOT") return "diskFull";
  if (code === "EROFS") return "readOnlyFs";
  if (code === "EACCES" || code === "EPERM") return "noPermission";
  if (code === "EIO" || code === "EFBIG" || code === "ENAMETOOLONG" || code === "EISDIR" || code === "ENOTDIR")
    return "writeFailed";
  return null;
}
