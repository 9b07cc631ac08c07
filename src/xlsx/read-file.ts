// Without the node: prefix so the pane's webpack build can stub them (it never runs this file).
import { readFile } from "fs/promises";
import { crc32, deflateRawSync, inflateRawSync } from "zlib";
import type { Codec } from "./direct/package";
import { FastBook } from "./fast/fast-book";

/** node's zlib: what the fast reader and the direct writer compress and check parts with. */
export const NODE_CODEC: Codec = {
  inflateRaw: (data) => inflateRawSync(data),
  deflateRaw: (data) => deflateRawSync(data),
  crc32: (data) => crc32(data),
};

/** Node only: the file's bytes, and its package opened for analysis with node's zlib, or null when the fast reader does not read it. */
export async function readXlsxFile(path: string): Promise<{ bytes: Uint8Array; fast: FastBook | null }> {
  const bytes = await readFile(path);
  return { bytes, fast: openFast(bytes) };
}

export function openFast(bytes: Uint8Array): FastBook | null {
  try {
    return FastBook.open(bytes, NODE_CODEC.inflateRaw);
  } catch {
    return null;
  }
}
