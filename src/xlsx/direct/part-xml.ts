import { pushAll } from "../../core/values/arrays";
import {
  createElement,
  elementChildren,
  insertInOrder as insertOrdered,
  isElement,
  localName,
  namespaceOf,
  namespaceOfPrefix,
  parseXmlDocument,
  qualified,
  serializeDocument,
  standsFor,
  type XmlDocument,
  type XmlElement,
  type XmlNode,
} from "./xml-dom";
import { DirectWriteUnsupported, NS_MAIN, NS_R, WORKSHEET_ORDER } from "./xml-text";

export { WORKSHEET_ORDER };

/** SpreadsheetML's main namespace in Strict Open XML (ISO/IEC 29500 Strict). */
export const NS_MAIN_STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
export const NS_R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
export const MAIN_NAMESPACES = [NS_MAIN, NS_MAIN_STRICT] as const;

/** CT_Workbook's sequence (18.2.28). */
export const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
] as const;

/**
 * A SpreadsheetML part as an element tree: its main namespace (Transitional or Strict, whatever
 * prefix it is written with), elements found and made in it.
 */
export class SpreadsheetPart {
  readonly root: XmlElement;
  readonly main: string;
  protected dirty = false;

  constructor(
    protected readonly doc: XmlDocument,
    protected readonly raw: Map<XmlElement, string> = new Map(),
  ) {
    this.root = doc.root;
    const main = namespaceOf(doc.root);
    if (main === null || !(MAIN_NAMESPACES as readonly string[]).includes(main))
      throw new DirectWriteUnsupported(`<${doc.root.name}> is not in SpreadsheetML's namespace`);
    this.main = main;
  }

  static parse(xml: string): SpreadsheetPart {
    return new SpreadsheetPart(parseXmlDocument(xml));
  }

  get strict(): boolean {
    return this.main === NS_MAIN_STRICT;
  }

  /** The relationships namespace that goes with the part's main namespace. */
  get relationships(): string {
    return this.strict ? NS_R_STRICT : NS_R;
  }

  is(element: XmlElement | undefined, local: string): boolean {
    return isElement(element, [this.main], local);
  }

  children(parent: XmlElement, local: string): XmlElement[] {
    return elementChildren(parent).filter((c) => this.is(c, local));
  }

  child(parent: XmlElement, local: string): XmlElement | undefined {
    return elementChildren(parent).find((c) => this.is(c, local));
  }

  /**
   * Elements from markup written in the Transitional namespaces (the writer's own, main as the
   * default namespace and r: for relationships), renamed into this part's namespaces and prefixes.
   */
  fragment(markup: string): XmlElement[] {
    const parsed = parseXmlDocument(`<f xmlns="${NS_MAIN}" xmlns:r="${NS_R}">${markup}</f>`).root;
    // Every element's namespace as parsed (under the fragment's own declarations), before any moves into the part.
    const parsedNs = new Map<XmlElement, string | null>();
    const resolve = (element: XmlElement): void => {
      parsedNs.set(element, namespaceOf(element));
      for (const child of elementChildren(element)) resolve(child);
    };
    for (const element of elementChildren(parsed)) resolve(element);
    const adopt = (element: XmlElement, parent: XmlElement): void => {
      const ns = parsedNs.get(element) ?? null;
      element.parent = parent;
      if (ns === NS_MAIN) element.name = qualified(this.root, this.main, localName(element), "x");
      for (const name of Object.keys(element.attributes)) {
        if (name === "xmlns" || name.startsWith("xmlns:")) {
          Reflect.deleteProperty(element.attributes, name);
          continue;
        }
        if (!name.startsWith("r:")) continue;
        const value = element.attributes[name] ?? "";
        Reflect.deleteProperty(element.attributes, name);
        element.attributes[qualified(this.root, this.relationships, name.slice(2), "r")] = value;
      }
      for (const child of elementChildren(element)) adopt(child, element);
    };
    const out = elementChildren(parsed);
    for (const element of out) adopt(element, this.root);
    return out;
  }

  /** A new element in the part's main namespace (not yet inserted). */
  element(parent: XmlElement, local: string, attributes: Record<string, string> = {}): XmlElement {
    return createElement(parent, qualified(this.root, this.main, local, "x"), attributes);
  }

  /** An attribute in the relationships namespace (r:id), whatever its prefix; null when absent. */
  relationshipValue(element: XmlElement, local: string): string | null {
    for (const [name, value] of Object.entries(element.attributes)) {
      const colon = name.indexOf(":");
      if (colon < 0 || name.slice(colon + 1) !== local || name.startsWith("xmlns:")) continue;
      const ns = namespaceOfPrefix(element, name.slice(0, colon));
      if (ns === NS_R || ns === NS_R_STRICT) return value;
    }
    return null;
  }

  /** The qualified name of r:`local` in this part (the prefix declared on the root when absent). */
  relationshipAttribute(local: string): string {
    return qualified(this.root, this.relationships, local, "r");
  }

  touch(): void {
    this.dirty = true;
  }

  get changed(): boolean {
    return this.dirty;
  }

  toString(): string {
    return serializeDocument(this.doc, this.raw);
  }
}

const SHEET_DATA = /<([A-Za-z_][\w.-]*:)?sheetData(?=[\s/>])/;

/**
 * A user's worksheet: its head and tail (views, rules, drawings, tables, extensions) as elements,
 * its <sheetData> (the cells: tens of megabytes in a big sheet) kept as the text it was, never parsed.
 */
