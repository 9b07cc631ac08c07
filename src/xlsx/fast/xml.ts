import { Parser } from "htmlparser2";

export interface XmlHandler {
  readonly open?: (name: string, attributes: Record<string, string>) => void;
  readonly text?: (text: string) => void;
  readonly close?: (name: string) => void;
}

/**
 * Streams an XML part to the handler: names kept as written (prefixes included), entities decoded,
 * a self-closing tag opened and closed, as htmlparser2 in xmlMode gives them (and exceljs's parser).
 *
 * Parts as Excel and other writers save them go through a plain scanner: htmlparser2's tokenizer
 * was most of reading a long sheet (a state machine per character, an event per attribute). A part
 * with what the scanner leaves to htmlparser2 (a comment, CDATA, a declaration, an entity other than
 * the five named ones and plain character references) is read by htmlparser2 as before.
 */
export function parseXml(xml: string, handler: XmlHandler): void {
  const named = byNamespace(xml, handler);
  if (plainXml(xml)) scanXml(xml, named);
  else parseWithHtmlparser2(xml, named);
}

/** Namespaces whose elements the readers know unprefixed: SpreadsheetML, package relationships, content types. */
const UNPREFIXED = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
  "http://schemas.openxmlformats.org/package/2006/relationships",
  "http://schemas.openxmlformats.org/package/2006/content-types",
]);
/** The relationships namespace, whose attributes the readers know as r:id. */
const RELATIONSHIPS = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
]);

/**
 * Elements and attributes by namespace, not by prefix: a part written `<x:worksheet xmlns:x="…main">`
 * (or with relationships as `rel:id`) reads as Excel's own `<worksheet>` and `r:id`. The root's
 * declarations decide; a part as Excel writes it goes to the handler untouched.
 */
