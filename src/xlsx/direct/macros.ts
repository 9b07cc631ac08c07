import { WorkbookWriteError } from "../../core";
import { Package, type Codec } from "./package";
import { ContentTypes, Rels } from "./rels";
import { relsPartOf } from "./xml-text";

/** The content types of a workbook's main part: a plain workbook, and one that may hold macros. */
export const WORKBOOK_TYPE = {
  plain: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  macroEnabled: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
} as const;

const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const VBA_PROJECT = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";

/** Removes a part, what its relationships point at inside the package (a VBA project's signature), and its content type. */
function removePart(pkg: Package, types: ContentTypes, part: string): void {
  for (const rel of Rels.of(pkg, part).list())
    if (rel.part !== null && pkg.has(rel.part)) removePart(pkg, types, rel.part);
  pkg.remove(relsPartOf(part));
  pkg.remove(part);
  types.remove(part);
}

/**
 * The package as the output's extension needs it. Excel opens a file only when its extension and
 * its workbook's content type agree: an .xlsm keeps its macros and its macro-enabled type; an
 * .xlsx written from one is written without the VBA project and with the plain workbook type
 * (`macrosDropped`, for the caller to say so); a workbook without macros is refused as .xlsm
 * (nothing written).
 */
export function packageForExtension(
  bytes: Uint8Array,
  codec: Codec,
  extension: "xlsx" | "xlsm",
): { bytes: Uint8Array; macrosDropped: boolean } {
  const pkg = new Package(bytes, codec);
  const main =
    Rels.of(pkg, "")
      .list()
      .find((r) => r.type === OFFICE_DOCUMENT)?.part ?? "xl/workbook.xml";
  const types = new ContentTypes(pkg);
  const type = types.typeOf(main);
  if (extension === "xlsm") {
    if (type === WORKBOOK_TYPE.macroEnabled) return { bytes, macrosDropped: false };
    throw new WorkbookWriteError("NOT_A_MACRO_WORKBOOK", {});
  }
  if (type !== WORKBOOK_TYPE.macroEnabled) return { bytes, macrosDropped: false };
  const rels = Rels.of(pkg, main);
  for (const rel of rels.list().filter((r) => r.type === VBA_PROJECT)) {
    if (rel.part !== null) removePart(pkg, types, rel.part);
    rels.remove(rel.id);
  }
  rels.save(pkg);
  types.override(main, WORKBOOK_TYPE.plain);
  types.save();
  return { bytes: pkg.bytes(), macrosDropped: true };
}
