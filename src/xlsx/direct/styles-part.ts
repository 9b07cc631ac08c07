import type { CellStyle } from "../../core";
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
  /** The workbook's default font (font 0), which the add-in's fonts vary. */
  private readonly baseFont: string;
  private readonly counts: { fonts: number; fills: number; borders: number };
  private readonly added = { fonts: [] as string[], fills: [] as string[], borders: [] as string[] };
  private readonly partIds = new Map<string, number>();
  private readonly styleKeys = new WeakMap<CellStyle, string>();

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
    const list = (name: string, child: string): string[] => {
      const m = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(xml);
      return m === null
        ? []
        : ((m[1] ?? "").match(new RegExp(`<${child}\\b[^>]*/>|<${child}\\b[^>]*>[\\s\\S]*?</${child}>`, "g")) ?? []);
    };
    const fonts = list("fonts", "font");
    this.baseFont = (fonts[0] ?? "<font/>").replace(/^<font\b[^>]*\/>$/, "<font></font>");
    this.counts = {
      fonts: fonts.length,
      fills: list("fills", "fill").length,
      borders: list("borders", "border").length,
    };
  }

  /** The xf index of a cell with this look (and cell style); 0 (the default) for no look. */
  cellStyle(look: CellLook, style?: CellStyle): number {
    const format = look.numberFormat && look.numberFormat !== "General" ? look.numberFormat : undefined;
    const styled = style !== undefined && this.styleKey(style) !== "";
    if (format === undefined && !look.wrap && !look.top && !styled) return 0;
    const key = `${format ?? ""}\u0000${look.wrap ? 1 : 0}${look.top ? 1 : 0}\u0000${styled ? this.styleKey(style) : ""}`;
    const known = this.looks.get(key);
    if (known !== undefined) return known;
    const formatId = format === undefined ? 0 : this.formatId(format);
    const s: CellStyle = style ?? {};
    const wrap = look.wrap === true || s.wrap === true;
    const vertical = look.top ? "top" : s.vertical;
    const aligned = wrap || vertical !== undefined || s.horizontal !== undefined;
    const alignment = aligned
      ? `<alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ""}${vertical ? ` vertical="${vertical}"` : ""}${wrap ? ' wrapText="1"' : ""}/>`
      : "";
    const fontId = s.bold || s.fontSize !== undefined || s.fontColor !== undefined ? this.font(s) : 0;
    const fillId =
      s.fill === undefined
        ? 0
        : this.addPart(
            "fills",
            `<fill><patternFill patternType="solid"><fgColor rgb="FF${s.fill}"/><bgColor indexed="64"/></patternFill></fill>`,
          );
    const borderId =
      s.border === undefined
        ? 0
        : this.addPart(
            "borders",
            `<border>${["left", "right", "top", "bottom"].map((side) => `<${side} style="thin"><color rgb="FF${s.border}"/></${side}>`).join("")}<diagonal/></border>`,
          );
    this.newXfs.push(
      `<xf numFmtId="${formatId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
        (formatId > 0 ? ' applyNumberFormat="1"' : "") +
        (fontId > 0 ? ' applyFont="1"' : "") +
        (fillId > 0 ? ' applyFill="1"' : "") +
        (borderId > 0 ? ' applyBorder="1"' : "") +
        (aligned ? ` applyAlignment="1">${alignment}</xf>` : "/>"),
    );
    const index = this.xfCount + this.newXfs.length - 1;
    this.looks.set(key, index);
    return index;
  }

  private styleKey(style: CellStyle): string {
    let key = this.styleKeys.get(style);
    if (key === undefined) {
      key = [
        style.bold ? "b" : "",
        style.fontSize ?? "",
        style.fontColor ?? "",
        style.fill ?? "",
        style.border ?? "",
        style.horizontal ?? "",
        style.vertical ?? "",
        style.wrap ? "w" : "",
      ].join("|");
      if (/^\|*$/.test(key)) key = "";
      this.styleKeys.set(style, key);
    }
    return key;
  }

  /** The workbook's default font, bold, sized or coloured as asked (CT_Font's children come in any order). */
  private font(s: CellStyle): number {
    const inner = this.baseFont
      .replace(/^<font\b[^>]*>|<\/font>$/g, "")
      .replace(/<(b|sz|color)\b[^>]*\/>|<(b|sz|color)\b[^>]*>[\s\S]*?<\/\2>/g, "");
    const size = s.fontSize ?? Number(/<sz val="([\d.]+)"/.exec(this.baseFont)?.[1] ?? 11);
    return this.addPart(
      "fonts",
      `<font>${s.bold ? "<b/>" : ""}<sz val="${size}"/>${s.fontColor ? `<color rgb="FF${s.fontColor}"/>` : ""}${inner}</font>`,
    );
  }

  /** The index of a font, fill or border the add-in adds (once per distinct one), after the workbook's own. */
  private addPart(list: "fonts" | "fills" | "borders", xml: string): number {
    const known = this.partIds.get(xml);
    if (known !== undefined) return known;
    this.added[list].push(xml);
    const id = this.counts[list] + this.added[list].length - 1;
    this.partIds.set(xml, id);
    return id;
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
    const children = { fonts: "font", fills: "fill", borders: "border" } as const;
    for (const list of ["fonts", "fills", "borders"] as const)
      if (this.added[list].length > 0) xml = appendTo(xml, list, children[list], this.added[list]);
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
