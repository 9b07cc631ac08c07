/**
 * The entries of a .zip (an .xlsx package) from its central directory, inflated on demand by the
 * caller's raw-deflate function (node's zlib in the command), so reading needs no zip library.
 * Anything this does not handle (zip64, encryption, other methods) throws, and the caller falls
 * back to the full reader.
 */
export type InflateRaw = (data: Uint8Array) => Uint8Array;

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

export function zipEntries(data: Uint8Array, inflateRaw: InflateRaw): ZipEntries {
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
    if (entry.method === 0) return entry.data;
    if (entry.method === 8) return inflateRaw(entry.data);
    throw new Error(`zip method ${entry.method} is not read here`);
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