function byNamespace(xml: string, handler: XmlHandler): XmlHandler {
  const root = rootTag(xml);
  if (root === null || !root.includes("xmlns:")) return handler;
  const elementPrefixes = new Set<string>();
  const relPrefixes = new Set<string>();
  for (const match of root.matchAll(/xmlns:([\w.-]+)\s*=\s*(["'])(.*?)\2/g)) {
    const prefix = match[1] ?? "";
    const uri = match[3] ?? "";
    if (UNPREFIXED.has(uri)) elementPrefixes.add(`${prefix}:`);
    else if (RELATIONSHIPS.has(uri) && prefix !== "r") relPrefixes.add(`${prefix}:`);
  }
  if (elementPrefixes.size === 0 && relPrefixes.size === 0) return handler;
  const element = (name: string): string => {
    const colon = name.indexOf(":");
    return colon > 0 && elementPrefixes.has(name.slice(0, colon + 1)) ? name.slice(colon + 1) : name;
  };
  const attributes = (a: Record<string, string>): Record<string, string> => {
    if (relPrefixes.size === 0) return a;
    let out: Record<string, string> | null = null;
    for (const key of Object.keys(a)) {
      const colon = key.indexOf(":");
      if (colon > 0 && relPrefixes.has(key.slice(0, colon + 1))) {
        out ??= { ...a };
        out[`r:${key.slice(colon + 1)}`] ??= a[key] ?? "";
      }
    }
    return out ?? a;
  };
  const { open, text, close } = handler;
  return {
    ...(open ? { open: (name: string, a: Record<string, string>) => open(element(name), attributes(a)) } : {}),
    ...(text ? { text } : {}),
    ...(close ? { close: (name: string) => close(element(name)) } : {}),
  };
}

/** The root element's start tag, past the declaration and any comments; null where there is none. */
function rootTag(xml: string): string | null {
  let at = 0;
  for (let guard = 0; guard < 64; guard++) {
    const lt = xml.indexOf("<", at);
    if (lt < 0) return null;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */ || next === 0x21 /* ! */) {
      const end = xml.indexOf(">", lt + 1);
      if (end < 0) return null;
      at = end + 1;
      continue;
    }
    const end = xml.indexOf(">", lt + 1);
    return end < 0 ? null : xml.slice(lt, end + 1);
  }
  return null;
}

function parseWithHtmlparser2(xml: string, handler: XmlHandler): void {
  const parser = new Parser(
    { onopentag: handler.open, ontext: handler.text, onclosetag: handler.close },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;

/**
 * A character reference htmlparser2 decodes as its code point: not 0, a surrogate, C1 (which it
 * maps as windows-1252) or beyond Unicode.
 */
function plainCodePoint(code: number): boolean {
  return code > 0 && code < 0x80 ? true : code >= 0xa0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
}

/** No comment, CDATA or declaration, and every & one of the references decode() reads. */
function plainXml(xml: string): boolean {
  if (xml.includes("<!")) return false;
  for (let at = xml.indexOf("&"); at >= 0; at = xml.indexOf("&", at + 1)) {
    ENTITY.lastIndex = at;
    const match = ENTITY.exec(xml);
    if (match === null || match.index !== at) return false;
    if (match[1] === undefined && !plainCodePoint(parseInt(match[2] ?? match[3] ?? "", match[2] ? 10 : 16)))
      return false;
  }
  return true;
}

function decode(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (_, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
    name !== undefined
      ? (NAMED[name] ?? "")
      : String.fromCodePoint(dec !== undefined ? parseInt(dec, 10) : parseInt(hex ?? "", 16)),
  );
}

const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});

/** Whitespace, "/" and ">" end a name (htmlparser2's isEndOfTagSection). */
function endsName(code: number): boolean {
  return (
    code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c || code === 0x2f || code === 0x3e
  );
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c;
}

/**
 * The element and attribute names of a sheet and its parts, by length: a name met is given as one of
 * these (the same string each time) rather than a copy per tag, which the handler's comparisons and
 * each attribute object's keys would otherwise look up afresh. Any other name is copied.
 */
const KNOWN_NAMES: ReadonlyArray<readonly string[]> = byLength([
  "is",
  "si",
  "ht",
  "rPh",
  "row",
  "col",
  "ref",
  "min",
  "max",
  "rPr",
  "spans",
  "width",
  "style",
  "hidden",
  "sheetData",
  "mergeCell",
  "hyperlink",
  "customWidth",
  "customHeight",
  "x14ac:dyDescent",
]);

function byLength(names: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const name of names) (out[name.length] ??= []).push(name);
  return out;
}

/** Every one-character name of ASCII (c, v, r, s, t…), by its code. */
const ONE_CHARACTER: readonly string[] = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

/** xml.slice(start, end), as one of KNOWN_NAMES where it is one. */
function knownName(xml: string, start: number, end: number): string {
  if (end - start === 1) return ONE_CHARACTER[xml.charCodeAt(start)] ?? xml.slice(start, end);
  const candidates = KNOWN_NAMES[end - start];
  if (candidates !== undefined) for (const name of candidates) if (xml.startsWith(name, start)) return name;
  return xml.slice(start, end);
}

/** Well-formed XML only: anything else throws, and the caller reads the file with the full reader. */
function scanXml(xml: string, handler: XmlHandler): void {
  const { open, text, close } = handler;
  const stack: string[] = [];
  const length = xml.length;
  let at = 0;
  while (at < length) {
    const lt = xml.indexOf("<", at);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > at && text) text(decode(xml.slice(at, textEnd)));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw new Error("unterminated processing instruction");
      at = end + 2;
      continue;
    }
    if (next === 0x2f /* / */) {
      const end = xml.indexOf(">", lt + 2);
      if (end < 0) throw new Error("unterminated end tag");
      const open = stack.pop();
      // The end tag of the open element, as nearly all are: its name without a copy.
      const name =
        open !== undefined && end === lt + 2 + open.length && xml.startsWith(open, lt + 2)
          ? open
          : xml.slice(lt + 2, end).trimEnd();
      if (open !== name) throw new Error(`unexpected </${name}>`);
      if (close) close(name);
      at = end + 1;
      continue;
    }
    let i = lt + 1;
    while (i < length && !endsName(xml.charCodeAt(i))) i++;
    if (i === lt + 1 || i >= length) throw new Error("malformed tag");
    const name = knownName(xml, lt + 1, i);
    // Most tags of a sheet (<v>, <t>, <is>) have none: those share one empty, frozen object.
    let attributes: Record<string, string> = NO_ATTRIBUTES;
    let selfClosing = false;
    for (;;) {
      let code = xml.charCodeAt(i);
      while (isSpace(code)) code = xml.charCodeAt(++i);
      if (code === 0x3e /* > */) {
        i++;
        break;
      }
      if (code === 0x2f /* / */ && xml.charCodeAt(i + 1) === 0x3e) {
        selfClosing = true;
        i += 2;
        break;
      }
      const nameStart = i;
      while (i < length && !endsName(code) && code !== 0x3d /* = */) code = xml.charCodeAt(++i);
      if (i === nameStart || i >= length) throw new Error("malformed attribute");
      const attribute = knownName(xml, nameStart, i);
      while (isSpace(code)) code = xml.charCodeAt(++i);
      if (code !== 0x3d) throw new Error("attribute without a value");
      code = xml.charCodeAt(++i);
      while (isSpace(code)) code = xml.charCodeAt(++i);
      if (code !== 0x22 /* " */ && code !== 0x27 /* ' */) throw new Error("unquoted attribute");
      const valueEnd = xml.indexOf(code === 0x22 ? '"' : "'", i + 1);
      if (valueEnd < 0) throw new Error("unterminated attribute");
      // The first of a repeated attribute stands, as in htmlparser2.
      if (attributes === NO_ATTRIBUTES) attributes = {};
      if (!Object.prototype.hasOwnProperty.call(attributes, attribute))
        attributes[attribute] = decode(xml.slice(i + 1, valueEnd));
      i = valueEnd + 1;
    }
    if (open) open(name, attributes);
    if (selfClosing) {
      if (close) close(name);
    } else stack.push(name);
    at = i;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1] ?? ""}>`);
}
