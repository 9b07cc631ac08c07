import type { Package } from "./package";
import { escapeText } from "./xml-text";

/**
 * The shared string table with the add-in's strings appended after the workbook's own (whose
 * indexes cells already use). Each new string is stored once however many cells hold it.
 */
export class SharedStringsPart {
  private readonly indexes = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly existing: number;

  constructor(
    private readonly pkg: Package,
    /** The part, or null when the workbook has none yet (it is then created). */
    readonly part: string | null,
    private readonly xml: string | null,
    /** Where a new part goes when the workbook has none. */
    private readonly newPart = "xl/sharedStrings.xml",
  ) {
    this.existing = xml === null ? 0 : (xml.match(/<si[\s>/]/g) ?? []).length;
  }

  index(text: string): number {
    const known = this.indexes.get(text);
    if (known !== undefined) return known;
    const index = this.existing + this.added.length;
    this.added.push(text);
    this.indexes.set(text, index);
    return index;
  }

  /** Writes the part; returns its path (new when the workbook had none). */
  save(): string | null {
    if (this.added.length === 0) return this.part;
    const items = this.added.map((text) => {
      const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
      return `<si><t${preserve}>${escapeText(text)}</t></si>`;
    });
    const total = this.existing + this.added.length;
    const part = this.part ?? this.newPart;
    const base =
      this.xml ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></sst>';
    let xml = base.replace(/<sst\b[^>]*\/>/, (tag) => `${tag.slice(0, -2)}></sst>`);
    xml = xml.replace(/<sst\b[^>]*>/, (tag) =>
      tag.replace(/\s(count|uniqueCount)="\d*"/g, "").replace(/>$/, ` count="${total}" uniqueCount="${total}">`),
    );
    // The <sst> element may be prefixed in an unusual writer's part; the caller checked it is not.
    const end = xml.lastIndexOf("</sst>");
    this.pkg.set(part, xml.slice(0, end) + items.join("") + xml.slice(end));
    return part;
  }
}
