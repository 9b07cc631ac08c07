import type { Package } from "./package";
import {
  childrenNamed,
  createElement,
  isElement,
  parseXmlDocument,
  removeChild,
  sameNamespaceName,
  serializeDocument,
  type XmlDocument,
  type XmlElement,
} from "./xml-dom";
import { DirectWriteUnsupported, NS_RELS, relsPartOf, resolveTarget, XML_HEAD } from "./xml-text";

export const REL = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
} as const;

/** The content types of the parts the add-in writes ([Content_Types].xml). */
export const CONTENT_TYPE = {
  sheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vmlDrawing: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** As written in the rels part (relative to the source part's folder). */
  readonly target: string;
  /** The part it points at, as a package path; null for an external target. */
  readonly part: string | null;
}

export const NS_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";

function emptyDocument(xml: string): XmlDocument {
  return parseXmlDocument(xml);
}

/**
 * The relationships of one part (its .rels part) as elements: an added relationship is a new
 * element, a removed one goes, the others stay as written (with any attribute they carry).
 */
export class Rels {
  private constructor(
    readonly source: string,
    private readonly doc: XmlDocument,
    private readonly entries: Array<{ rel: Relationship; element: XmlElement }>,
    private changed: boolean,
  ) {}

  static of(pkg: Package, source: string): Rels {
    const xml = pkg.text(relsPartOf(source));
    const doc = emptyDocument(xml ?? `${XML_HEAD}<Relationships xmlns="${NS_RELS}"/>`);
    if (!isElement(doc.root, [NS_RELS], "Relationships"))
      throw new DirectWriteUnsupported(`${relsPartOf(source)} is not a relationships part`);
    const entries = childrenNamed(doc.root, [NS_RELS], "Relationship").map((element) => {
      const target = element.attributes.Target ?? "";
      const external = element.attributes.TargetMode === "External";
      const rel: Relationship = {
        id: element.attributes.Id ?? "",
        type: element.attributes.Type ?? "",
        target,
        part: external ? null : resolveTarget(source, target),
      };
      return { rel, element };
    });
    return new Rels(source, doc, entries, false);
  }

  list(): readonly Relationship[] {
    return this.entries.map((e) => e.rel);
  }

  byId(id: string): Relationship | undefined {
    return this.entries.find((e) => e.rel.id === id)?.rel;
  }

  /** Adds a relationship with an unused id; returns the id. */
  add(type: string, target: string): string {
    const used = new Set(this.entries.map((e) => e.rel.id));
    let n = this.entries.length + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const root = this.doc.root;
    const element = createElement(root, sameNamespaceName(root, "Relationship"), {
      Id: id,
      Type: type,
      Target: target,
    });
    root.children.push(element);
    this.entries.push({ rel: { id, type, target, part: resolveTarget(this.source, target) }, element });
    this.changed = true;
    return id;
  }

  remove(id: string): void {
    const i = this.entries.findIndex((e) => e.rel.id === id);
    const entry = this.entries[i];
    if (entry === undefined) return;
    this.entries.splice(i, 1);
    removeChild(this.doc.root, entry.element);
    this.changed = true;
  }

  save(pkg: Package): void {
    if (!this.changed) return;
    if (this.entries.length === 0) pkg.remove(relsPartOf(this.source));
    else pkg.set(relsPartOf(this.source), serializeDocument(this.doc));
  }
}

/** [Content_Types].xml as elements: overrides added and removed by part name, the rest as written. */
export class ContentTypes {
  private readonly doc: XmlDocument;
  constructor(private readonly pkg: Package) {
    this.doc = parseXmlDocument(pkg.text("[Content_Types].xml") ?? "");
    if (!isElement(this.doc.root, [NS_CONTENT_TYPES], "Types"))
      throw new DirectWriteUnsupported("[Content_Types].xml is not a content types part");
  }

  private entries(local: "Override" | "Default"): XmlElement[] {
    return childrenNamed(this.doc.root, [NS_CONTENT_TYPES], local);
  }

  override(part: string, type: string): void {
    this.remove(part);
    const root = this.doc.root;
    root.children.push(
      createElement(root, sameNamespaceName(root, "Override"), { PartName: `/${part}`, ContentType: type }),
    );
  }

  /** The content type a part has: its override, else its extension's default; null when neither. */
  typeOf(part: string): string | null {
    const name = `/${part}`.toLowerCase();
    const override = this.entries("Override").find((e) => (e.attributes.PartName ?? "").toLowerCase() === name);
    if (override !== undefined) return override.attributes.ContentType ?? null;
    const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    const fallback = this.entries("Default").find((e) => (e.attributes.Extension ?? "").toLowerCase() === extension);
    return fallback?.attributes.ContentType ?? null;
  }

  /** A content type for every part with this extension, unless one is there. */
  default(extension: string, type: string): void {
    const present = this.entries("Default").some((e) => (e.attributes.Extension ?? "").toLowerCase() === extension);
    if (present) return;
    const root = this.doc.root;
    const element = createElement(root, sameNamespaceName(root, "Default"), {
      Extension: extension,
      ContentType: type,
    });
    // Defaults first, as Excel writes them (the schema allows either order).
    const first = root.children.findIndex((c) => c.kind === "element" && c.name.endsWith("Override"));
    if (first < 0) root.children.push(element);
    else root.children.splice(first, 0, element);
  }

  remove(part: string): void {
    const name = `/${part}`.toLowerCase();
    for (const entry of this.entries("Override"))
      if ((entry.attributes.PartName ?? "").toLowerCase() === name) removeChild(this.doc.root, entry);
  }

  save(): void {
    this.pkg.set("[Content_Types].xml", serializeDocument(this.doc));
  }
}
