import { maxOf } from "../../core/values/arrays";
import {
  ALL_MARKERS,
  addressOf,
  resolveSheetName,
  sheetRef,
  WorkbookWriteError,
  type ConditionalFormatPlan,
  type SheetPlan,
  type WritePlan,
} from "../../core";
import type { AppliedPlan } from "../../port/workbook-port";
import { chartXml, columnEmuOf, drawingXml } from "../chart-xml";
import { conditionalXml, existingRules, isProtected, protectedSheetsError } from "./conditional-xml";
import { updateTitlesOfParts } from "./app-part";
import { applyNotesToPackage } from "./notes";
import { DEFAULT_STYLES } from "./new-package";
import { Package, type Codec } from "./package";
import { CONTENT_TYPE, ContentTypes, REL, Rels } from "./rels";
import { SharedStringsPart } from "./shared-strings";
import { sheetXml, tableXml } from "./sheet-xml";
import { StylesPart } from "./styles-part";
import { WorkbookPart, WORKBOOK_PART } from "./workbook-part";
import { SpreadsheetPart, withMainAsDefault, WorksheetPart } from "./part-xml";
import { DirectWriteUnsupported, relsPartOf, StrictNotWritten } from "./xml-text";

/** Everything the plan's parts are written with. */
interface Writing {
  readonly pkg: Package;
  readonly book: WorkbookPart;
  readonly types: ContentTypes;
  readonly styles: StylesPart;
  readonly strings: SharedStringsPart;
  /** Users' sheets being edited (rules, notes, tabs), written back once at the end. */
  readonly sheets: Map<string, WorksheetPart>;
}

/** A user's sheet as elements around its cells, parsed once however many edits it gets. */
function userSheet(w: Writing, part: string): WorksheetPart {
  const known = w.sheets.get(part);
  if (known !== undefined) return known;
  const xml = w.pkg.text(part);
  if (xml === null) throw new DirectWriteUnsupported(`no part ${part}`);
  const sheet = WorksheetPart.parseSheet(xml);
  w.sheets.set(part, sheet);
  return sheet;
}

