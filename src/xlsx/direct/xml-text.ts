/**
 * Small text operations on package parts. The parts edited here (workbook.xml, its rels, content
 * types, styles.xml, a sheet's head and tail) are read as text with these, never as a whole
 * document: a sheet of 20,000 rows is not parsed to add one element after its data.
 */
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const NS_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** CT_Worksheet's sequence (ECMA-376 Part 1, 18.3.1.99), the elements a sheet may hold in their order. */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

/**
 * CT_Worksheet's elements after <sheetData>, in the order the schema's sequence requires: an element
 * added to a sheet goes before the first present of those after it.
 */
const WORKSHEET_TAIL = WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf("sheetData") + 1);

/** The worksheet elements that must follow `element`. */
export function elementsAfter(element: (typeof WORKSHEET_TAIL)[number]): readonly string[] {
  return WORKSHEET_TAIL.slice(WORKSHEET_TAIL.indexOf(element) + 1);
}

/** A part the package writer does not know how to edit: the plan is refused with the reason, nothing written. */
export class DirectWriteUnsupported extends Error {}

/**
 * A Strict Open XML workbook: read, but not written, since every part the writer adds (sheets,
 * tables, charts, relationships, content types) would have to be in Strict's namespaces too.
 */
export class StrictNotWritten extends DirectWriteUnsupported {}

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 does not allow, which this escapes
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_ESCAPE = /[&<>_\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

export function escapeText(value: string): string {
  // Most cell text and formulas need nothing: one test instead of five replacements.
  if (!NEEDS_ESCAPE.test(value)) return value;
  return (
    value
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      // A literal "_x0041_" would be read as the escape of "A": its underscore is escaped first.
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
      // OOXML writes characters XML cannot hold as _xHHHH_ (ECMA-376 Part 1, 22.9.2.19).
      .replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0")}_`)
  );
}

export function escapeAttribute(value: string): string {
  return escapeText(value)
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

export function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

/** An attribute's value in one start tag, unescaped; null when absent. */
export function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (match === null) return null;
  return unescapeXml(match[2] ?? match[3] ?? "");
}

/** Every start (or empty) tag of an element, as written. */
export function tagsOf(xml: string, element: string): string[] {
  return xml.match(new RegExp(`<${element}(?=[\\s/>])[^>]*>`, "g")) ?? [];
}

/**
 * Inserts `element` before the first of `following` (elements that come after it in the schema's
 * sequence) found from `from`, else before `</root>`.
 */
export function insertBefore(
  xml: string,
  element: string,
  following: readonly string[],
  root: string,
  from = 0,
): string {
  let at = -1;
  for (const tag of following) {
    const i = xml.slice(from).search(new RegExp(`<${tag}[\\s/>]`));
    if (i >= 0 && (at < 0 || from + i < at)) at = from + i;
  }
  if (at < 0) at = xml.lastIndexOf(`</${root}>`);
  if (at < 0) throw new DirectWriteUnsupported(`no </${root}>`);
  return xml.slice(0, at) + element + xml.slice(at);
}

/** The folder and file of a part: xl/worksheets/sheet1.xml → its rels part. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  // The package's own relationships ("" as the source) are _rels/.rels.
  if (slash < 0) return `_rels/${part}.rels`;
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target resolved against the folder of the part that holds it. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}
