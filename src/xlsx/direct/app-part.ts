import { pushAll } from "../../core/values/arrays";
import type { Package } from "./package";
import {
  childNamed,
  createElement,
  elementChildren,
  parseXmlDocument,
  removeChild,
  serializeDocument,
  textOf,
} from "./xml-dom";
import { DirectWriteUnsupported } from "./xml-text";

const NS_EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
const NS_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
const OFFICE_APP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";

/** docProps/app.xml (or wherever the package's extended properties are). */
function appPart(pkg: Package): string | null {
  const rels = pkg.text("_rels/.rels") ?? "";
  const match = new RegExp(`<[^>]*Type="${OFFICE_APP}"[^>]*>`).exec(rels)?.[0];
  const target = match === undefined ? null : /\sTarget="([^"]*)"/.exec(match)?.[1];
  if (target === undefined || target === null) return pkg.has("docProps/app.xml") ? "docProps/app.xml" : null;
  return target.replace(/^\//, "");
}

/**
 * The extended properties' list of the workbook's parts (HeadingPairs and TitlesOfParts: "Worksheets,
 * 3" and the three names) made to follow the sheets as written: the group that held the sheets'
 * names before holds them now. A list that does not match the workbook as read (stale already) is
 * dropped: both elements are optional, and Excel writes them anew.
 */
export function updateTitlesOfParts(pkg: Package, before: readonly string[], after: readonly string[]): void {
  if (before.length === after.length && before.every((n, i) => n === after[i])) return;
  const part = appPart(pkg);
  const xml = part === null ? null : pkg.text(part);
  if (part === null || xml === null) return;
  let doc;
  try {
    doc = parseXmlDocument(xml);
  } catch (error) {
    if (error instanceof DirectWriteUnsupported) return;
    throw error;
  }
  const root = doc.root;
  const headings = childNamed(root, [NS_EXTENDED], "HeadingPairs");
  const titles = childNamed(root, [NS_EXTENDED], "TitlesOfParts");
  if (headings === undefined && titles === undefined) return;
  const drop = (): void => {
    if (headings !== undefined) removeChild(root, headings);
    if (titles !== undefined) removeChild(root, titles);
    pkg.set(part, serializeDocument(doc));
  };
  const pairVector = headings === undefined ? undefined : childNamed(headings, [NS_VT], "vector");
  const titleVector = titles === undefined ? undefined : childNamed(titles, [NS_VT], "vector");
  if (pairVector === undefined || titleVector === undefined) {
    drop();
    return;
  }
  const variants = elementChildren(pairVector);
  const names = elementChildren(titleVector);
  let at = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const variant = variants[i + 1];
    const countElement = variant === undefined ? undefined : elementChildren(variant)[0];
    const count = Number(countElement === undefined ? NaN : textOf(countElement));
    if (!Number.isInteger(count) || countElement === undefined) {
      drop();
      return;
    }
    const group = names.slice(at, at + count).map(textOf);
    if (group.length === before.length && group.every((n, k) => n === before[k])) {
      const prefix = names[0]?.name.includes(":") ? names[0].name.slice(0, names[0].name.indexOf(":") + 1) : "vt:";
      const fresh = after.map((name) =>
        createElement(titleVector, `${prefix}lpstr`, {}, [{ kind: "text", text: name }]),
      );
      const first = names[at];
      const start = first === undefined ? -1 : titleVector.children.indexOf(first);
      for (const old of names.slice(at, at + count)) removeChild(titleVector, old);
      const insertAt = start < 0 ? titleVector.children.length : start;
      const tail = titleVector.children.splice(insertAt);
      pushAll(titleVector.children, fresh);
      pushAll(titleVector.children, tail);
      countElement.children.splice(0, countElement.children.length, { kind: "text", text: String(after.length) });
      titleVector.attributes.size = String(elementChildren(titleVector).length);
      pkg.set(part, serializeDocument(doc));
      return;
    }
    at += count;
  }
  drop();
}