/** $A$1:$H$20 of a 0-based area. */
function absoluteArea(a: { fromRow: number; toRow: number; fromCol: number; toCol: number }): string {
  return `${addressOf(a.fromRow, a.fromCol)}:${addressOf(a.toRow, a.toCol)}`.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/** The tables of the package: part, id and name (tables are few and small). */
function tablesOf(pkg: Package, types: ContentTypes): Array<{ id: number; names: string[] }> {
  const out: Array<{ id: number; names: string[] }> = [];
  for (const name of pkg.names()) {
    // Tables by content type, wherever the package keeps them (xl/tables/ as Excel writes it).
    if (!name.endsWith(".xml") || types.typeOf(name) !== CONTENT_TYPE.table) continue;
    const table = SpreadsheetPart.parse(pkg.text(name) ?? "");
    const a = table.root.attributes;
    out.push({ id: Number(a.id ?? 0) || 0, names: [a.name ?? "", a.displayName ?? ""].filter((n) => n !== "") });
  }
  return out;
}

/**
 * The planned table names made unique against every name of the workbook, case-insensitively:
 * its tables, its defined names, the add-in's markers. A taken name gets "_2", "_3"…
 */
export function uniqueNames(planned: readonly string[], taken: Iterable<string>): string[] {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  return planned.map((name) => {
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name}_${n}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Removes a part and, through its relationships, the parts only it uses (tables, drawings, charts, comments). */
function removeWithDependents(w: Writing, part: string): void {
  const rels = Rels.of(w.pkg, part);
  for (const rel of rels.list()) {
    if (rel.part === null || rel.type === REL.worksheet) continue;
    // A drawing's charts, a chart's own parts: removed with it. Shared parts (images) may be used elsewhere.
    if (/\/(table|drawing|chart|comments|vmlDrawing|printerSettings|threadedComment)/i.test(rel.type))
      removeWithDependents(w, rel.part);
  }
  w.pkg.remove(relsPartOf(part));
  w.pkg.remove(part);
  w.types.remove(part);
}

function writeSheet(
  w: Writing,
  plan: SheetPlan,
  name: string,
  part: string,
  conditional: string,
  selected: boolean,
): void {
  const rels = Rels.of(w.pkg, part);
  const tableIds: string[] = [];
  let tableNumber = w.pkg.nextNumber(w.book.inFolder("tables/table"));
  const tables = plan.tables.length === 0 ? [] : tablesOf(w.pkg, w.types);
  let tableId =
    maxOf(
      tables.map((t) => t.id),
      0,
    ) + 1;
  const tableNames = uniqueNames(
    plan.tables.map((t) => t.name),
    [...tables.flatMap((t) => t.names), ...w.book.definedNameList(), ...ALL_MARKERS],
  );
  plan.tables.forEach((_, i) => {
    const path = w.book.inFolder(`tables/table${tableNumber++}.xml`);
    w.pkg.set(path, tableXml(plan, i, tableId++, tableNames[i]));
    w.types.override(path, CONTENT_TYPE.table);
    tableIds.push(rels.add(REL.table, w.book.fromSheet(path)));
  });
  let drawingId: string | null = null;
  const charts = plan.charts ?? [];
  if (charts.length > 0) {
    const drawing = w.book.inFolder(`drawings/drawing${w.pkg.nextNumber(w.book.inFolder("drawings/drawing"))}.xml`);
    let chartNumber = w.pkg.nextNumber(w.book.inFolder("charts/chart"));
    const drawingRels = Rels.of(w.pkg, drawing);
    for (const chart of charts) {
      const path = w.book.inFolder(`charts/chart${chartNumber++}.xml`);
      w.pkg.set(path, chartXml(chart, name));
      w.types.override(path, CONTENT_TYPE.chart);
      drawingRels.add(REL.chart, w.book.fromSheet(path));
    }
    w.pkg.set(drawing, drawingXml(charts, columnEmuOf(plan.columnWidths)));
    drawingRels.save(w.pkg);
    w.types.override(drawing, CONTENT_TYPE.drawing);
    drawingId = rels.add(REL.drawing, w.book.fromSheet(drawing));
  }
  w.sheets.delete(part);
  // Compressed as it is written: the sheet's XML is never whole in memory.
  const deflater = w.pkg.deflater();
  sheetXml(plan, { styles: w.styles, strings: w.strings, conditional, tableIds, drawingId, selected }, (bytes) =>
    deflater.push(bytes),
  );
  w.pkg.setEntry(part, deflater.finish());
  w.types.override(part, CONTENT_TYPE.sheet);
  rels.save(w.pkg);
}

/** Adds rules to a user's sheet where CT_Worksheet's sequence puts them, keeping every byte of its cells. */
function addRulesToUserSheet(w: Writing, part: string, formats: readonly ConditionalFormatPlan[]): void {
  const sheet = userSheet(w, part);
  sheet.insertMarkup("conditionalFormatting", conditionalXml(formats, w.styles, existingRules(sheet)));
}

/** Takes "this tab is selected" off a user's sheet, so the report opens alone (two selected tabs group sheets). */
function unselect(w: Writing, part: string): void {
  const text = w.pkg.text(part);
  // Most sheets are not selected: no need to parse them.
  if (
    text === null ||
    !/tabSelected="(1|true)"/.test(text.slice(0, Math.max(0, text.search(/<([\w.-]+:)?sheetData[\s/>]/))))
  )
    return;
  const sheet = userSheet(w, part);
  const views = sheet.child(sheet.root, "sheetViews");
  for (const view of views === undefined ? [] : sheet.children(views, "sheetView")) {
    if (view.attributes.tabSelected === undefined) continue;
    delete view.attributes.tabSelected;
    sheet.touch();
  }
}

function openWriting(data: Uint8Array, codec: Codec): Writing {
  const pkg = new Package(data, codec);
  // The workbook part where the package's relationships say (xl/workbook.xml as Excel names it).
  const stated =
    Rels.of(pkg, "")
      .list()
      .find((r) => r.type.endsWith("/officeDocument"))?.part ?? null;
  const bookPath = stated !== null && pkg.has(stated) ? stated : WORKBOOK_PART;
  const xml = pkg.text(bookPath);
  if (xml === null) throw new DirectWriteUnsupported("no workbook part");
  const book = new WorkbookPart(pkg, xml, bookPath);
  if (book.strict) throw new StrictNotWritten("a Strict Open XML workbook");
  const types = new ContentTypes(pkg);
  let stylesPart = book.rels.list().find((r) => r.type === REL.styles)?.part;
  // A styles part is optional (OPC): a package without one gets Excel's defaults, which the
  // writer's own styles follow (no cell of the user's names a style: they all show the default).
  if (stylesPart === undefined || stylesPart === null || !pkg.has(stylesPart)) {
    if (stylesPart === undefined || stylesPart === null) {
      stylesPart = book.inFolder("styles.xml");
      book.rels.add(REL.styles, "styles.xml");
    }
    pkg.set(stylesPart, DEFAULT_STYLES);
    types.override(stylesPart, CONTENT_TYPE.styles);
  }
  // Styles and shared strings are edited as lists of their elements: a prefixed part (the Open XML
  // SDK's <x:styleSheet>) is first written with its main namespace as the default, the same XML.
  const stylesText = pkg.text(stylesPart);
  const stylesXml = stylesText === null ? null : withMainAsDefault(stylesText);
  if (stylesXml === null) throw new DirectWriteUnsupported("no styles part");
  const stringsPart = book.rels.list().find((r) => r.type === REL.sharedStrings)?.part ?? null;
  const stringsText = stringsPart === null ? null : pkg.text(stringsPart);
  const stringsXml = stringsText === null ? null : withMainAsDefault(stringsText);
  if (stringsXml !== null && !/<sst[\s>]/.test(stringsXml)) throw new DirectWriteUnsupported("prefixed shared strings");
  return {
    pkg,
    book,
    types,
    styles: new StylesPart(pkg, stylesPart, stylesXml),
    strings: new SharedStringsPart(pkg, stringsPart, stringsXml, book.inFolder("sharedStrings.xml")),
    sheets: new Map(),
  };
}

/**
 * Applies a plan to an .xlsx package directly: the add-in's sheets are written as XML parts, the
 * user's rules and the add-in's notes are added to their sheets' parts, and every other part is
 * copied as stored. Throws DirectWriteUnsupported (StrictNotWritten for Strict Open XML) for a
 * package it does not edit, before anything is written; the caller refuses the plan in words.
 */
export function applyPlanToPackage(
  data: Uint8Array,
  codec: Codec,
  plan: WritePlan,
): { bytes: Uint8Array; applied: AppliedPlan } {
  const w = openWriting(data, codec);
  const planned = new Set(plan.sheets.map((s) => s.name));
  const userSheets = new Set(plan.conditionalFormats.map((f) => f.sheet).filter((n) => !planned.has(n)));
  const noted = (plan.notes ?? []).map((n) => n.sheet).filter((n) => !planned.has(n));
  const locked = [...new Set([...userSheets, ...noted])].filter(
    (n) => w.book.indexOf(n) >= 0 && isProtected(userSheet(w, w.book.sheetPart(n))),
  );
  if (locked.length > 0) throw protectedSheetsError(locked);
  const sheetsBefore = w.book.sheetNames();
  const names = new Map<string, string>();
  try {
    let active: string | null = null;
    for (const sheet of plan.sheets) {
      const resolution = resolveSheetName(w.book.sheetNames(), w.book.markedSheet(sheet.marker), sheet.name);
      let part: string;
      if (resolution.replaces !== null) {
        part = w.book.sheetPart(resolution.replaces);
        const index = w.book.indexOf(resolution.replaces);
        removeWithDependents(w, part);
        w.book.rename(resolution.replaces, resolution.name);
        w.book.setLocalName("_xlnm.Print_Titles", index, null);
        w.book.setLocalName("_xlnm.Print_Area", index, null);
      } else part = w.book.addSheet(resolution.name);
      const rules = plan.conditionalFormats.filter((f) => f.sheet === sheet.name);
      const conditional = conditionalXml(rules, w.styles, { keys: new Set(), priority: 0 });
      writeSheet(w, sheet, resolution.name, part, conditional, sheet.activate === true);
      // A sheet of a new workbook the product makes whole (the review summary) needs no marker.
      if (sheet.marker !== "") w.book.setName(sheet.marker, sheetRef(resolution.name, "$A$1"));
      const titles = sheet.print?.titleRows;
      if (titles !== undefined)
        w.book.setLocalName(
          "_xlnm.Print_Titles",
          w.book.indexOf(resolution.name),
          sheetRef(resolution.name, `$${titles.from + 1}:$${titles.to + 1}`),
        );
      const area = sheet.print?.area;
      if (area !== undefined)
        w.book.setLocalName(
          "_xlnm.Print_Area",
          w.book.indexOf(resolution.name),
          sheetRef(resolution.name, absoluteArea(area)),
        );
      if (sheet.activate) active = resolution.name;
      names.set(sheet.name, resolution.name);
    }
    for (const sheet of userSheets) {
      if (w.book.indexOf(sheet) < 0) continue;
      addRulesToUserSheet(
        w,
        w.book.sheetPart(sheet),
        plan.conditionalFormats.filter((f) => f.sheet === sheet),
      );
    }
    const skippedNotes = plan.notes
      ? applyNotesToPackage(w.pkg, w.book, w.types, plan.notes, (part) => userSheet(w, part))
      : [];
    if (active !== null) {
      w.book.activate(w.book.indexOf(active));
      const ours = new Set(names.values());
      for (const other of w.book.sheetNames()) if (!ours.has(other)) unselect(w, w.book.sheetPart(other));
    }
    // Excel rebuilds the calculation chain; a stale one (cells of a replaced sheet) makes it repair the file.
    const chain = w.book.rels.list().find((r) => r.type === REL.calcChain);
    if (chain !== undefined) {
      if (chain.part !== null) {
        w.pkg.remove(chain.part);
        w.types.remove(chain.part);
      }
      w.book.rels.remove(chain.id);
    }
    for (const [part, sheet] of w.sheets) if (sheet.changed && w.pkg.has(part)) w.pkg.set(part, sheet.toString());
    const strings = w.strings.save();
    if (strings !== null && w.strings.part === null) {
      w.book.rels.add(REL.sharedStrings, strings.slice(w.book.folder === "" ? 0 : w.book.folder.length + 1));
      w.types.override(strings, CONTENT_TYPE.sharedStrings);
    }
    w.styles.save();
    w.book.save();
    updateTitlesOfParts(w.pkg, sheetsBefore, w.book.sheetNames());
    w.types.save();
    return { bytes: w.pkg.bytes(), applied: { sheets: names, skippedNotes } };
  } catch (cause) {
    if (cause instanceof DirectWriteUnsupported || cause instanceof WorkbookWriteError) throw cause;
    throw new WorkbookWriteError(
      "PLAN_FAILED",
      { detail: cause instanceof Error ? cause.message : String(cause) },
      { cause },
    );
  }
}
