import { maxOf } from "../../core/values/arrays";
import { addressOf, isAddinNote, noteAuthor, parseAddress, type NotePlan } from "../../core";
import type { Package } from "./package";
import { CONTENT_TYPE, ContentTypes, REL, Rels } from "./rels";
import type { WorkbookPart } from "./workbook-part";
import { SpreadsheetPart, type WorksheetPart } from "./part-xml";
import { descendants, removeChild, textOf, type XmlElement } from "./xml-dom";
import { DirectWriteUnsupported, escapeText, NS_MAIN, XML_HEAD } from "./xml-text";

interface Comment {
  readonly ref: string;
  readonly element: XmlElement;
  readonly text: string;
}

/** A comments part's authors and comments as elements; the rest of the part stays as written. */
function commentsOf(part: SpreadsheetPart): { authors: XmlElement; list: XmlElement; comments: Comment[] } {
  const authors = part.child(part.root, "authors");
  const list = part.child(part.root, "commentList");
  if (authors === undefined || list === undefined) throw new DirectWriteUnsupported("a comments part without lists");
  const comments = part.children(list, "comment").map((element) => {
    const text = descendants(element)
      .filter((e) => part.is(e, "t") && !ancestors(e).some((a) => part.is(a, "rPh")))
      .map(textOf)
      .join("");
    return { ref: (element.attributes.ref ?? "").toUpperCase(), element, text };
  });
  return { authors, list, comments };
}

/**
 * The index of `name` among the part's authors (a comment's authorId), added at the end when absent:
 * the add-in's notes name the add-in, never the first author there (a person's).
 */
function authorIndex(part: SpreadsheetPart, authors: XmlElement, name: string): number {
  const list = part.children(authors, "author");
  const at = list.findIndex((author) => textOf(author) === name);
  if (at >= 0) return at;
  for (const author of part.fragment(`<author>${escapeText(name)}</author>`)) {
    author.parent = authors;
    authors.children.push(author);
  }
  return list.length;
}

function ancestors(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let at = element.parent; at !== null; at = at.parent) out.push(at);
  return out;
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

/** The shape type of a note's box, which every note's shape refers to (type="#_x0000_t202"). */
const NOTE_SHAPETYPE = `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

const VML_HEAD = (idmap: number) =>
  `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
  `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>` +
  NOTE_SHAPETYPE;

