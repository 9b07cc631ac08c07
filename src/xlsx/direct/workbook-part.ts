import { maxOf } from "../../core/values/arrays";
import { sheetOfReference } from "../../core";
import type { Package } from "./package";
import { SpreadsheetPart, WORKBOOK_ORDER } from "./part-xml";
import { REL, Rels } from "./rels";
import { insertInOrder, parseXmlDocument, removeChild, textOf, type XmlElement } from "./xml-dom";
import { DirectWriteUnsupported, escapeAttribute, escapeText } from "./xml-text";

export const WORKBOOK_PART = "xl/workbook.xml";

/**
 * workbook.xml as elements: its sheet list, defined names and view. Sheets are only added at the
 * end or replaced in place, so every localSheetId (a sheet's position) stays right. Everything
 * else (namespaces, mc:Ignorable, extensions, the workbook's own attributes) is written back as read.
 */
export class WorkbookPart {
  readonly rels: Rels;
  private readonly part: SpreadsheetPart;
  private readonly sheetsElement: XmlElement;

  /** The folder of the workbook part ("xl" as Excel writes it), where the writer's new parts go. */
  readonly folder: string;

  constructor(
    private readonly pkg: Package,
    xml: string,
    /** Where the package's relationships put the workbook part. */
    readonly path: string = WORKBOOK_PART,
  ) {
    this.part = new SpreadsheetPart(parseXmlDocument(xml));
    if (!this.part.is(this.part.root, "workbook")) throw new DirectWriteUnsupported("workbook.xml has no <workbook>");
    this.folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
    this.rels = Rels.of(pkg, path);
    let sheets = this.part.child(this.part.root, "sheets");
    if (sheets === undefined) {
      sheets = this.part.element(this.part.root, "sheets");
      insertInOrder(this.part.root, sheets, [this.part.main], WORKBOOK_ORDER);
    }
    this.sheetsElement = sheets;
  }

  /** Strict Open XML (ISO/IEC 29500 Strict namespaces) rather than Transitional. */
  get strict(): boolean {
    return this.part.strict;
  }

  private sheetElements(): XmlElement[] {
    return this.part.children(this.sheetsElement, "sheet");
  }

  private relIdOf(sheet: XmlElement): string {
    return this.part.relationshipValue(sheet, "id") ?? "";
  }

  sheetNames(): string[] {
    return this.sheetElements().map((s) => s.attributes.name ?? "");
  }

  /** The part of a sheet, by name. */
  sheetPart(name: string): string {
    const entry = this.sheetElements().find((s) => s.attributes.name === name);
    const part = entry === undefined ? undefined : this.rels.byId(this.relIdOf(entry))?.part;
    if (part === undefined || part === null) throw new DirectWriteUnsupported(`no part for sheet "${name}"`);
    return part;
  }

  indexOf(name: string): number {
    return this.sheetNames().indexOf(name);
  }

  private definedNames(): XmlElement[] {
    const block = this.part.child(this.part.root, "definedNames");
    return block === undefined ? [] : this.part.children(block, "definedName");
  }

  /** Every defined name of the workbook (workbook-wide and sheets' own), as written. */
  definedNameList(): string[] {
    return this.definedNames().map((n) => n.attributes.name ?? "");
  }

  /** The sheet a marker (a defined name on its A1) points at. */
  markedSheet(marker: string): string | null {
    const entry = this.definedNames().find(
      (n) => n.attributes.name === marker && n.attributes.localSheetId === undefined,
    );
    return entry === undefined ? null : sheetOfReference(textOf(entry));
  }

  /** A part path in the workbook's folder ("xl/" + name as Excel writes it). */
  inFolder(name: string): string {
    return this.folder === "" ? name : `${this.folder}/${name}`;
  }

  /** A part of the workbook's folder as a sheet's relationship target ("../tables/table1.xml"). */
  fromSheet(part: string): string {
    return `../${part.slice(this.folder === "" ? 0 : this.folder.length + 1)}`;
  }

  /** Adds a sheet at the end with a new part; returns the part's path. */
  addSheet(name: string): string {
    let n = this.sheetElements().length + 1;
    while (this.pkg.has(this.inFolder(`worksheets/sheet${n}.xml`))) n++;
    const relId = this.rels.add(REL.worksheet, `worksheets/sheet${n}.xml`);
    const ids = this.sheetElements().map((s) => Number(s.attributes.sheetId ?? 0) || 0);
    const sheetId = maxOf(ids, 0) + 1;
    const [sheet] = this.part.fragment(
      `<sheet name="${escapeAttribute(name)}" sheetId="${sheetId}" r:id="${escapeAttribute(relId)}"/>`,
    );
    if (sheet === undefined) throw new Error("no sheet element");
    sheet.parent = this.sheetsElement;
    this.sheetsElement.children.push(sheet);
    return this.inFolder(`worksheets/sheet${n}.xml`);
  }

  /** Gives an existing sheet a new name (its part is rewritten by the caller). */
  rename(from: string, to: string): void {
    const entry = this.sheetElements().find((s) => s.attributes.name === from);
    if (entry !== undefined) entry.attributes.name = to;
  }

  private namesBlock(): XmlElement {
    let block = this.part.child(this.part.root, "definedNames");
    if (block === undefined) {
      block = this.part.element(this.part.root, "definedNames");
      insertInOrder(this.part.root, block, [this.part.main], WORKBOOK_ORDER);
    }
    return block;
  }

  private putName(name: string, localSheetId: number | null, value: string | null): void {
    const block = this.namesBlock();
    for (const n of this.part.children(block, "definedName")) {
      const local = n.attributes.localSheetId;
      if (n.attributes.name === name && (local === undefined ? null : Number(local)) === localSheetId)
        removeChild(block, n);
    }
    if (value !== null) {
      const local = localSheetId === null ? "" : ` localSheetId="${localSheetId}"`;
      const [element] = this.part.fragment(
        `<definedName name="${escapeAttribute(name)}"${local}>${escapeText(value)}</definedName>`,
      );
      if (element === undefined) throw new Error("no definedName element");
      element.parent = block;
      block.children.push(element);
    }
    if (this.part.children(block, "definedName").length === 0) removeChild(this.part.root, block);
  }

  /** Sets a workbook-wide name (a marker), replacing one of the same name. */
  setName(name: string, value: string): void {
    this.putName(name, null, value);
  }

  /** Sets (or, with null, removes) a sheet's own name such as _xlnm.Print_Titles. */
  setLocalName(name: string, sheet: number, value: string | null): void {
    this.putName(name, sheet, value);
  }

  activate(index: number): void {
    let views = this.part.child(this.part.root, "bookViews");
    if (views === undefined) {
      views = this.part.element(this.part.root, "bookViews");
      insertInOrder(this.part.root, views, [this.part.main], WORKBOOK_ORDER);
    }
    let view = this.part.child(views, "workbookView");
    if (view === undefined) {
      view = this.part.element(views, "workbookView");
      views.children.push(view);
    }
    delete view.attributes.activeTab;
    delete view.attributes.firstSheet;
    view.attributes.firstSheet = "0";
    view.attributes.activeTab = String(index);
  }

  save(): void {
    this.pkg.set(this.path, this.part.toString());
    this.rels.save(this.pkg);
  }
}
