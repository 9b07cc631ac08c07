import { deflateSync, inflateSync } from "fflate";
import type { Codec } from "./direct/package";

/** CRC-32 (IEEE 802.3), the table made once: what zip entries are checked and written with. */
let table: Uint32Array | null = null;
function crcTable(): Uint32Array {
  if (table !== null) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

export function crc32(data: Uint8Array): number {
  const t = crcTable();
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (t[(c ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * The browser's codec (the pane's preview): fflate's inflate and deflate, the same fast reader
 * and package writer as the command's node zlib. An entry inflates into a buffer one byte longer
 * than it states, so a zip bomb stops there and a longer entry is seen as such (zip-entries.ts).
 */
export const FFLATE_CODEC: Codec = {
  inflateRaw: (data, maxLength) => inflateSync(data, { out: new Uint8Array(Math.max(1, maxLength + 1)) }),
  deflateRaw: (data) => deflateSync(data, { level: 4 }),
  crc32,
};
