import { maxOf } from "../../core/values/arrays";
import { addressOf, isAddinNote, parseAddress, type NotePlan } from "../../core";
import type { Package } from "./package";
import { CONTENT_TYPE, ContentTypes, REL, Rels } from "./rels";
import type { WorkbookPart } from "./workbook-part";
import {
  attribute,
  DirectWriteUnsupported,
  elementsAfter,
  escapeText,
  insertBefore,
  NS_MAIN,
  unescapeXml,
  XML_HEAD,
} from "./xml-text";

/** Elements after <legacyDrawing> in CT_Worksheet's sequence. */
const AFTER_LEGACY = elementsAfter("legacyDrawing");

interface Comment {
  readonly ref: string;
  readonly xml: string;
  readonly text: string;
}

function commentsOf(xml: string): { authors: string[]; comments: Comment[] } {
  const authors = [...xml.matchAll(/<author>([\s\S]*?)<\/author>/g)].map((m) => unescapeXml(m[1] ?? ""));
  const comments = [...xml.matchAll(/<comment\b[^>]*>[\s\S]*?<\/comment>/g)].map((m) => {
    const tag = /<comment\b[^>]*>/.exec(m[0])?.[0] ?? "";
    const text = [...m[0].replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)]
      .map((t) => unescapeXml(t[1] ?? ""))
      .join("");
    return { ref: (attribute(tag, "ref") ?? "").toUpperCase(), xml: m[0], text };
  });
  return { authors, comments };
}

