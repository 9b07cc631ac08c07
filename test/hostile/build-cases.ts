/**
 * The hostile corpus, built at test time (nothing large is committed): workbooks an attacker or an
 * unlucky user would give the command, each with what it must do. Most are a few KB on disk and
 * claim a sheet of 17 billion cells, inflate to gigabytes, lie in their headers, or are something
 * else under an .xlsx name.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { tableRows, tableStrings, xlsx, xlsxParts, zip, type ZipPart } from "./zip";

export interface HostileCase {
  readonly name: string;
  /** The file's name in the case folder (its extension is what the command sees). */
  readonly file: string;
  readonly bytes: Buffer;
  /** The command's arguments after the file (analyze by default). */
  readonly command?: "analyze" | "report";
  /**
   * Exit 0 (and for analyze, how many indicators the total line counts), or exit 2 and what the
   * first line of stderr says in each language.
   */
  readonly expect:
    | { readonly code: 0; readonly indicators?: number }
    | { readonly code: 2; readonly message: RegExp; readonly zh: RegExp };
  /** Peak memory (RSS, MB) the run must stay under, where the case is about memory. */
  readonly peakMb?: number;
}

const strings = tableStrings(3);
const table = tableRows(3);

/** Exit 2, the first line saying this in English and that in Chinese. */
function say(message: RegExp, zh: RegExp): HostileCase["expect"] {
  return { code: 2, message, zh };
}

/** Exit 0; for analyze, the total line counting `indicators`. */
function ok(indicators?: number): HostileCase["expect"] {
  return indicators === undefined ? { code: 0 } : { code: 0, indicators };
}

const NO_TABLE = /No indicator table|no indicator rows/i;
const NO_TABLE_ZH = /找不到指標表|沒有指標列/;
/** Damage below the zip's directory (an entry, its method, the XML): the zip and XML libraries' words are not shown. */
const DAMAGED = say(
  /the file is damaged; its zip package or a sheet in it cannot be read\. Open it in Excel, save it again/,
  /檔案已損壞，其壓縮封裝或工作表內容無法解讀；請在 Excel 開啟、另存新檔後再試/,
);

function sheet(body: string, extra: Partial<Parameters<typeof xlsx>[0]> = {}): Buffer {
  return xlsx({ sheetBody: body, sharedStrings: strings, ...extra });
}

function merges(...refs: string[]): string {
  return `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`;
}

/** A compound file (OLE2) header and a directory naming `streams`, enough for a sniffer; not a whole CFB. */
function compound(streams: readonly string[], body: Buffer = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  const directory = Buffer.alloc(128 * Math.max(4, streams.length));
  streams.forEach((name, i) => {
    const utf16 = Buffer.from(`${name}\u0000`, "utf16le");
    utf16.copy(directory, i * 128);
    directory.writeUInt16LE(utf16.length, i * 128 + 64);
  });
  return Buffer.concat([header, directory, body]);
}

/** An .xls workbook stream's start: BOF (globals), then FILEPASS when `password`. */
function biff(password: boolean): Buffer {
  const bof = Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, ...new Array<number>(12).fill(0)]);
  const next = password ? Buffer.from([0x2f, 0x00, 0x02, 0x00, 0x01, 0x00]) : Buffer.from([0xe1, 0x00, 0x00, 0x00]);
  return Buffer.concat([bof, next, Buffer.alloc(64)]);
}

/** Deflated zeros: `mb` megabytes that compress about 1,000 to 1. */
function zeros(mb: number): Buffer {
  return deflateRawSync(Buffer.alloc(mb << 20), { level: 9 });
}

function withParts(parts: ZipPart[], edit: (part: ZipPart) => ZipPart | null): Buffer {
  return zip(parts.map(edit).filter((p): p is ZipPart => p !== null));
}

const SHEET = "xl/worksheets/sheet1.xml";

