import { Parser } from "htmlparser2";
import { DirectWriteUnsupported } from "./xml-text";

/**
 * A small element tree of an XML part, read with htmlparser2 (xmlMode) and written back as read:
 * names with their prefixes, every attribute (namespace declarations, mc:Ignorable, xr:uid…) in
 * its order, text, comments, CDATA and processing instructions. Elements are found by namespace
 * URI and local name, never by prefix. Used for the parts the writer edits (a sheet's head and
 * tail, comments, workbook.xml, content types, relationships), never for a sheet's cells.
 */
export interface XmlElement {
  readonly kind: "element";
  name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlNode[];
  parent: XmlElement | null;
}

export interface XmlText {
  readonly kind: "text";
  text: string;
}

/** Markup kept as written: a comment, CDATA, a processing instruction, or bytes the tree does not hold. */
export interface XmlRaw {
  readonly kind: "raw";
  readonly raw: string;
}

export type XmlNode = XmlElement | XmlText | XmlRaw;

export interface XmlDocument {
  /** The declaration and anything before the root element, as written. */
  readonly prolog: XmlNode[];
  readonly root: XmlElement;
  readonly epilog: XmlNode[];
}

export const NS_XML = "http://www.w3.org/XML/1998/namespace";

/** Parses a whole part. Throws DirectWriteUnsupported when it is not one well-formed element tree. */
export function parseXmlDocument(xml: string): XmlDocument {
  const top: XmlNode[] = [];
  const stack: XmlElement[] = [];
  let cdata: string[] | null = null;
  let broken: string | null = null;
  const append = (node: XmlNode): void => {
    const parent = stack[stack.length - 1];
    const list = parent === undefined ? top : parent.children;
    const last = list[list.length - 1];
    if (node.kind === "text" && last?.kind === "text") last.text += node.text;
    else list.push(node);
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element: XmlElement = {
          kind: "element",
          name,
          attributes: { ...attributes },
          children: [],
          parent: stack[stack.length - 1] ?? null,
        };
        append(element);
        stack.push(element);
      },
      onclosetag(name, implied) {
        const open = stack.pop();
        // htmlparser2 closes a self-closing tag "implied", and so an element left open: told apart by the tag.
        const selfClosing = implied && xml.slice(parser.startIndex, parser.endIndex + 1).endsWith("/>");
        if (open === undefined || open.name !== name || (implied && !selfClosing))
          broken ??= `</${name}> does not close its element`;
      },
      ontext(text) {
        if (cdata !== null) cdata.push(text);
        else append({ kind: "text", text });
      },
      oncomment(data) {
        append({ kind: "raw", raw: `<!--${data}-->` });
      },
      oncdatastart() {
        cdata = [];
      },
      oncdataend() {
        const text = (cdata ?? []).join("");
        cdata = null;
        append({ kind: "raw", raw: `<![CDATA[${text}]]>` });
      },
      onprocessinginstruction(_name, data) {
        append({ kind: "raw", raw: `<${data}>` });
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(xml);
  parser.end();
  if (stack.length > 0) broken ??= `<${stack[stack.length - 1]?.name}> is not closed`;
  const rootIndex = top.findIndex((n) => n.kind === "element");
  const root = top[rootIndex];
  if (root === undefined || root.kind !== "element") broken ??= "no root element";
  if (top.filter((n) => n.kind === "element").length > 1) broken ??= "more than one root element";
  if (broken !== null || root === undefined || root.kind !== "element")
    throw new DirectWriteUnsupported(`not well-formed XML: ${broken ?? "no root"}`);
  return { prolog: top.slice(0, rootIndex), root, epilog: top.slice(rootIndex + 1) };
}

export function escapeXmlText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeXmlAttribute(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

/**
 * Writes a node back. `raw` gives the text written for an element instead of the element itself
 * (a sheet's cells, kept as the bytes they were).
 */
export function serializeNode(node: XmlNode, out: string[], raw?: ReadonlyMap<XmlElement, string>): void {
  if (node.kind === "text") {
    out.push(escapeXmlText(node.text));
    return;
  }
  if (node.kind === "raw") {
    out.push(node.raw);
    return;
  }
  const instead = raw?.get(node);
  if (instead !== undefined) {
    out.push(instead);
    return;
  }
  let start = `<${node.name}`;
  for (const [name, value] of Object.entries(node.attributes)) start += ` ${name}="${escapeXmlAttribute(value)}"`;
  if (node.children.length === 0) {
    out.push(`${start}/>`);
    return;
  }
  out.push(`${start}>`);
  for (const child of node.children) serializeNode(child, out, raw);
  out.push(`</${node.name}>`);
}

export function serializeDocument(doc: XmlDocument, raw?: ReadonlyMap<XmlElement, string>): string {
  const out: string[] = [];
  for (const node of doc.prolog) serializeNode(node, out, raw);
  serializeNode(doc.root, out, raw);
  for (const node of doc.epilog) serializeNode(node, out, raw);
  return out.join("");
}

export function localName(element: XmlElement): string {
  const colon = element.name.indexOf(":");
  return colon < 0 ? element.name : element.name.slice(colon + 1);
}

function prefixOf(name: string): string | null {
  const colon = name.indexOf(":");
  return colon < 0 ? null : name.slice(0, colon);
}

/** The namespace URI a prefix (null: the default namespace) stands for at an element. */
export function namespaceOfPrefix(element: XmlElement | null, prefix: string | null): string | null {
  if (prefix === "xml") return NS_XML;
  const attribute = prefix === null ? "xmlns" : `xmlns:${prefix}`;
  for (let at = element; at !== null; at = at.parent) {
    const value = at.attributes[attribute];
    if (value !== undefined) return value === "" ? null : value;
  }
  return null;
}

export function namespaceOf(element: XmlElement): string | null {
  return namespaceOfPrefix(element, prefixOf(element.name));
}

/** Whether the element is `local` in one of the namespaces. */
export function isElement(node: XmlNode | undefined, namespaces: readonly string[], local: string): boolean {
  if (node === undefined || node.kind !== "element" || localName(node) !== local) return false;
  const ns = namespaceOf(node);
  return ns !== null && namespaces.includes(ns);
}

export function elementChildren(element: XmlElement): XmlElement[] {
  return element.children.filter((c): c is XmlElement => c.kind === "element");
}

export function childrenNamed(element: XmlElement, namespaces: readonly string[], local: string): XmlElement[] {
  return elementChildren(element).filter((c) => isElement(c, namespaces, local));
}

export function childNamed(element: XmlElement, namespaces: readonly string[], local: string): XmlElement | undefined {
  return elementChildren(element).find((c) => isElement(c, namespaces, local));
}

/** Every element below, depth first. */
export function descendants(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const child of elementChildren(e)) {
      out.push(child);
      walk(child);
    }
  };
  walk(element);
  return out;
}

