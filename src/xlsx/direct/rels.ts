import type { Package } from "./package";
import { attribute, escapeAttribute, NS_RELS, relsPartOf, resolveTarget, tagsOf, XML_HEAD } from "./xml-text";

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
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** As written in the rels part (relative to the source part's folder). */
  readonly target: string;
  /** The part it points at, as a package path; null for an external target. */
  readonly part: string | null;
}

/** The relationships of one part (its .rels part), read and rewritten whole: such parts are small. */
export class Rels {
  private constructor(
    readonly source: string,
    private readonly entries: Relationship[],
  ) {}

  static of(pkg: Package, source: string): Rels {
    const xml = pkg.text(relsPartOf(source)) ?? "";
    const entries = tagsOf(xml, "Relationship").map((tag): Relationship => {
      const target = attribute(tag, "Target") ?? "";
      const external = attribute(tag, "TargetMode") === "External";
      return {
        id: attribute(tag, "Id") ?? "",
        type: attribute(tag, "Type") ?? "",
        target,
        part: external ? null : resolveTarget(source, target),
      };
    });
    return new Rels(source, entries);
  }

  list(): readonly Relationship[] {
    return this.entries;
  }

  byId(id: string): Relationship | undefined {
    return this.entries.find((r) => r.id === id);
  }

  /** Adds a relationship with an unused id; returns the id. */
  add(type: string, target: string): string {
    const used = new Set(this.entries.map((e) => e.id));
    let n = this.entries.length + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.entries.push({ id, type, target, part: resolveTarget(this.source, target) });
    return id;
  }

  remove(id: string): void {
    const i = this.entries.findIndex((e) => e.id === id);
    if (i >= 0) this.entries.splice(i, 1);
  }

  save(pkg: Package): void {
    const body = this.entries.map(
      (e) =>
        `<Relationship Id="${escapeAttribute(e.id)}" Type="${escapeAttribute(e.type)}" Target="${escapeAttribute(e.target)}"${e.part === null ? ' TargetMode="External"' : ""}/>`,
    );
    if (body.length === 0) pkg.remove(relsPartOf(this.source));
    else
      pkg.set(relsPartOf(this.source), `${XML_HEAD}<Relationships xmlns="${NS_RELS}">${body.join("")}</Relationships>`);
  }
}

/** [Content_Types].xml: overrides added and removed by part name. */
export class ContentTypes {
  private xml: string;
  constructor(private readonly pkg: Package) {
    this.xml = pkg.text("[Content_Types].xml") ?? "";
  }

  override(part: string, type: string): void {
    this.remove(part);
    this.xml = this.xml.replace(
      "</Types>",
      `<Override PartName="/${escapeAttribute(part)}" ContentType="${type}"/></Types>`,
    );
  }

  /** A content type for every part with this extension, unless one is there. */
  default(extension: string, type: string): void {
    const present = (this.xml.match(/<Default\b[^>]*>/g) ?? []).some(
      (tag) => (attribute(tag, "Extension") ?? "").toLowerCase() === extension,
    );
    if (!present)
      this.xml = this.xml.replace("</Types>", `<Default Extension="${extension}" ContentType="${type}"/></Types>`);
  }

  remove(part: string): void {
    const name = `/${part}`;
    this.xml = this.xml.replace(/<Override\b[^>]*>/g, (tag) => (attribute(tag, "PartName") === name ? "" : tag));
  }

  save(): void {
    this.pkg.set("[Content_Types].xml", this.xml);
  }
}
