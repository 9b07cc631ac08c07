import { zipEntries, type InflateRaw, type RawEntry, type ZipEntries } from "../fast/zip-entries";

/** What the package needs of a compression library: node's zlib in the command. */
export interface Codec {
  readonly inflateRaw: InflateRaw;
  readonly deflateRaw: (data: Uint8Array) => Uint8Array;
  readonly crc32: (data: Uint8Array) => number;
  /** Optional: a part deflated piece by piece as it is written (see PieceDeflater). */
  readonly pieceDeflater?: () => PieceDeflater;
}

/**
 * A part compressed as its pieces come, so that a big part (a report's sheet, 12 MB of XML at
 * 20,000 indicators) is never whole in memory: only its compressed pieces are kept.
 */
export interface PieceDeflater {
  push(piece: Uint8Array): void;
  /** The part's entry, once every piece is pushed. */
  finish(): RawEntry;
}

/** Without a codec's own: the pieces kept and deflated at the end, as one. */
function wholeDeflater(codec: Codec): PieceDeflater {
  const pieces: Uint8Array[] = [];
  return {
    push: (piece) => pieces.push(piece),
    finish: () => {
      const data = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const piece of pieces) {
        data.set(piece, at);
        at += piece.length;
      }
      return { method: 8, crc32: codec.crc32(data), data: codec.deflateRaw(data), size: data.length };
    },
  };
}

const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
/** Bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;
/** 1980-01-01 00:00 in DOS date: the parts carry no meaningful times. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * An .xlsx package being edited part by part: the parts the add-in changes are replaced as text;
 * every other part is copied into the new package as it was stored, never inflated or compressed
 * again, so a workbook's own parts (its charts, pictures, macros' signatures) come back byte for byte.
 */
export class Package {
  private readonly zip: ZipEntries;
  private readonly order: string[];
  /** New parts' bytes, or their entries where they were compressed as written (setEntry). */
  private readonly changed = new Map<string, Uint8Array | RawEntry>();
  private readonly removed = new Set<string>();
  /** Parts' text as last read or set, so that a part asked for again is not inflated or decoded again. */
  private readonly texts = new Map<string, string>();
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder("utf-8");

  constructor(
    data: Uint8Array,
    private readonly codec: Codec,
  ) {
    this.zip = zipEntries(data, codec);
    this.order = this.zip.list().map((e) => e.name);
  }

  names(): string[] {
    return [...this.order, ...[...this.changed.keys()].filter((n) => !this.order.includes(n))].filter(
      (n) => !this.removed.has(n),
    );
  }

  /** The next free number N for parts named prefix + N + suffix ("xl/tables/table" → 3 after table2.xml). */
  nextNumber(prefix: string, suffix = ".xml"): number {
    let max = 0;
    for (const name of this.names()) {
      if (!name.startsWith(prefix) || !name.endsWith(suffix)) continue;
      const n = Number(name.slice(prefix.length, -suffix.length));
      if (Number.isInteger(n)) max = Math.max(max, n);
    }
    return max + 1;
  }

  has(name: string): boolean {
    return !this.removed.has(name) && (this.changed.has(name) || this.zip.has(name));
  }

  text(name: string): string | null {
    if (this.removed.has(name)) return null;
    // A user's sheet is asked for several times (its protection, its rules, its tab, its notes): read once.
    const known = this.texts.get(name);
    if (known !== undefined) return known;
    const changed = this.part(name);
    const text = changed === null ? null : this.decoder.decode(changed);
    if (text !== null) this.texts.set(name, text);
    return text;
  }

  /** A part's bytes, inflated; null when there is no such part. */
  part(name: string): Uint8Array | null {
    if (this.removed.has(name)) return null;
    const changed = this.changed.get(name);
    if (changed === undefined) return this.zip.bytes(name);
    return changed instanceof Uint8Array ? changed : this.codec.inflateRaw(changed.data, changed.size);
  }

  /** Where a new part is compressed as it is written: setEntry takes what it finishes with. */
  deflater(): PieceDeflater {
    return this.codec.pieceDeflater?.() ?? wholeDeflater(this.codec);
  }

  /** A part's new content already compressed (a deflater's entry). */
  setEntry(name: string, entry: RawEntry): void {
    this.removed.delete(name);
    this.texts.delete(name);
    this.changed.set(name, entry);
  }

  /** A part's new content: text, or bytes already encoded as UTF-8. */

  set(name: string, content: string | Uint8Array): void {
    this.removed.delete(name);
    if (typeof content === "string") this.texts.set(name, content);
    else this.texts.delete(name);
    this.changed.set(name, typeof content === "string" ? this.encoder.encode(content) : content);
  }

  remove(name: string): void {
    this.changed.delete(name);
    this.texts.delete(name);
    this.removed.add(name);
  }

  /** The new package: changed parts deflated with the codec, the rest copied as stored. */
  bytes(): Uint8Array {
    const chunks: Uint8Array[] = [];
    const directory: Uint8Array[] = [];
    let offset = 0;
    for (const name of this.names()) {
      const entry = this.entryOf(name);
      const nameBytes = this.encoder.encode(name);
      const local = new DataView(new ArrayBuffer(30));
      local.setUint32(0, LOCAL_HEADER, true);
      local.setUint16(4, 20, true);
      local.setUint16(6, UTF8_NAMES, true);
      local.setUint16(8, entry.method, true);
      local.setUint16(12, DOS_DATE, true);
      local.setUint32(14, entry.crc32, true);
      local.setUint32(18, entry.data.length, true);
      local.setUint32(22, entry.size, true);
      local.setUint16(26, nameBytes.length, true);
      const central = new DataView(new ArrayBuffer(46));
      central.setUint32(0, DIRECTORY_ENTRY, true);
      central.setUint16(4, 20, true);
      central.setUint16(6, 20, true);
      central.setUint16(8, UTF8_NAMES, true);
      central.setUint16(10, entry.method, true);
      central.setUint16(14, DOS_DATE, true);
      central.setUint32(16, entry.crc32, true);
      central.setUint32(20, entry.data.length, true);
      central.setUint32(24, entry.size, true);
      central.setUint16(28, nameBytes.length, true);
      central.setUint32(42, offset, true);
      chunks.push(new Uint8Array(local.buffer), nameBytes, entry.data);
      directory.push(new Uint8Array(central.buffer), nameBytes);
      offset += 30 + nameBytes.length + entry.data.length;
    }
    const directorySize = directory.reduce((sum, b) => sum + b.length, 0);
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, END_OF_DIRECTORY, true);
    end.setUint16(8, directory.length / 2, true);
    end.setUint16(10, directory.length / 2, true);
    end.setUint32(12, directorySize, true);
    end.setUint32(16, offset, true);
    for (const entry of directory) chunks.push(entry);
    chunks.push(new Uint8Array(end.buffer));
    const out = new Uint8Array(offset + directorySize + 22);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  private entryOf(name: string): RawEntry {
    const changed = this.changed.get(name);
    if (changed === undefined) {
      const raw = this.zip.raw(name);
      if (raw === null) throw new Error(`no part ${name}`);
      return raw;
    }
    if (!(changed instanceof Uint8Array)) return changed;
    return { method: 8, crc32: this.codec.crc32(changed), data: this.codec.deflateRaw(changed), size: changed.length };
  }
}
