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
  if (plainXml(xml)) scanXml(xml, handler);
  else parseWithHtmlparser2(xml, handler);
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
      const name = xml.slice(lt + 2, end).trimEnd();
      if (stack.pop() !== name) throw new Error(`unexpected </${name}>`);
      if (close) close(name);
      at = end + 1;
      continue;
    }
    let i = lt + 1;
    while (i < length && !endsName(xml.charCodeAt(i))) i++;
    if (i === lt + 1 || i >= length) throw new Error("malformed tag");
    const name = xml.slice(lt + 1, i);
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
      const attribute = xml.slice(nameStart, i);
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
