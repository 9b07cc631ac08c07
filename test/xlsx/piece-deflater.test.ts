/**
 * A big part (a report's sheet) is compressed piece by piece as it is written, never whole in
 * memory: node's pieces, each ended with a sync flush and joined, must be one raw deflate stream
 * that zlib and fflate inflate to the bytes pushed, with the CRC-32 and size of the whole. A codec
 * without its own (fflate's, in the pane) deflates the pieces as one at the end.
 */
import { crc32, inflateRawSync } from "node:zlib";
import { inflateSync } from "fflate";
import { Package, type Codec } from "../../src/xlsx/direct/package";
import { newWorkbookPackage } from "../../src/xlsx/direct/new-package";
import { zipEntries } from "../../src/xlsx/fast/zip-entries";
import { FFLATE_CODEC } from "../../src/xlsx/fflate-codec";
import { NODE_CODEC } from "../../src/xlsx/read-file";

const encoder = new TextEncoder();

/** Pieces as a sheet's are: XML with CJK text, an empty one, and one larger than deflate's window. */
function pieces(): Uint8Array[] {
  const rows = (from: number, count: number) =>
    Array.from(
      { length: count },
      (_, i) =>
        `<row r="${from + i}"><c r="A${from + i}" t="s"><v>${(i * 7919) % 1000}</v></c><c r="B${from + i}"><is><t>指標 ${i}</t></is></c></row>`,
    ).join("");
  return [
    encoder.encode(rows(1, 10)),
    new Uint8Array(0),
    encoder.encode(rows(11, 5_000)),
    encoder.encode("</sheetData>"),
  ];
}

function joined(parts: readonly Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

test.each([
  ["node", NODE_CODEC],
  ["fflate", FFLATE_CODEC],
] as const)("%s: a part deflated in pieces inflates to the whole, with its CRC-32 and size", (_, codec: Codec) => {
  const pkg = new Package(newWorkbookPackage(codec), codec);
  const deflater = pkg.deflater();
  for (const piece of pieces()) deflater.push(piece);
  const entry = deflater.finish();
  const whole = joined(pieces());
  expect(entry.method).toBe(8);
  expect(entry.size).toBe(whole.length);
  expect(entry.crc32 >>> 0).toBe(crc32(whole) >>> 0);
  expect(Buffer.compare(inflateRawSync(entry.data), whole)).toBe(0);
  expect(Buffer.compare(Buffer.from(inflateSync(entry.data)), whole)).toBe(0);
});

test("node's codec deflates each piece as it comes (the pieces joined, not kept and deflated whole)", () => {
  expect(NODE_CODEC.pieceDeflater).toBeDefined();
  const deflater = NODE_CODEC.pieceDeflater?.();
  const [first] = pieces();
  if (deflater === undefined || first === undefined) throw new Error("no piece deflater");
  deflater.push(first);
  deflater.push(first);
  const data = deflater.finish().data;
  // Two pieces deflated apart are two runs of blocks: longer than the two deflated as one.
  expect(data.length).toBeGreaterThan(NODE_CODEC.deflateRaw(joined([first, first])).length);
  expect(Buffer.compare(inflateRawSync(data), joined([first, first]))).toBe(0);
});

test("a part set as its compressed entry reads back as text, and in the package written", () => {
  const pkg = new Package(newWorkbookPackage(NODE_CODEC), NODE_CODEC);
  const deflater = pkg.deflater();
  for (const piece of pieces()) deflater.push(piece);
  pkg.setEntry("xl/worksheets/sheet9.xml", deflater.finish());
  const text = new TextDecoder().decode(joined(pieces()));
  expect(pkg.text("xl/worksheets/sheet9.xml")).toBe(text);
  expect(pkg.names()).toContain("xl/worksheets/sheet9.xml");
  const zip = zipEntries(pkg.bytes(), NODE_CODEC);
  expect(zip.text("xl/worksheets/sheet9.xml")).toBe(text);
  pkg.remove("xl/worksheets/sheet9.xml");
  expect(pkg.text("xl/worksheets/sheet9.xml")).toBeNull();
});
