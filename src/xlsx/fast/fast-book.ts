import { WorkbookReadError, type Grid } from "../../core";
import {
  parseRels,
  parseSharedStrings,
  parseStyles,
  parseWorkbook,
  type BookInfo,
  type CellStyle,
  type SharedStrings,
} from "./book-parts";
import { sheetGrid } from "./sheet-grid";
import { PackageRefusal, zipEntries, type Inflater, type ZipEntries } from "./zip-entries";

/**
 * Reads an .xlsx package for analysis: the workbook's sheets, styles and shared strings once,
 * each sheet's grid when asked. No cell objects, no exceljs: the grids equal the exceljs
 * reader's (test/xlsx/fast-reader-equality.test.ts compares them on every fixture).
 */
export class FastBook {
  private constructor(
    private readonly zip: ZipEntries,
    private readonly info: BookInfo,
    private readonly styles: readonly CellStyle[],
    private readonly sharedStrings: SharedStrings,
  ) {}

  /** Throws on anything it does not read (the caller then uses the full reader). */
  static open(data: Uint8Array, inflater: Inflater): FastBook {
    const zip = zipEntries(data, inflater);
    // The workbook part is where the package's relationships say (xl/workbook.xml as Excel names it).
    const stated = [...parseRels(zip.text("_rels/.rels"), "").values()].find((r) =>
      r.type.endsWith("/officeDocument"),
    )?.target;
    const bookPart = stated !== undefined && zip.has(stated) ? stated : "xl/workbook.xml";
    const folder = bookPart.includes("/") ? bookPart.slice(0, bookPart.lastIndexOf("/")) : "";
    const workbookXml = zip.text(bookPart);
    if (workbookXml === null) {
      // A package that is something else, said as such rather than "not a valid workbook".
      if (zip.has("xl/workbook.bin")) throw new PackageRefusal("xlsb", "xl/workbook.bin");
      for (const part of ["word/document.xml", "ppt/presentation.xml"])
        if (zip.has(part))
          throw new PackageRefusal("document", part, { kind: part.startsWith("word") ? "word" : "powerpoint" });
      if (zip.has("EncryptedPackage")) throw new PackageRefusal("encrypted", "EncryptedPackage");
      // No workbook part: a damaged package, said so in words (as for a workbook without sheets).
      throw new PackageRefusal("noSheets", bookPart);
    }
    const relsPart = `${folder === "" ? "" : `${folder}/`}_rels/${bookPart.slice(bookPart.lastIndexOf("/") + 1)}.rels`;
    const rels = parseRels(zip.text(relsPart), folder);
    const info = parseWorkbook(workbookXml, rels);
    // Excel saves at least one sheet: none read is a damaged workbook part, not an empty workbook.
    if (info.sheets.length === 0) throw new PackageRefusal("noSheets", "xl/workbook.xml");
    const part = (type: string, fallback: string): string =>
      [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.target ??
      (folder === "" ? fallback : `${folder}/${fallback}`);
    return new FastBook(
      zip,
      info,
      parseStyles(zip.text(part("styles", "styles.xml"))),
      parseSharedStrings(zip.text(part("sharedStrings", "sharedStrings.xml"))),
    );
  }

  sheetNames(): string[] {
    return this.info.sheets.map((s) => s.name);
  }

  /** A defined name's first range as written, or null. */
  definedName(name: string): string | null {
    return this.info.names.get(name) ?? null;
  }

  grid(name: string): Grid {
    const sheet = this.info.sheets.find((s) => s.name === name);
    if (sheet === undefined)
      throw new WorkbookReadError("NO_SUCH_SHEET", { sheet: name }, { key: "error.NO_SUCH_SHEET.one" });
    const xml = this.zip.text(sheet.part);
    if (xml === null) throw new PackageRefusal("noSheets", sheet.part);
    const folder = sheet.part.slice(0, sheet.part.lastIndexOf("/"));
    const file = sheet.part.slice(sheet.part.lastIndexOf("/") + 1);
    const rels = parseRels(this.zip.text(`${folder}/_rels/${file}.rels`), folder);
    return sheetGrid(name, xml, {
      styles: this.styles,
      sharedStrings: this.sharedStrings,
      date1904: this.info.date1904,
      hyperlinkIds: new Set(rels.keys()),
    });
  }
}