/** A note's box in VML (the legacy drawing Excel keeps notes' shapes in), hidden until hovered. */
function noteShape(id: number, ref: string): string {
  const at = parseAddress(ref);
  if (at === null) throw new DirectWriteUnsupported(`bad note cell ${ref}`);
  const { row, col } = at;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:80pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${Math.max(0, row - 1)}, 10, ${col + 4}, 15, ${row + 4}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

const VML_HEAD = (idmap: number) =>
  `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
  `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>` +
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

/** The cell a note's shape sits on, or null for a shape that is not a note (a button, a control). */
function shapeRef(shape: string): string | null {
  if (!/ObjectType="Note"/.test(shape)) return null;
  const row = /<x:Row>(\d+)<\/x:Row>/.exec(shape)?.[1];
  const col = /<x:Column>(\d+)<\/x:Column>/.exec(shape)?.[1];
  if (row === undefined || col === undefined) return null;
  return addressOf(Number(row), Number(col));
}

/** The highest VML shape-id block (o:idmap data) any legacy drawing of the package uses. */
function highestIdmap(pkg: Package): number {
  let max = 0;
  for (const name of pkg.names()) {
    if (!name.endsWith(".vml")) continue;
    for (const m of (pkg.text(name) ?? "").matchAll(/<o:idmap\b[^>]*\sdata="([\d,\s]+)"/g))
      for (const n of (m[1] ?? "").split(/[,\s]+/)) max = Math.max(max, Number(n) || 0);
  }
  return max;
}

/**
 * Replaces the add-in's notes as the exceljs adapter does (apply-notes.ts): every note that starts
 * with a note tag goes, the planned ones are added, and a cell holding a person's note keeps it
 * (returned as skipped). Notes live in a comments part and their boxes in a VML part per sheet;
 * a person's notes and any other shapes there are kept as written.
 */
export function applyNotesToPackage(
  pkg: Package,
  book: WorkbookPart,
  types: ContentTypes,
  notes: readonly NotePlan[],
): NotePlan[] {
  const skipped: NotePlan[] = [];
  let idmap = highestIdmap(pkg);
  for (const sheet of book.sheetNames()) {
    const part = book.sheetPart(sheet);
    const rels = Rels.of(pkg, part);
    const commentsRel = rels.list().find((r) => r.type === REL.comments);
    const vmlRel = rels.list().find((r) => r.type === REL.vmlDrawing);
    const wanted = notes.filter((n) => n.sheet === sheet);
    const existing = commentsRel?.part ? commentsOf(pkg.text(commentsRel.part) ?? "") : { authors: [], comments: [] };
    const kept = existing.comments.filter((c) => !isAddinNote(c.text));
    if (wanted.length === 0 && kept.length === existing.comments.length) continue;
    const keptRefs = new Set(kept.map((c) => c.ref));
    const added: NotePlan[] = [];
    for (const note of wanted) {
      const ref = note.cell.replace(/\$/g, "").toUpperCase();
      if (keptRefs.has(ref)) skipped.push(note);
      else if (!added.some((a) => a.cell.replace(/\$/g, "").toUpperCase() === ref)) added.push(note);
    }
    const authors = existing.authors.length > 0 ? existing.authors : ["Author"];
    const commentXml = [
      ...kept.map((c) => c.xml),
      ...added.map(
        (n) =>
          `<comment ref="${n.cell.replace(/\$/g, "").toUpperCase()}" authorId="0"><text><r><t xml:space="preserve">${escapeText(n.text)}</t></r></text></comment>`,
      ),
    ];
    // The legacy drawing: the person's shapes kept, the add-in's notes' boxes replaced.
    const vmlText = vmlRel?.part ? (pkg.text(vmlRel.part) ?? "") : null;
    if (vmlText !== null && !/<xml[\s>]/.test(vmlText)) throw new DirectWriteUnsupported("an unusual legacy drawing");
    const shapes = vmlText === null ? [] : [...vmlText.matchAll(/<v:shape\b[\s\S]*?<\/v:shape>/g)].map((m) => m[0]);
    const keptShapes = shapes.filter((s) => {
      const ref = shapeRef(s);
      return ref === null || keptRefs.has(ref);
    });
    const usedIds = shapes.map((s) => Number(/\sid="_x0000_s(\d+)"/.exec(s)?.[1] ?? 0));
    const ownIdmap = vmlText === null ? ++idmap : Number(/<o:idmap\b[^>]*\sdata="(\d+)/.exec(vmlText)?.[1] ?? ++idmap);
    let nextId = maxOf(usedIds, ownIdmap * 1024) + 1;
    const allShapes = [...keptShapes, ...added.map((n) => noteShape(nextId++, n.cell.replace(/\$/g, "")))];

    let sheetXml = pkg.text(part) ?? "";
    const commentsPart = commentsRel?.part ?? `xl/comments${pkg.nextNumber("xl/comments")}.xml`;
    if (commentXml.length === 0) {
      if (commentsRel) rels.remove(commentsRel.id);
      pkg.remove(commentsPart);
      types.remove(commentsPart);
    } else {
      const authorsXml = authors.map((a) => `<author>${escapeText(a)}</author>`).join("");
      pkg.set(
        commentsPart,
        `${XML_HEAD}<comments xmlns="${NS_MAIN}"><authors>${authorsXml}</authors><commentList>${commentXml.join("")}</commentList></comments>`,
      );
      types.override(commentsPart, CONTENT_TYPE.comments);
      if (!commentsRel) rels.add(REL.comments, `../${commentsPart.slice(3)}`);
    }
    const vmlPart = vmlRel?.part ?? `xl/drawings/vmlDrawing${pkg.nextNumber("xl/drawings/vmlDrawing", ".vml")}.vml`;
    if (allShapes.length === 0) {
      if (vmlRel) rels.remove(vmlRel.id);
      pkg.remove(vmlPart);
      sheetXml = sheetXml.replace(/<legacyDrawing\b[^>]*\/>/, "");
    } else {
      const head = vmlText === null ? VML_HEAD(ownIdmap) : vmlHead(vmlText);
      pkg.set(vmlPart, `${head}${allShapes.join("")}</xml>`);
      if (!vmlRel) {
        const id = rels.add(REL.vmlDrawing, `../${vmlPart.slice(3)}`);
        if (/<legacyDrawing\b/.test(sheetXml)) throw new DirectWriteUnsupported("a legacy drawing without its part");
        const after = Math.max(0, sheetXml.lastIndexOf("</sheetData>"));
        sheetXml = insertBefore(sheetXml, `<legacyDrawing r:id="${id}"/>`, AFTER_LEGACY, "worksheet", after);
        if (!/<worksheet\b[^>]*\sxmlns:r=/.test(sheetXml))
          sheetXml = sheetXml.replace(
            "<worksheet",
            '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
          );
      }
      types.default("vml", CONTENT_TYPE.vmlDrawing);
    }
    pkg.set(part, sheetXml);
    rels.save(pkg);
  }
  return skipped;
}

/**
 * A legacy drawing's text before its first shape (namespaces, id block, shape types). Anything but
 * shapes after that (which this would drop) sends the write through exceljs instead.
 */
function vmlHead(vml: string): string {
  const first = vml.search(/<v:shape\s/);
  const end = vml.lastIndexOf("</xml>");
  if (first < 0) return vml.slice(0, end < 0 ? vml.length : end);
  const rest = vml.slice(first, end < 0 ? vml.length : end).replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, "");
  if (rest.trim() !== "") throw new DirectWriteUnsupported("a legacy drawing with more than shapes");
  return vml.slice(0, first);
}