/** Whether a comments part may hold the add-in's notes (the tags are plain text, written in one run). */
const NOTE_TAG_SCAN = /績效指標助手|Indicators add-in/;

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
  sheetOf: (part: string) => WorksheetPart,
): NotePlan[] {
  const skipped: NotePlan[] = [];
  let idmap = highestIdmap(pkg);
  for (const sheet of book.sheetNames()) {
    const part = book.sheetPart(sheet);
    const rels = Rels.of(pkg, part);
    const commentsRel = rels.list().find((r) => r.type === REL.comments);
    const vmlRel = rels.list().find((r) => r.type === REL.vmlDrawing);
    const wanted = notes.filter((n) => n.sheet === sheet);
    const commentsText = commentsRel?.part ? pkg.text(commentsRel.part) : null;
    if (wanted.length === 0 && (commentsText === null || !NOTE_TAG_SCAN.test(commentsText))) continue;
    const commentsPart = SpreadsheetPart.parse(
      commentsText ?? `${XML_HEAD}<comments xmlns="${NS_MAIN}"><authors/><commentList/></comments>`,
    );
    const existing = commentsOf(commentsPart);
    const kept = existing.comments.filter((c) => !isAddinNote(c.text));
    if (wanted.length === 0 && kept.length === existing.comments.length) continue;
    const keptRefs = new Set(kept.map((c) => c.ref));
    const added: NotePlan[] = [];
    for (const note of wanted) {
      const ref = note.cell.replace(/\$/g, "").toUpperCase();
      if (keptRefs.has(ref)) skipped.push(note);
      else if (!added.some((a) => a.cell.replace(/\$/g, "").toUpperCase() === ref)) added.push(note);
    }
    for (const c of existing.comments) if (!kept.includes(c)) removeChild(existing.list, c.element);
    const first = added[0];
    const authorId = first === undefined ? 0 : authorIndex(commentsPart, existing.authors, noteAuthor(first.text));
    for (const n of added)
      for (const element of commentsPart.fragment(
        `<comment ref="${n.cell.replace(/\$/g, "").toUpperCase()}" authorId="${authorId}"><text><r><t xml:space="preserve">${escapeText(n.text)}</t></r></text></comment>`,
      )) {
        element.parent = existing.list;
        existing.list.children.push(element);
      }
    const commentCount = kept.length + added.length;

    // The legacy drawing: the person's shapes (and anything else in it) kept, the add-in's notes' boxes replaced.
    const vmlText = vmlRel?.part ? (pkg.text(vmlRel.part) ?? "") : null;
    if (vmlText !== null && !/<xml[\s>]/.test(vmlText)) throw new DirectWriteUnsupported("an unusual legacy drawing");
    const shapes = vmlText === null ? [] : [...vmlText.matchAll(/<v:shape\b[\s\S]*?<\/v:shape>/g)].map((m) => m[0]);
    const dropped = shapes.filter((s) => {
      const ref = shapeRef(s);
      return ref !== null && !keptRefs.has(ref);
    });
    const usedIds = shapes.map((s) => Number(/\sid="_x0000_s(\d+)"/.exec(s)?.[1] ?? 0));
    const ownIdmap = vmlText === null ? ++idmap : Number(/<o:idmap\b[^>]*\sdata="(\d+)/.exec(vmlText)?.[1] ?? ++idmap);
    let nextId = maxOf(usedIds, ownIdmap * 1024) + 1;
    const newShapes = added.map((n) => noteShape(nextId++, n.cell.replace(/\$/g, "")));
    const shapeCount = shapes.length - dropped.length + newShapes.length;

    const sheetXml = sheetOf(part);
    const commentsPath = commentsRel?.part ?? book.inFolder(`comments${pkg.nextNumber(book.inFolder("comments"))}.xml`);
    if (commentCount === 0) {
      if (commentsRel) rels.remove(commentsRel.id);
      pkg.remove(commentsPath);
      types.remove(commentsPath);
    } else {
      pkg.set(commentsPath, commentsPart.toString());
      types.override(commentsPath, CONTENT_TYPE.comments);
      if (!commentsRel) rels.add(REL.comments, book.fromSheet(commentsPath));
    }
    const vmlPart =
      vmlRel?.part ??
      book.inFolder(`drawings/vmlDrawing${pkg.nextNumber(book.inFolder("drawings/vmlDrawing"), ".vml")}.vml`);
    const legacy = sheetXml.child(sheetXml.root, "legacyDrawing");
    if (shapeCount === 0) {
      if (vmlRel) rels.remove(vmlRel.id);
      pkg.remove(vmlPart);
      if (legacy !== undefined) sheetXml.remove(legacy);
    } else {
      let vml = vmlText ?? `${VML_HEAD(ownIdmap)}</xml>`;
      for (const shape of dropped) vml = vml.replace(shape, "");
      if (newShapes.length > 0 && !/\sid="_x0000_t202"/.test(vml)) newShapes.unshift(NOTE_SHAPETYPE);
      const end = vml.lastIndexOf("</xml>");
      if (end < 0) throw new DirectWriteUnsupported("a legacy drawing without </xml>");
      pkg.set(vmlPart, vml.slice(0, end) + newShapes.join("") + vml.slice(end));
      let id = vmlRel?.id;
      if (id === undefined) id = rels.add(REL.vmlDrawing, book.fromSheet(vmlPart));
      if (legacy === undefined) {
        for (const element of sheetXml.fragment(`<legacyDrawing r:id="${id}"/>`)) sheetXml.insert(element);
      } else if (sheetXml.relationshipValue(legacy, "id") !== id)
        throw new DirectWriteUnsupported("a legacy drawing that is not the notes' part");
      types.default("vml", CONTENT_TYPE.vmlDrawing);
    }
    rels.save(pkg);
  }
  return skipped;
}
