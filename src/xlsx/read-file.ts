// Without the node: prefix so the pane's webpack build can stub them (it never runs this file).
import { readFile } from "fs/promises";
import { inflateRawSync } from "zlib";
import { FastBook } from "./fast/fast-book";

/** Node only: the file's bytes, and its package opened for analysis with node's zlib, or null when the fast reader does not read it. */
export async function readXlsxFile(path: string): Promise<{ bytes: Uint8Array; fast: FastBook | null }> {
  const bytes = await readFile(path);
  return { bytes, fast: openFast(bytes) };
}

export function openFast(bytes: Uint8Array): FastBook | null {
  try {
    return FastBook.open(bytes, (data) => inflateRawSync(data));
  } catch {
    return null;
  }
}
