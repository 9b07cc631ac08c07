/**
 * The pane's preview reads and writes with the command's reader and package writer over fflate
 * (a browser has no zlib): the same CRC-32 as zlib's, a report written through fflate valid and
 * read back by node's zlib, and an entry longer than it states refused, not inflated whole.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { crc32 as zlibCrc32, deflateRawSync } from "node:zlib";
import { DEFAULT_REPORT_REQUEST, writeReport } from "../../src/usecases/report";
import { crc32, FFLATE_CODEC } from "../../src/xlsx/fflate-codec";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { validatePackage } from "../support/ooxml-check";

const SAMPLE = join(__dirname, "..", "..", "samples", "kpi-report-107.xlsx");

test("fflate's codec checks entries with zlib's CRC-32", () => {
  for (const text of ["", "a", "績效指標", "x".repeat(100_000)]) {
    const bytes = new TextEncoder().encode(text);
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  }
});

test("an entry inflates to no more than it states, plus one byte (so a longer one is seen)", () => {
  const data = deflateRawSync(Buffer.alloc(10_000, 65));
  expect(FFLATE_CODEC.inflateRaw(data, 10_000)).toHaveLength(10_000);
  expect(FFLATE_CODEC.inflateRaw(data, 100).length).toBeLessThanOrEqual(101);
});

test.each(["zh-TW", "en"] as const)(
  "preview (%s): a report written through fflate is valid and reads back with zlib",
  async (language) => {
    const input = readFileSync(SAMPLE);
    const preview = await XlsxWorkbook.fromBuffer(new Uint8Array(input), "kpi-report-107.xlsx", FFLATE_CODEC);
    const outcome = await writeReport(preview, { ...DEFAULT_REPORT_REQUEST, language });
    const out = new Uint8Array(await preview.toBuffer());
    expect(validatePackage(out, input).errors).toEqual([]);
    const reread = await XlsxWorkbook.fromBuffer(out, "out.xlsx");
    const written = [...outcome.applied.sheets.values()];
    expect(await reread.sheetNames()).toEqual(expect.arrayContaining(written));
    expect(await reread.ownedSheets()).toEqual(expect.arrayContaining(written));
  },
);
