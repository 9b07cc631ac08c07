import { Package, type Codec } from "./package";
import { WorksheetPart } from "./part-xml";
import { WorkbookPart, WORKBOOK_PART } from "./workbook-part";
import { escapeAttribute, NS_MAIN, NS_R, XML_HEAD } from "./xml-text";

/** An empty zip: its end-of-directory record alone (22 bytes). */
function emptyZip(): Uint8Array {
  const out = new Uint8Array(22);
  new DataView(out.buffer).setUint32(0, 0x06054b50, true);
  return out;
}

const NS_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

/** A styles part with Excel's defaults: one font, the two fills every workbook has, one border, the Normal style. */
export const DEFAULT_STYLES =
  `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0"/>' +
  "</styleSheet>";

/**
 * A new workbook package with no sheet yet: content types, the package's and the workbook's
 * relationships, workbook.xml and a styles part with Excel's defaults (the writer appends its own
 * styles after them). The package writer then adds the sheets of a plan (applyPlanToPackage), as it
 * does to a user's workbook: one writer for every file the product makes.
 */
export function newWorkbookPackage(codec: Codec): Uint8Array {
  const pkg = new Package(emptyZip(), codec);
  pkg.set(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      "</Types>",
  );
  pkg.set(
    "_rels/.rels",
    `${XML_HEAD}<Relationships xmlns="${NS_PACKAGE_RELS}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="xl/workbook.xml"/></Relationships>`,
  );
  pkg.set(
    "xl/_rels/workbook.xml.rels",
    `${XML_HEAD}<Relationships xmlns="${NS_PACKAGE_RELS}"><Relationship Id="rId1" Type="${STYLES}" Target="styles.xml"/></Relationships>`,
  );
  pkg.set(
    WORKBOOK_PART,
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><bookViews><workbookView/></bookViews><sheets/></workbook>`,
  );
  pkg.set("xl/styles.xml", DEFAULT_STYLES);
  return pkg.bytes();
}

/**
 * A sheet's autofilter over `ref` (its header row and rows), and how many pages wide it prints:
 * what a plan's sheet does not say (the summary workbook's table of files). Edited as elements.
 */
export function withSheetSetup(
  data: Uint8Array,
  codec: Codec,
  sheet: string,
  setup: { readonly autoFilter?: string; readonly pagesWide?: number },
): Uint8Array {
  const pkg = new Package(data, codec);
  const book = new WorkbookPart(pkg, pkg.text(WORKBOOK_PART) ?? "");
  const part = book.sheetPart(sheet);
  const ws = WorksheetPart.parseSheet(pkg.text(part) ?? "");
  if (setup.autoFilter !== undefined)
    ws.insertMarkup("autoFilter", `<autoFilter ref="${escapeAttribute(setup.autoFilter)}"/>`);
  const pageSetup = ws.child(ws.root, "pageSetup");
  if (setup.pagesWide !== undefined && pageSetup !== undefined) {
    pageSetup.attributes.fitToWidth = String(setup.pagesWide);
    ws.touch();
  }
  pkg.set(part, ws.toString());
  return pkg.bytes();
}
