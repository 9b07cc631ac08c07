/**
 * The entries of a .zip (an .xlsx package) from its central directory, inflated on demand by the
 * caller's raw-deflate function (node's zlib in the command), so reading needs no zip library.
 * Anything this does not handle (zip64, encryption, other methods) throws, and the caller falls
 * back to the full reader.
 */
import { WorkbookReadError } from "../../core";

/**
 * Inflates raw deflate data to at most `maxLength` bytes: past it, it must throw (node's zlib with
 * maxOutputLength), so an entry that inflates further than it says never materialises.
 */
export type InflateRaw = (data: Uint8Array, maxLength: number) => Uint8Array;

/** What reading a package needs of a compression library. */
export interface Inflater {
  readonly inflateRaw: InflateRaw;
  /** When given, every inflated entry is checked against the CRC-32 its header states. */
  readonly crc32?: (data: Uint8Array) => number;
}

/** The most a package may inflate to, all entries together (stated in the README). */
export const MAX_INFLATED_BYTES = 1_000_000_000;
/** The most one entry may inflate per compressed byte (stated in the README)… */
export const MAX_INFLATE_RATIO = 100;
/** …once it inflates beyond this: small parts of repeated XML compress further, and harm nothing. */
export const RATIO_FROM_BYTES = 10_000_000;

export type RefusalKind =
  "zipTotal" | "zipRatio" | "zipSize" | "zipCrc" | "xlsb" | "document" | "encrypted" | "noSheets";

/**
 * A package refused before it is read: a limit it passes, or a document that is not a workbook.
 * Its words come from the message catalog where the file is known (XlsxWorkbook).
 */
export class PackageRefusal extends WorkbookReadError {
  constructor(
    readonly kind: RefusalKind,
    readonly part: string,
    readonly detail: Readonly<Record<string, string | number>> = {},
  ) {
    super(`PACKAGE_${kind.toUpperCase()}`, `${kind}: ${part}`);
  }
}

export interface ZipEntries {
  /** Entry names in the directory's order, with each entry's CRC-32 (of the uncompressed bytes). */
  list(): Array<{ readonly name: string; readonly crc32: number }>;
  has(name: string): boolean;
  /** The entry's bytes, or null when there is no such entry. */
  bytes(name: string): Uint8Array | null;
  text(name: string): string | null;
  /** The entry as stored (still compressed), to copy into another package untouched. */
  raw(name: string): RawEntry | null;
}

export interface RawEntry {
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc32: number;
  /** The bytes as stored in the package. */
  readonly data: Uint8Array;
  readonly size: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export function zipEntries(data: Uint8Array, inflater: Inflater): ZipEntries {
  const { inflateRaw, crc32: checksum } = inflater;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // The end record is the last 22 bytes, unless a comment (at most 65,535 bytes) follows it.
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("not a zip file");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new Error("zip64 is not read here");
  const decoder = new TextDecoder("utf-8");
  const entries = new Map<
    string,
    { method: number; size: number; plainSize: number; local: number; flags: number; crc32: number }
  >();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new Error("bad zip directory");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc32 = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const plainSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(data.subarray(at + 46, at + 46 + nameLength));
    entries.set(name.replace(/\\/g, "/"), { method, size, plainSize, local, flags, crc32 });
    at += 46 + nameLength + extraLength + commentLength;
  }
  // The limits on what the directory states, before anything is inflated; inflating then stops at
  // the stated size, so an entry that lies about it is refused at that size, not at the end of memory.
  let total = 0;
  for (const [name, entry] of entries) {
    total += entry.plainSize;
    if (total > MAX_INFLATED_BYTES) throw new PackageRefusal("zipTotal", name, { limit: MAX_INFLATED_BYTES });
  }
  for (const [name, entry] of entries) {
    if (entry.plainSize > RATIO_FROM_BYTES && entry.plainSize > MAX_INFLATE_RATIO * Math.max(1, entry.size))
      throw new PackageRefusal("zipRatio", name, { limit: MAX_INFLATE_RATIO });
  }
  const raw = (name: string): RawEntry | null => {
    const entry = entries.get(name);
    if (entry === undefined) return null;
    if ((entry.flags & 1) !== 0) throw new Error("encrypted zip entry");
    if (view.getUint32(entry.local, true) !== LOCAL_HEADER) throw new Error("bad zip entry");
    const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
    return {
      method: entry.method,
      crc32: entry.crc32,
      data: data.subarray(start, start + entry.size),
      size: entry.plainSize,
    };
  };
  const bytes = (name: string): Uint8Array | null => {
    const entry = raw(name);
    if (entry === null) return null;
    let out: Uint8Array;
    if (entry.method === 0) out = entry.data;
    else if (entry.method === 8) {
      try {
        out = inflateRaw(entry.data, entry.size);
      } catch (cause) {
        if (cause instanceof RangeError || (cause as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
          throw new PackageRefusal("zipSize", name);
        throw cause;
      }
    } else throw new Error(`zip method ${entry.method} is not read here`);
    if (out.length !== entry.size) throw new PackageRefusal("zipSize", name);
    if (checksum !== undefined && checksum(out) >>> 0 !== entry.crc32 >>> 0) throw new PackageRefusal("zipCrc", name);
    return out;
  };
  return {
    list: () => [...entries].map(([name, entry]) => ({ name, crc32: entry.crc32 })),
    has: (name) => entries.has(name),
    bytes,
    raw,
    text: (name) => {
      const b = bytes(name);
      return b === null ? null : decoder.decode(b);
    },
  };
}
