import { maxOf } from "../../core/values/arrays";
import { sheetOfReference } from "../../core";
import type { Package } from "./package";
import { REL, Rels } from "./rels";
import {
  attribute,
  DirectWriteUnsupported,
  escapeAttribute,
  escapeText,
  insertBefore,
  NS_R,
  unescapeXml,
} from "./xml-text";

export const WORKBOOK_PART = "xl/workbook.xml";

interface SheetEntry {
  name: string;
  readonly tag: string;
  readonly relId: string;
}

interface DefinedName {
  readonly name: string;
  readonly localSheetId: number | null;
  /** The element as written (kept as it was) or as made here. */
  readonly xml: string;
  readonly value: string;
}

/**
 * workbook.xml: its sheet list, defined names and view, edited as text. Sheets are only added at
 * the end or replaced in place, so every localSheetId (a sheet's position) stays right.
 */
export class WorkbookPart {
  readonly rels: Rels;
  private readonly sheets: SheetEntry[];
  private names: DefinedName[];
  private activeTab: number | null = null;

  constructor(
    private readonly pkg: Package,
    private readonly xml: string,
  ) {
    const root = /<workbook\b[^>]*>/.exec(xml)?.[0];
    if (root === undefined || attribute(root, "xmlns:r") !== NS_R)
      throw new DirectWriteUnsupported("workbook.xml is not in the transitional namespaces with plain names");
    this.rels = Rels.of(pkg, WORKBOOK_PART);
    const sheetsBlock = /<sheets\b[^>]*>([\s\S]*?)<\/sheets>/.exec(xml)?.[1] ?? "";
    this.sheets = (sheetsBlock.match(/<sheet\b[^>]*>/g) ?? []).map((tag) => ({
      name: attribute(tag, "name") ?? "",
      tag,
      relId: attribute(tag, "r:id") ?? "",
    }));
    const namesBlock = /<definedNames\b[^>]*>([\s\S]*?)<\/definedNames>/.exec(xml)?.[1] ?? "";
    this.names = [...namesBlock.matchAll(/<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g)].map((m) => {
      const local = attribute(m[0], "localSheetId");
      return {
        name: attribute(m[0], "name") ?? "",
        localSheetId: local === null ? null : Number(local),
        xml: m[0],
        value: unescapeXml(m[2] ?? ""),
      };
    });
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** The part of a sheet, by name. */
  sheetPart(name: string): string {
    const entry = this.sheets.find((s) => s.name === name);
    const part = entry === undefined ? undefined : this.rels.byId(entry.relId)?.part;
    if (part === undefined || part === null) throw new DirectWriteUnsupported(`no part for sheet "${name}"`);
    return part;
  }

  indexOf(name: string): number {
    return this.sheets.findIndex((s) => s.name === name);
  }

  /** The sheet a marker (a defined name on its A1) points at. */
  markedSheet(marker: string): string | null {
    const entry = this.names.find((n) => n.name === marker && n.localSheetId === null);
    return entry === undefined ? null : sheetOfReference(entry.value);
  }

  /** Adds a sheet at the end with a new part; returns the part's path. */
  addSheet(name: string): string {
    let n = this.sheets.length + 1;
    while (this.pkg.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const relId = this.rels.add(REL.worksheet, `worksheets/sheet${n}.xml`);
    const ids = this.sheets.map((s) => Number(attribute(s.tag, "sheetId") ?? 0));
    const sheetId = maxOf(ids, 0) + 1;
    this.sheets.push({
      name,
      relId,
      tag: `<sheet name="${escapeAttribute(name)}" sheetId="${sheetId}" r:id="${relId}"/>`,
    });
    return `xl/worksheets/sheet${n}.xml`;
  }

  /** Gives an existing sheet a new name (its part is rewritten by the caller). */
  rename(from: string, to: string): void {
    const entry = this.sheets.find((s) => s.name === from);
    if (entry !== undefined) entry.name = to;
  }

  /** Sets a workbook-wide name (a marker), replacing one of the same name. */
  setName(name: string, value: string): void {
    this.names = this.names.filter((n) => !(n.name === name && n.localSheetId === null));
    this.names.push({
      name,
      localSheetId: null,
      value,
      xml: `<definedName name="${name}">${escapeText(value)}</definedName>`,
    });
  }

  /** Sets (or, with null, removes) a sheet's own name such as _xlnm.Print_Titles. */
  setLocalName(name: string, sheet: number, value: string | null): void {
    this.names = this.names.filter((n) => !(n.name === name && n.localSheetId === sheet));
    if (value !== null)
      this.names.push({
        name,
        localSheetId: sheet,
        value,
        xml: `<definedName name="${name}" localSheetId="${sheet}">${escapeText(value)}</definedName>`,
      });
  }

  activate(index: number): void {
    this.activeTab = index;
  }

  save(): void {
    let xml = this.xml;
    const sheets = this.sheets
      .map((s) => {
        const written = attribute(s.tag, "name");
        return written === s.name ? s.tag : s.tag.replace(/\sname="[^"]*"/, ` name="${escapeAttribute(s.name)}"`);
      })
      .join("");
    xml = xml.replace(/<sheets\b[^>]*>[\s\S]*?<\/sheets>|<sheets\s*\/>/, `<sheets>${sheets}</sheets>`);
    const names =
      this.names.length === 0 ? "" : `<definedNames>${this.names.map((n) => n.xml).join("")}</definedNames>`;
    if (/<definedNames[\s>/]/.test(xml))
      xml = xml.replace(/<definedNames\b[^>]*>[\s\S]*?<\/definedNames>|<definedNames\s*\/>/, names);
    else
      xml = insertBefore(
        xml,
        names,
        [
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
        ],
        "workbook",
      );
    if (this.activeTab !== null) xml = this.withActiveTab(xml, this.activeTab);
    this.pkg.set(WORKBOOK_PART, xml);
    this.rels.save(this.pkg);
  }

  private withActiveTab(xml: string, index: number): string {
    const view = /<workbookView\b[^>]*>/.exec(xml)?.[0];
    if (view === undefined)
      return insertBefore(xml, `<bookViews><workbookView activeTab="${index}"/></bookViews>`, ["sheets"], "workbook");
    const end = view.endsWith("/>") ? "/>" : ">";
    const cleaned = view.slice(0, -end.length).replace(/\s(activeTab|firstSheet)="[^"]*"/g, "");
    return xml.replace(view, `${cleaned} firstSheet="0" activeTab="${index}"${end}`);
  }
}