export function hostileCases(): HostileCase[] {
  const good = xlsxParts({ sheetBody: `<sheetData>${table}</sheetData>`, sharedStrings: strings });
  const sheetXml = good.find((p) => p.name === SHEET)?.data as string;
  const cases: HostileCase[] = [
    // Memory: a sheet that claims far more than it holds.
    {
      name: "good control",
      file: "good.xlsx",
      bytes: sheet(`<sheetData>${table}</sheetData>`),
      expect: ok(3),
      peakMb: 100,
    },
    {
      name: "merge H1:XFD1048576",
      file: "merge-sheet.xlsx",
      bytes: sheet(`<sheetData>${table}</sheetData>${merges("H1:XFD1048576")}`),
      expect: ok(3),
      peakMb: 100,
    },
    {
      name: "one value at XFD1048576",
      file: "far-cell.xlsx",
      bytes: sheet(
        `<dimension ref="A1:XFD1048576"/><sheetData>${table}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>`,
      ),
      expect: ok(3),
      peakMb: 100,
    },
    {
      name: "whole columns H:J merged",
      file: "merge-columns.xlsx",
      bytes: sheet(`<sheetData>${table}</sheetData>${merges("H1:J1048576")}`),
      expect: ok(3),
      peakMb: 100,
    },
    {
      name: "the far value and the whole-sheet merge together",
      file: "far-and-merge.xlsx",
      bytes: sheet(
        `<sheetData>${table}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>${merges("H1:XFD1048576")}`,
      ),
      expect: ok(3),
      peakMb: 100,
    },
    {
      name: "a merge over the whole sheet, the table under it",
      file: "merge-all.xlsx",
      bytes: sheet(`<sheetData>${table}</sheetData>${merges("A1:XFD1048576")}`),
      expect: say(NO_TABLE, NO_TABLE_ZH),
      peakMb: 100,
    },
    {
      name: "a thousand full-row merges",
      file: "row-merges.xlsx",
      bytes: sheet(
        `<sheetData>${table}</sheetData>${merges(...Array.from({ length: 1000 }, (_, i) => `A${i + 10}:XFD${i + 10}`))}`,
      ),
      expect: ok(3),
      peakMb: 100,
    },
    {
      name: "fifty thousand small merges",
      file: "many-merges.xlsx",
      bytes: sheet(
        `<sheetData>${table}</sheetData>${merges(...Array.from({ length: 50_000 }, (_, i) => `E${i + 10}:F${i + 10}`))}`,
      ),
      expect: ok(3),
      peakMb: 150,
    },
    {
      name: "overlapping whole-sheet merges",
      file: "overlapping-merges.xlsx",
      bytes: sheet(`<sheetData>${table}</sheetData>${merges("H1:XFD1048576", "G1:XFD1048576", "H2:XFC1048575")}`),
      expect: ok(3),
      peakMb: 100,
    },
    {
      name: "a dimension claiming the whole sheet",
      file: "dimension.xlsx",
      bytes: sheet(`<dimension ref="A1:XFD1048576"/><sheetData>${table}</sheetData>`),
      expect: ok(3),
      peakMb: 100,
    },
    {
      name: "a styled column range over every column",
      file: "cols.xlsx",
      bytes: sheet(`<cols><col min="1" max="16384" width="9" style="0"/></cols><sheetData>${table}</sheetData>`),
      expect: ok(3),
      peakMb: 100,
    },
    {
      name: "a styled empty last row",
      file: "styled-row.xlsx",
      bytes: sheet(
        `<sheetData>${table}<row r="1048576" s="0" customFormat="1"><c r="A1048576" s="0"/></row></sheetData>`,
      ),
      expect: ok(3),
      peakMb: 100,
    },
    {
      name: "a value at A1048576",
      file: "far-down.xlsx",
      bytes: sheet(`<sheetData>${table}<row r="1048576"><c r="A1048576"><v>7</v></c></row></sheetData>`),
      expect: ok(3),
      peakMb: 100,
    },
    {
      name: "a value at XFD1",
      file: "far-right.xlsx",
      bytes: sheet(`<sheetData>${table.replace("</row>", '<c r="XFD1"><v>7</v></c></row>')}</sheetData>`),
      expect: ok(3),
      peakMb: 100,
    },
    {
      name: "values scattered down a diagonal",
      file: "diagonal.xlsx",
      bytes: sheet(
        `<sheetData>${table}${Array.from({ length: 10 }, (_, i) => {
          const r = (i + 1) * 100_000;
          const col = String.fromCharCode(65 + i) + "A";
          return `<row r="${r}"><c r="${col}${r}"><v>${i}</v></c></row>`;
        }).join("")}</sheetData>`,
      ),
      expect: ok(3),
      peakMb: 100,
    },
    {
      name: "a cell past Excel's last row",
      file: "past-rows.xlsx",
      bytes: sheet(`<sheetData>${table}<row r="99999999999"><c r="A99999999999"><v>1</v></c></row></sheetData>`),
      expect: ok(3),
      peakMb: 100,
    },
    {
      name: "a cell past Excel's last column",
      file: "past-columns.xlsx",
      bytes: sheet(`<sheetData>${table.replace("</row>", '<c r="ZZZZZ1"><v>7</v></c></row>')}</sheetData>`),
      expect: ok(3),
      peakMb: 100,
    },
    {
      name: "a negative and a non-numeric row number",
      file: "bad-row-numbers.xlsx",
      bytes: sheet(
        `<sheetData>${table}<row r="-5"><c><v>1</v></c></row><row r="abc"><c><v>2</v></c></row></sheetData>`,
      ),
      expect: ok(3),
    },
    {
      name: "merge references that are not ranges",
      file: "bad-merges.xlsx",
      bytes: sheet(`<sheetData>${table}</sheetData>${merges("A1:", "ZZZZZ1:A1", "C9:A1", "hello", "J1:J99999999999")}`),
      expect: ok(3),
    },
    // Zip: bombs, lies and damage.
    {
      name: "a 1,000:1 bomb in the sheet part",
      file: "bomb-sheet.xlsx",
      bytes: withParts(good, (p) =>
        p.name === SHEET ? { ...p, compressed: zeros(64), statedSize: 64 << 20, crc: 0 } : p,
      ),
      expect: say(/sheet1\.xml inflates beyond the limit of 100:1/, /sheet1\.xml 的壓縮比超過 100:1 的上限/),
      peakMb: 120,
    },
    {
      name: "a bomb in a part nobody reads",
      file: "bomb-media.xlsx",
      bytes: zip([
        ...good,
        { name: "xl/media/image1.png", data: "", compressed: zeros(32), statedSize: 32 << 20, crc: 0 },
      ]),
      expect: say(/image1\.png inflates beyond the limit of 100:1/, /image1\.png 的壓縮比超過 100:1 的上限/),
      peakMb: 120,
    },
    {
      name: "parts stating 1.5 GB in all",
      file: "stated-total.xlsx",
      bytes: zip([
        ...good,
        ...[1, 2, 3].map((i) => ({
          name: `xl/media/big${i}.bin`,
          data: Buffer.alloc(16),
          method: 0,
          statedSize: 500_000_000,
        })),
      ]),
      expect: say(/inflates beyond the limit of 1,000,000,000 bytes/, /超過 1,000,000,000 位元組的上限/),
      peakMb: 100,
    },
    {
      name: "a sheet that inflates past its stated size",
      file: "lying-size.xlsx",
      bytes: withParts(good, (p) => (p.name === SHEET ? { ...p, statedSize: 100 } : p)),
      expect: say(/sheet1\.xml inflates to other than its stated size/, /sheet1\.xml 解壓後與其標示的大小不符/),
    },
    {
      name: "a sheet that states more than it holds",
      file: "short-size.xlsx",
      bytes: withParts(good, (p) => (p.name === SHEET ? { ...p, statedSize: sheetXml.length + 1000 } : p)),
      expect: say(/sheet1\.xml inflates to other than its stated size/, /sheet1\.xml 解壓後與其標示的大小不符/),
    },
    {
      name: "a stale CRC",
      file: "stale-crc.xlsx",
      bytes: withParts(good, (p) => (p.name === SHEET ? { ...p, crc: 0x12345678 } : p)),
      expect: say(
        /checksum \(CRC\) of xl\/worksheets\/sheet1\.xml does not match/,
        /xl\/worksheets\/sheet1\.xml 的檢查碼（CRC）不符/,
      ),
    },
    {
      name: "a stale CRC in the shared strings",
      file: "stale-crc-strings.xlsx",
      bytes: withParts(good, (p) => (p.name === "xl/sharedStrings.xml" ? { ...p, crc: 1 } : p)),
      expect: say(/checksum \(CRC\) of xl\/sharedStrings\.xml/, /xl\/sharedStrings\.xml 的檢查碼（CRC）不符/),
    },
    {
      name: "an encrypted zip entry",
      file: "zip-encrypted.xlsx",
      bytes: withParts(good, (p) => (p.name === SHEET ? { ...p, flags: 1 } : p)),
      expect: DAMAGED,
    },
    {
      name: "an unknown compression method",
      file: "zip-method.xlsx",
      bytes: withParts(good, (p) => (p.name === SHEET ? { ...p, method: 12, compressed: Buffer.from("BZh9") } : p)),
      expect: DAMAGED,
    },
    {
      name: "a zip without its workbook part",
      file: "no-workbook.xlsx",
      bytes: withParts(good, (p) => (p.name === "xl/workbook.xml" ? null : p)),
      expect: say(/holds no worksheet that can be read/, /活頁簿中沒有可讀的工作表/),
    },
    {
      name: "a sheet part missing",
      file: "no-sheet-part.xlsx",
      bytes: withParts(good, (p) => (p.name === SHEET ? null : p)),
      expect: say(/holds no worksheet that can be read|No indicator table/, /活頁簿中沒有可讀的工作表|找不到指標表/),
    },
    {
      name: "the end record only",
      file: "end-only.xlsx",
      bytes: zip([]),
      expect: say(/holds no worksheet that can be read/, /活頁簿中沒有可讀的工作表/),
    },
    {
      name: "a truncated package",
      file: "truncated.xlsx",
      bytes: sheet(`<sheetData>${table}</sheetData>`).subarray(0, 700),
      expect: DAMAGED,
    },
    {
      name: "a zip inside a zip",
      file: "nested.xlsx",
      bytes: zip([{ name: "inner.xlsx", data: sheet(`<sheetData>${table}</sheetData>`) }]),
      expect: say(/holds no worksheet that can be read/, /活頁簿中沒有可讀的工作表/),
    },
    // Something else under an .xlsx name.
    {
      name: "an .xlsb",
      file: "binary.xlsb",
      bytes: zip([
        { name: "[Content_Types].xml", data: "<Types/>" },
        { name: "xl/workbook.bin", data: Buffer.alloc(64) },
      ]),
      expect: say(
        /Excel binary workbook \(\.xlsb\)\. Save it as \.xlsx/,
        /Excel 二進位活頁簿（\.xlsb）。請在 Excel 另存為 \.xlsx/,
      ),
    },
    {
      name: "an .xlsb renamed .xlsx",
      file: "binary-renamed.xlsx",
      bytes: zip([
        { name: "[Content_Types].xml", data: "<Types/>" },
        { name: "xl/workbook.bin", data: Buffer.alloc(64) },
      ]),
      expect: say(/Excel binary workbook/, /Excel 二進位活頁簿/),
    },
    {
      name: "a Word document renamed .xlsx",
      file: "report.docx.xlsx",
      bytes: zip([
        { name: "[Content_Types].xml", data: "<Types/>" },
        { name: "word/document.xml", data: "<w:document/>" },
      ]),
      expect: say(/is a Word document, not a workbook/, /這是 Word 文件，不是活頁簿/),
    },
    {
      name: "a PowerPoint renamed .xlsx",
      file: "slides.xlsx",
      bytes: zip([
        { name: "[Content_Types].xml", data: "<Types/>" },
        { name: "ppt/presentation.xml", data: "<p/>" },
      ]),
      expect: say(/is a PowerPoint presentation, not a workbook/, /這是 PowerPoint 簡報，不是活頁簿/),
    },
    {
      name: "a password-protected .xlsx",
      file: "password.xlsx",
      bytes: compound(["Root Entry", "EncryptionInfo", "EncryptedPackage"]),
      expect: say(
        /protected by a password\. Remove it in Excel \(File › Info › Protect Workbook\)/,
        /受密碼保護。請在 Excel 移除密碼（檔案 › 資訊 › 保護活頁簿）/,
      ),
    },
    {
      name: "a password-protected .xls",
      file: "password.xls",
      bytes: compound(["Root Entry", "Workbook"], biff(true)),
      expect: say(/protected by a password/, /受密碼保護/),
    },
    {
      name: "a PDF renamed .xlsx",
      file: "pdf.xlsx",
      bytes: Buffer.from("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
      expect: say(
        /it is a PDF document, not a workbook\. Name an \.xlsx/,
        /這是 PDF 文件，不是活頁簿；請改指定 \.xlsx/,
      ),
    },
    {
      name: "a PNG renamed .xlsx",
      file: "png.xlsx",
      bytes: Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"),
      expect: say(/it is an image, not a workbook/, /這是圖片，不是活頁簿/),
    },
    {
      name: "random bytes",
      file: "random.xlsx",
      bytes: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251)),
      expect: say(
        /it is not an \.xlsx workbook, nor any format the command knows/,
        /這不是 \.xlsx 活頁簿，內容格式無法辨識/,
      ),
    },
    {
      name: "an empty file",
      file: "empty.xlsx",
      bytes: Buffer.alloc(0),
      expect: say(/the file is empty \(0 bytes\)/, /檔案是空的（0 位元組）/),
    },
    // XML as other writers (and attackers) write it.
    {
      name: "parts with an x: prefix",
      file: "prefixed.xlsx",
      bytes: xlsx({
        prefix: "x",
        sheetBody: `<x:sheetData>${tableRows(3, "x:")}</x:sheetData>`,
        sharedStrings: strings,
      }),
      expect: ok(3),
    },
    {
      name: "relationships with a rel: prefix",
      file: "rel-prefix.xlsx",
      bytes: xlsx({ relPrefix: "rel", sheetBody: `<sheetData>${table}</sheetData>`, sharedStrings: strings }),
      expect: ok(3),
    },
    {
      name: "rows and cells without r",
      file: "no-r.xlsx",
      bytes: sheet(`<sheetData>${table.replace(/ r="[A-Z]+\d+"/g, "").replace(/<row r="\d+">/g, "<row>")}</sheetData>`),
      expect: ok(3),
    },
    {
      name: "cells without r in numbered rows",
      file: "cells-no-r.xlsx",
      bytes: sheet(`<sheetData>${table.replace(/ r="[A-Z]+\d+"/g, "")}</sheetData>`),
      expect: ok(3),
    },
    {
      name: "an external entity (XXE)",
      file: "xxe.xlsx",
      bytes: withParts(good, (p) =>
        p.name === "xl/sharedStrings.xml"
          ? {
              ...p,
              data: (p.data as string)
                .replace(
                  '<?xml version="1.0" encoding="UTF-8"?>',
                  '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
                )
                .replace("服務件數1", "&xxe;"),
            }
          : p,
      ),
      expect: ok(3),
    },
    {
      name: "entity expansion (billion laughs)",
      file: "laughs.xlsx",
      bytes: withParts(good, (p) =>
        p.name === "xl/sharedStrings.xml"
          ? {
              ...p,
              data: (p.data as string)
                .replace(
                  '<?xml version="1.0" encoding="UTF-8"?>',
                  `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>`,
                )
                .replace("服務件數1", "&i;"),
            }
          : p,
      ),
      expect: ok(3),
      peakMb: 150,
    },
    {
      name: "an unclosed element in the sheet",
      file: "unclosed.xlsx",
      bytes: sheet(`<sheetData>${table}<row r="9"><c r="A9"><v>1</v></row></sheetData>`),
      expect: DAMAGED,
    },
    {
      name: "100,000 nested elements",
      file: "deep.xlsx",
      bytes: sheet(
        `<sheetData>${table}</sheetData><extLst>${"<ext>".repeat(100_000)}${"</ext>".repeat(100_000)}</extLst>`,
      ),
      expect: ok(3),
    },
    {
      name: "a shared string index out of range",
      file: "string-index.xlsx",
      bytes: sheet(`<sheetData>${table.replace("<v>3</v>", "<v>99999999999</v>")}</sheetData>`),
      expect: ok(2),
    },
    {
      name: "a workbook with no sheets",
      file: "no-sheets.xlsx",
      bytes: withParts(good, (p) =>
        p.name === "xl/workbook.xml"
          ? { ...p, data: (p.data as string).replace(/<sheets>.*<\/sheets>/, "<sheets/>") }
          : p,
      ),
      expect: say(/holds no worksheet that can be read/, /活頁簿中沒有可讀的工作表/),
    },
    {
      name: "a relationship pointing out of the package",
      file: "rel-traversal.xlsx",
      bytes: withParts(good, (p) =>
        p.name === "xl/_rels/workbook.xml.rels"
          ? { ...p, data: (p.data as string).replace("worksheets/sheet1.xml", "../../../../etc/passwd") }
          : p,
      ),
      expect: say(/^(?![\s\S]*root:)/, /./),
    },
    {
      name: "a relationship to an external target",
      file: "rel-external.xlsx",
      bytes: withParts(good, (p) =>
        p.name === "xl/_rels/workbook.xml.rels"
          ? {
              ...p,
              data: (p.data as string).replace(
                'Target="worksheets/sheet1.xml"',
                'Target="http://127.0.0.1:9/sheet.xml" TargetMode="External"',
              ),
            }
          : p,
      ),
      expect: say(/./, /./),
    },
    {
      name: "a sheet named like a path",
      file: "sheet-path.xlsx",
      bytes: withParts(good, (p) =>
        p.name === "xl/workbook.xml" ? { ...p, data: (p.data as string).replace('name="S"', 'name="../../etc"') } : p,
      ),
      expect: ok(3),
    },
    {
      name: "control characters in cells",
      file: "control.xlsx",
      bytes: xlsx({
        sheetBody: `<sheetData>${table}</sheetData>`,
        sharedStrings: ["衡量指標", "目標值", "實際值", "甲&#9;乙", "_x0007_鈴", "\u001b[31m紅"],
      }),
      expect: ok(3),
    },
    {
      name: "a 2 MB cell",
      file: "long-cell.xlsx",
      bytes: xlsx({
        sheetBody: `<sheetData>${table}</sheetData>`,
        sharedStrings: ["衡量指標", "目標值", "實際值", "長".repeat(2_000_000), "乙", "丙"],
      }),
      expect: ok(3),
      peakMb: 250,
    },
    {
      name: "a formula-looking name",
      file: "formula-text.xlsx",
      bytes: xlsx({
        sheetBody: `<sheetData>${table}</sheetData>`,
        sharedStrings: ["衡量指標", "目標值", "實際值", '=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1)"],
      }),
      expect: ok(3),
    },
    {
      name: "a style index out of range",
      file: "style-index.xlsx",
      bytes: sheet(`<sheetData>${table.replace('<c r="B2">', '<c r="B2" s="999999">')}</sheetData>`),
      expect: ok(3),
    },
    {
      name: "two sheets of one name",
      file: "same-names.xlsx",
      bytes: withParts(good, (p) =>
        p.name === "xl/workbook.xml"
          ? {
              ...p,
              data: (p.data as string).replace("</sheets>", '<sheet name="S" sheetId="2" r:id="rId1"/></sheets>'),
            }
          : p,
      ),
      expect: ok(6),
    },
    // Writing.
    {
      name: "report of the whole-sheet merge",
      file: "report-merge.xlsx",
      bytes: sheet(`<sheetData>${table}</sheetData>${merges("H1:XFD1048576")}`),
      command: "report",
      expect: ok(),
      peakMb: 200,
    },
    {
      name: "report of the far cell",
      file: "report-far.xlsx",
      bytes: sheet(`<sheetData>${table}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>`),
      command: "report",
      expect: ok(),
      peakMb: 200,
    },
    {
      name: "report of a bomb",
      file: "report-bomb.xlsx",
      bytes: withParts(good, (p) =>
        p.name === SHEET ? { ...p, compressed: zeros(64), statedSize: 64 << 20, crc: 0 } : p,
      ),
      command: "report",
      expect: say(/inflates beyond the limit of 100:1/, /壓縮比超過 100:1 的上限/),
    },
    {
      name: "report of prefixed parts",
      file: "report-prefixed.xlsx",
      bytes: xlsx({
        prefix: "x",
        sheetBody: `<x:sheetData>${tableRows(3, "x:")}</x:sheetData>`,
        sharedStrings: strings,
      }),
      command: "report",
      // Read (analyze above) and written: the package writer finds elements by namespace, not by prefix.
      expect: ok(),
    },
    {
      name: "report of a whole-sheet merge in a package without styles",
      file: "report-merge-exceljs.xlsx",
      bytes: xlsx({
        noStyles: true,
        sheetBody: `<sheetData>${table}</sheetData>${merges("H1:XFD1048576")}`,
        sharedStrings: strings,
      }),
      command: "report",
      // A styles part is optional: the package writer adds Excel's defaults; the merge stays a range.
      expect: ok(),
      peakMb: 200,
    },
    {
      name: "report of fifty thousand merges in a package without styles",
      file: "report-merges-exceljs.xlsx",
      bytes: xlsx({
        noStyles: true,
        sheetBody: `<sheetData>${table}</sheetData>${merges(...Array.from({ length: 50_000 }, (_, i) => `E${i + 10}:F${i + 10}`))}`,
        sharedStrings: strings,
      }),
      command: "report",
      expect: ok(),
      peakMb: 250,
    },
  ];
  return cases;
}

/** Writes every case into `dir`; returns the cases with their paths. */
export function writeCases(dir: string): Array<HostileCase & { path: string }> {
  return hostileCases().map((c) => {
    const path = join(dir, c.file);
    writeFileSync(path, c.bytes);
    return { ...c, path };
  });
}