export class WorksheetPart extends SpreadsheetPart {
  static parseSheet(xml: string): WorksheetPart {
    const start = SHEET_DATA.exec(xml);
    if (start === null) return new WorksheetPart(parseXmlDocument(xml));
    const prefix = start[1] ?? "";
    const tagEnd = xml.indexOf(">", start.index);
    if (tagEnd < 0) throw new DirectWriteUnsupported("a sheet cut short");
    let end: number;
    if (xml[tagEnd - 1] === "/") end = tagEnd + 1;
    else {
      const close = `</${prefix}sheetData>`;
      const at = xml.indexOf(close, tagEnd);
      if (at < 0) throw new DirectWriteUnsupported("a sheet cut short");
      end = at + close.length;
    }
    const placeholder = `<${prefix}sheetData/>`;
    const doc = parseXmlDocument(xml.slice(0, start.index) + placeholder + xml.slice(end));
    const data = elementChildren(doc.root).find((c) => localName(c) === "sheetData");
    if (data === undefined) throw new DirectWriteUnsupported("sheetData outside the worksheet");
    return new WorksheetPart(doc, new Map([[data, xml.slice(start.index, end)]]));
  }

  /**
   * Adds the writer's own elements named `local`, written as `markup` in the Transitional main
   * namespace, where CT_Worksheet's sequence puts them. Where that namespace is the sheet's default
   * (as Excel writes it), the markup goes in as written — a report's thousands of rules are not
   * parsed again; otherwise it is parsed and renamed into the sheet's namespaces.
   */
  insertMarkup(local: (typeof WORKSHEET_ORDER)[number], markup: string): void {
    if (markup === "") return;
    const plain = this.main === NS_MAIN && !this.root.name.includes(":") && this.root.attributes["xmlns:r"] === NS_R;
    if (!plain) {
      for (const element of this.fragment(markup)) this.insert(element);
      return;
    }
    const holder = this.element(this.root, local);
    this.insert(holder);
    this.raw.set(holder, markup);
  }

  /** Adds an element where CT_Worksheet's sequence puts it. */
  insert(element: XmlElement): void {
    insertOrdered(this.root, element, [this.main], WORKSHEET_ORDER);
    this.dirty = true;
  }

  remove(element: XmlElement): void {
    const at = this.root.children.indexOf(element);
    if (at >= 0) this.root.children.splice(at, 1);
    this.dirty = true;
  }

  /**
   * An edited sheet is written with its elements in CT_Worksheet's order, even where the sheet as
   * read had them out of it (a <legacyDrawing> after <extLst>, as some writers leave it): Excel
   * repairs such a sheet. Elements of other namespaces keep their place after the one before them.
   */
  override toString(): string {
    if (this.dirty) {
      const rank = (node: XmlNode, before: number): number => {
        if (node.kind !== "element") return before;
        const stands = standsFor(node);
        if (stands === undefined || !this.is(stands, localName(stands))) return before;
        const at = (WORKSHEET_ORDER as readonly string[]).indexOf(localName(stands));
        return at < 0 ? before : at;
      };
      let last = -1;
      const ranked = this.root.children.map((node, i) => {
        last = rank(node, last);
        return { node, rank: last, i };
      });
      ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
      this.root.children.length = 0;
      pushAll(
        this.root.children,
        ranked.map((r) => r.node),
      );
    }
    return super.toString();
  }
}

/**
 * A part whose root is in SpreadsheetML's main namespace under a prefix (`<x:styleSheet
 * xmlns:x="…main">`, as the Open XML SDK writes it), rewritten with that namespace as the default
 * and its elements unprefixed: the same elements by URI, which the writer's list edits (styles,
 * shared strings) then find by name. Every other namespace, attribute and extension stays as it
 * was. A part already in the default namespace, or one whose default namespace is another, is
 * returned as it is.
 */
export function withMainAsDefault(xml: string): string {
  // Most parts' root is unprefixed (as Excel writes them): seen from its start tag, not parsed (a
  // report's shared strings are megabytes).
  if (!rootIsPrefixed(xml)) return xml;
  const doc = parseXmlDocument(xml);
  const main = namespaceOf(doc.root);
  if (!doc.root.name.includes(":") || main === null || !(MAIN_NAMESPACES as readonly string[]).includes(main))
    return xml;
  const declared = doc.root.attributes.xmlns;
  if (declared !== undefined && declared !== main) return xml;
  try {
    // Namespaces are resolved before any name changes: collect, then rename.
    const inMain = new Set<XmlElement>();
    const walk = (element: XmlElement): void => {
      if (namespaceOf(element) === main) inMain.add(element);
      else if (!element.name.includes(":") && element.attributes.xmlns === undefined)
        throw new DirectWriteUnsupported("mixed");
      for (const child of elementChildren(element)) walk(child);
    };
    walk(doc.root);
    for (const element of inMain) element.name = localName(element);
  } catch (error) {
    if (error instanceof DirectWriteUnsupported) return xml;
    throw error;
  }
  doc.root.attributes.xmlns = main;
  return serializeDocument(doc);
}

/** Whether the root element's name has a prefix, from its start tag (past the declaration and comments). */
function rootIsPrefixed(xml: string): boolean {
  let at = xml.indexOf("<");
  while (at >= 0 && (xml.startsWith("<?", at) || xml.startsWith("<!", at))) {
    const end = xml.startsWith("<!--", at) ? xml.indexOf("-->", at) : xml.indexOf(">", at);
    if (end < 0) return false;
    at = xml.indexOf("<", end);
  }
  if (at < 0) return false;
  const name = /^<([^\s/>]+)/.exec(xml.slice(at, at + 200))?.[1] ?? "";
  return name.includes(":");
}
