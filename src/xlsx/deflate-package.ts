import { Package } from "./direct/package";
import { NODE_CODEC } from "./read-file";

/**
 * Re-packs a package written uncompressed (exceljs with STORE, which spends no time in its pure-JS
 * deflate) with node's zlib, keeping every part's bytes and order. Node (not the browser).
 */
export function deflatePackage(stored: Uint8Array): Buffer {
  const pkg = new Package(stored, NODE_CODEC);
  // Every part set anew: the package deflates the parts it holds as changed.
  for (const name of pkg.names()) pkg.set(name, pkg.part(name) ?? new Uint8Array(0));
  const bytes = pkg.bytes();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
