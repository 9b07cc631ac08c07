import { ALL_MARKERS, sheetOfReference } from "../core";
import { Package, type Codec } from "./direct/package";
import { attribute, escapeText, unescapeXml } from "./direct/xml-text";

/**
 * The copy of a written workbook that LibreOffice prints to PDF: the add-in's sheets only (the
 * user's are hidden, not removed, so the report's formulas over them still calculate), and the
 * footers' date code (&D, which LibreOffice prints in its own locale's form, 12/06/2026) replaced by
 * the date in the report's language (中華民國 115 年 12 月 6 日). The workbook itself is not changed.
 */
export function printableCopy(bytes: Uint8Array, codec: Codec, date: string): Uint8Array {
  const pkg = new Package(bytes, codec);
  const book = pkg.text("xl/workbook.xml");
  if (book === null) return bytes;
  const markers = new Set<string>(ALL_MARKERS);
  const ours = new Set<string>();
  for (const m of book.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const name = attribute(m[0], "name");
    const sheet = name !== null && markers.has(name) ? sheetOfReference(unescapeXml(m[2] ?? "")) : null;
    if (sheet !== null) ours.add(sheet);
  }
  if (ours.size === 0) return bytes;
  const parts = sheetParts(pkg);
  let edited = book.replace(/<sheet\b[^>]*?\/>/g, (tag) => {
    const name = attribute(tag, "name") ?? "";
    if (ours.has(name)) {
      const part = parts.get(attribute(tag, "r:id") ?? "");
      if (part !== undefined) datedFooters(pkg, part, date);
      return tag;
    }
    if (attribute(tag, "state") === "veryHidden") return tag;
    return tag.replace(/\sstate="[^"]*"/, "").replace(/\s*\/>$/, ' state="hidden"/>');
  });
  // The first tab shown must be one that prints.
  edited = edited.replace(/(<workbookView\b[^>]*?)\sfirstSheet="\d+"/, "$1");
  pkg.set("xl/workbook.xml", edited);
  return pkg.bytes();
}

/** Relationship id → worksheet part, from the workbook's relationships. */
function sheetParts(pkg: Package): Map<string, string> {
  const out = new Map<string, string>();
  const rels = pkg.text("xl/_rels/workbook.xml.rels") ?? "";
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id === null || target === null) continue;
    out.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

/** &D in a sheet's header and footer text becomes the date as written (a literal & stays &&). */
function datedFooters(pkg: Package, part: string, date: string): void {
  const xml = pkg.text(part);
  if (xml === null) return;
  const literal = date.replace(/&/g, "&&");
  const edited = xml.replace(
    /<(oddFooter|evenFooter|firstFooter|oddHeader|evenHeader|firstHeader)>([^<]*)<\/\1>/g,
    (_, tag: string, body: string) =>
      `<${tag}>${escapeText(unescapeXml(body).replace(/&(&|D)/g, (code, c: string) => (c === "D" ? literal : code)))}</${tag}>`,
  );
  if (edited !== xml) pkg.set(part, edited);
}