/** The text of an element and everything in it. */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (c.kind === "text" ? c.text : c.kind === "element" ? textOf(c) : "")).join("");
}

/**
 * The prefix an element in `namespace` is written with at `scope` (null: the default namespace);
 * when none is declared, one is declared on `scope` as `preferred` (numbered if that is taken).
 */
export function prefixFor(scope: XmlElement, namespace: string, preferred: string): string | null {
  if (namespaceOfPrefix(scope, null) === namespace) return null;
  for (let at: XmlElement | null = scope; at !== null; at = at.parent) {
    for (const [name, value] of Object.entries(at.attributes)) {
      if (value !== namespace || !name.startsWith("xmlns:")) continue;
      const prefix = name.slice(6);
      // Declared higher up but redeclared on the way down: not usable.
      if (namespaceOfPrefix(scope, prefix) === namespace) return prefix;
    }
  }
  let prefix = preferred;
  for (let n = 2; namespaceOfPrefix(scope, prefix) !== null; n++) prefix = `${preferred}${n}`;
  scope.attributes[`xmlns:${prefix}`] = namespace;
  return prefix;
}

/** The qualified name of `local` in `namespace` at `scope`. */
export function qualified(scope: XmlElement, namespace: string, local: string, preferred: string): string {
  const prefix = prefixFor(scope, namespace, preferred);
  return prefix === null ? local : `${prefix}:${local}`;
}

/** A new element under `parent` (not yet inserted), named like its parent's namespace's elements. */
export function createElement(
  parent: XmlElement,
  name: string,
  attributes: Record<string, string> = {},
  children: XmlNode[] = [],
): XmlElement {
  const element: XmlElement = { kind: "element", name, attributes, children, parent };
  for (const child of children) if (child.kind === "element") child.parent = element;
  return element;
}

/** The element name local to a document's main namespace: its root's prefix, if any. */
export function sameNamespaceName(root: XmlElement, local: string): string {
  const prefix = prefixOf(root.name);
  return prefix === null ? local : `${prefix}:${local}`;
}

/** Markup-compatibility: the element an mc:AlternateContent stands for (its first choice's first element). */
const NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

export function standsFor(element: XmlElement): XmlElement | undefined {
  if (!isElement(element, [NS_MC], "AlternateContent")) return element;
  const branch = childNamed(element, [NS_MC], "Choice") ?? childNamed(element, [NS_MC], "Fallback");
  return branch === undefined ? undefined : elementChildren(branch)[0];
}

/**
 * Inserts `element` among `parent`'s children where a schema sequence (`order`, local names in
 * `namespaces`) puts it: before the first child that the sequence places after it, else after the
 * last child. Children of other namespaces stand where they are.
 */
export function insertInOrder(
  parent: XmlElement,
  element: XmlElement,
  namespaces: readonly string[],
  order: readonly string[],
): void {
  const mine = order.indexOf(localName(element));
  if (mine < 0) throw new Error(`${localName(element)} is not in the sequence`);
  element.parent = parent;
  const at = parent.children.findIndex((child) => {
    if (child.kind !== "element") return false;
    const stands = standsFor(child);
    if (stands === undefined) return false;
    const ns = namespaceOf(stands);
    if (ns === null || !namespaces.includes(ns)) return false;
    return order.indexOf(localName(stands)) > mine;
  });
  if (at < 0) parent.children.push(element);
  else parent.children.splice(at, 0, element);
}

export function removeChild(parent: XmlElement, child: XmlNode): void {
  const at = parent.children.indexOf(child);
  if (at >= 0) parent.children.splice(at, 1);
}
