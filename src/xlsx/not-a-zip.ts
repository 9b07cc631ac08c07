/** What a file that is no zip package is, by its first bytes: said in the refusal instead of a zip library's words. */
export type NotAZip = "empty" | "pdf" | "image" | "html" | "other";

const IMAGE_MAGIC: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x42, 0x4d], // BM
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Null for a zip package (a local header, or the end record of an empty zip, at its start: every
 * .xlsx writer starts there); else what the bytes are. Only the head is looked at: a truncated or
 * otherwise damaged zip is still a zip here, and the reader says it is damaged. Browser-safe (the
 * pane's preview reads a picked file through it).
 */
export function notAZip(bytes: Uint8Array): NotAZip | null {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return null;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (IMAGE_MAGIC.some((magic) => startsWith(bytes, magic))) return "image";
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 256));
  if (/^\ufeff?\s*<(!doctype html|html|table)/i.test(head)) return "html";
  return "other";
}
