import { closeSync, openSync, readSync, statSync } from "node:fs";

/** "EncryptedPackage" as a compound file's directory names it (UTF-16LE): an .xlsx saved with a password. */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
/** BIFF8's BOF record of the workbook globals: type 0x0809, 16 bytes, version 0x0600, kind 0x0005. */
const GLOBALS_BOF = Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]);
/** FILEPASS: the record that follows the globals' BOF in an .xls saved with a password. */
const FILEPASS = 0x002f;
/** How much of a compound file is looked at: its directory and the workbook stream's start lie early. */
const SNIFF_BYTES = 8 << 20;

/**
 * Whether a compound file (OLE2: .xls, or an .xlsx saved with a password) is encrypted: an .xlsx
 * with a password is a compound file holding an EncryptedPackage stream; an .xls has FILEPASS
 * right after the workbook's BOF record.
 */
export function isEncryptedCompound(path: string): boolean {
  const size = Math.min(statSync(path).size, SNIFF_BYTES);
  const head = Buffer.alloc(size);
  const fd = openSync(path, "r");
  try {
    readSync(fd, head, 0, size, 0);
  } finally {
    closeSync(fd);
  }
  if (head.includes(ENCRYPTED_PACKAGE)) return true;
  for (let at = head.indexOf(GLOBALS_BOF); at >= 0; at = head.indexOf(GLOBALS_BOF, at + 1)) {
    const next = at + 4 + 16;
    if (next + 2 <= head.length && head.readUInt16LE(next) === FILEPASS) return true;
  }
  return false;
}
