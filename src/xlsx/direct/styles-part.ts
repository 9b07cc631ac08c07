import { BUILT_IN_FORMATS } from "../fast/book-parts";
import type { Package } from "./package";
import { attribute, DirectWriteUnsupported, escapeAttribute, insertBefore, tagsOf } from "./xml-text";

/** What a written cell's style says: its number format and whether its text wraps or sits at the top. */
export interface CellLook {
  readonly numberFormat?: string;
  readonly wrap?: boolean;
  readonly top?: boolean;
}

const BUILT_IN_IDS = new Map(
  Object.entries(BUILT_IN_FORMATS)
    .filter(([id]) => Number(id) > 0)
    .map(([id, code]) => [code, Number(id)]),
);

/**
 * styles.xml with the add-in's styles appended: one cell style (xf) per distinct look and one
 * differential style (dxf) per distinct rule format, after the workbook's own, which keep their
 * indexes (every existing cell's s="n" stays right).
 */
export class StylesPart {
  private readonly formats = new Map<string, number>();
  private nextFormat = 164;
  private readonly newFormats: string[] = [];
  private readonly looks = new Map<string, number>();
  private readonly newXfs: string[] = [];
  private readonly xfCount: number;
  private readonly dxfKeys = new Map<string, number>();
  private readonly newDxfs: string[] = [];
  private readonly dxfCount: number;

  constructor(
    private readonly pkg: Package,
    private readonly part: string,
    private readonly xml: string,
  ) {
    if (!/<styleSheet[\s>]/.test(xml)) throw new DirectWriteUnsupported("styles without a plain <styleSheet>");
    for (const tag of tagsOf(xml, "numFmt")) {
      const id = Number(attribute(tag, "numFmtId"));
      const code = attribute(tag, "formatCode");
      if (code !== null && !this.formats.has(code)) this.formats.set(code, id);
      this.nextFormat = Math.max(this.nextFormat, id + 1);
    }
    const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
    if (cellXfs === null) throw new DirectWriteUnsupported("styles without <cellXfs>");
    this.xfCount = tagsOf(cellXfs[1] ?? "", "xf").length;
    const dxfs = /<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(xml);
    this.dxfCount = dxfs === null ? 0 : (dxfs[1]?.match(/<dxf[\s>]/g) ?? []).length;
  }

  /** The xf index of a cell with this look; 0 (the default) for no look. */
  cellStyle(look: CellLook): number {
    const format = look.numberFormat && look.numberFormat !== "General" ? look.numberFormat : undefined;
    if (format === undefined && !look.wrap && !look.top) return 0;
    const key = `${format ?? ""}\u0000${look.wrap ? 1 : 0}${look.top ? 1 : 0}`;
    const known = this.looks.get(key);
    if (known !== undefined) return known;
    const formatId = format === undefined ? 0 : this.formatId(format);
    const aligned = look.wrap || look.top;
    const alignment = aligned
      ? `<alignment${look.top ? ' vertical="top"' : ""}${look.wrap ? ' wrapText="1"' : ""}/>`
      : "";
    this.newXfs.push(
      `<xf numFmtId="${formatId}" fontId="0" fillId="0" borderId="0" xfId="0"${formatId > 0 ? ' applyNumberFormat="1"' : ""}${aligned ? ' applyAlignment="1">' + alignment + "</xf>" : "/>"}`,
    );
    const index = this.xfCount + this.newXfs.length - 1;
    this.looks.set(key, index);
    return index;
  }

  /** The dxf index of a rule's look: a solid fill and a font colour (RGB hex). */
  dxf(fill: string, fontColor: string): number {
    const key = `${fill}\u0000${fontColor}`;
    const known = this.dxfKeys.get(key);
    if (known !== undefined) return known;
    this.newDxfs.push(
      `<dxf><font><color rgb="FF${fontColor}"/></font><fill><patternFill patternType="solid"><bgColor rgb="FF${fill}"/></patternFill></fill></dxf>`,
    );
    const index = this.dxfCount + this.newDxfs.length - 1;
    this.dxfKeys.set(key, index);
    return index;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_IDS.get(code);
    if (builtIn !== undefined) return builtIn;
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormat++;
    this.formats.set(code, id);
    this.newFormats.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    return id;
  }

  save(): void {
    let xml = this.xml;
    if (this.newFormats.length > 0) {
      if (/<numFmts\b[^>]*\/>/.test(xml)) xml = xml.replace(/<numFmts\b[^>]*\/>/, '<numFmts count="0"></numFmts>');
      if (!/<numFmts[\s>]/.test(xml)) {
        const start = /<styleSheet\b[^>]*>/.exec(xml);
        if (start === null) throw new DirectWriteUnsupported("no <styleSheet>");
        const at = start.index + start[0].length;
        xml = `${xml.slice(0, at)}<numFmts count="0"></numFmts>${xml.slice(at)}`;
      }
      xml = appendTo(xml, "numFmts", "numFmt", this.newFormats);
    }
    if (this.newXfs.length > 0) xml = appendTo(xml, "cellXfs", "xf", this.newXfs);
    if (this.newDxfs.length > 0) {
      if (/<dxfs\b[^>]*\/>/.test(xml)) xml = xml.replace(/<dxfs\b[^>]*\/>/, '<dxfs count="0"></dxfs>');
      if (!/<dxfs[\s>]/.test(xml))
        xml = insertBefore(xml, '<dxfs count="0"></dxfs>', ["tableStyles", "colors", "extLst"], "styleSheet");
      xml = appendTo(xml, "dxfs", "dxf", this.newDxfs);
    }
    this.pkg.set(this.part, xml);
  }
}

/** Appends children to a list element and sets its count to the number of children it now has. */
function appendTo(xml: string, list: string, child: string, children: readonly string[]): string {
  const match = new RegExp(`(<${list}\\b[^>]*>)([\\s\\S]*?)</${list}>`).exec(xml);
  if (match === null) throw new DirectWriteUnsupported(`no <${list}>`);
  const body = (match[2] ?? "") + children.join("");
  const count = (body.match(new RegExp(`<${child}[\\s>/]`, "g")) ?? []).length;
  const start = (match[1] ?? "").replace(/\scount="\d*"/, "").replace(/>$/, ` count="${count}">`);
  return xml.slice(0, match.index) + start + body + `</${list}>` + xml.slice(match.index + match[0].length);
}
