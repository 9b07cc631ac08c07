import {
  addressOf,
  resolveSheetName,
  sheetRef,
  WorkbookWriteError,
  type ConditionalFormatPlan,
  type SheetPlan,
  type WritePlan,
} from "../../core";
import type { AppliedPlan } from "../../port/workbook-port";
import { protectedSheetsError } from "../apply-plan";
import { chartXml, columnEmuOf, drawingXml } from "../chart-xml";
import { AFTER_CONDITIONAL, conditionalXml, existingRules, isProtected } from "./conditional-xml";
import { applyNotesToPackage } from "./notes";
import { Package, type Codec } from "./package";
import { CONTENT_TYPE, ContentTypes, REL, Rels } from "./rels";
import { SharedStringsPart } from "./shared-strings";
import { sheetXml, tableXml } from "./sheet-xml";
import { StylesPart } from "./styles-part";
import { WorkbookPart, WORKBOOK_PART } from "./workbook-part";
import { attribute, DirectWriteUnsupported, insertBefore, relsPartOf } from "./xml-text";

/** Everything the plan's parts are written with. */
interface Writing {
  readonly pkg: Package;
  readonly book: WorkbookPart;
  readonly types: ContentTypes;
  readonly styles: StylesPart;
  readonly strings: SharedStringsPart;
}

/** $A$1:$H$20 of a 0-based area. */
function absoluteArea(a: { fromRow: number; toRow: number; fromCol: number; toCol: number }): string {
  return `${addressOf(a.fromRow, a.fromCol)}:${addressOf(a.toRow, a.toCol)}`.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/** Table ids are unique in the workbook: the next after every table part's own. */
function nextTableId(pkg: Package): number {
  let max = 0;
  for (const name of pkg.names()) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(name)) continue;
    const tag = /<table\b[^>]*>/.exec(pkg.text(name) ?? "")?.[0];
    max = Math.max(max, Number((tag && attribute(tag, "id")) ?? 0) || 0);
  }
  return max + 1;
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
  let tableNumber = w.pkg.nextNumber("xl/tables/table");
  let tableId = nextTableId(w.pkg);
  plan.tables.forEach((_, i) => {
    const path = `xl/tables/table${tableNumber++}.xml`;
    w.pkg.set(path, tableXml(plan, i, tableId++));
    w.types.override(path, CONTENT_TYPE.table);
    tableIds.push(rels.add(REL.table, `../${path.slice(3)}`));
  });
  let drawingId: string | null = null;
  const charts = plan.charts ?? [];
  if (charts.length > 0) {
    const drawing = `xl/drawings/drawing${w.pkg.nextNumber("xl/drawings/drawing")}.xml`;
    let chartNumber = w.pkg.nextNumber("xl/charts/chart");
    const drawingRels = Rels.of(w.pkg, drawing);
    for (const chart of charts) {
      const path = `xl/charts/chart${chartNumber++}.xml`;
      w.pkg.set(path, chartXml(chart, name));
      w.types.override(path, CONTENT_TYPE.chart);
      drawingRels.add(REL.chart, `../${path.slice(3)}`);
    }
    w.pkg.set(drawing, drawingXml(charts, columnEmuOf(plan.columnWidths)));
    drawingRels.save(w.pkg);
    w.types.override(drawing, CONTENT_TYPE.drawing);
    drawingId = rels.add(REL.drawing, `../${drawing.slice(3)}`);
  }
  w.pkg.set(part, sheetXml(plan, { styles: w.styles, strings: w.strings, conditional, tableIds, drawingId, selected }));
  w.types.override(part, CONTENT_TYPE.sheet);
  rels.save(w.pkg);
}

/** Adds rules to a user's sheet after its data, keeping every byte of its cells. */
function addRulesToUserSheet(w: Writing, part: string, formats: readonly ConditionalFormatPlan[]): void {
  const xml = w.pkg.text(part);
  if (xml === null) throw new DirectWriteUnsupported(`no part ${part}`);
  const after = Math.max(0, xml.lastIndexOf("</sheetData>"));
  const elements = conditionalXml(formats, w.styles, existingRules(xml, after));
  if (elements !== "") w.pkg.set(part, insertBefore(xml, elements, AFTER_CONDITIONAL, "worksheet", after));
}

/** Takes "this tab is selected" off a user's sheet, so the report opens alone (two selected tabs group sheets). */
function unselect(w: Writing, part: string): void {
  const xml = w.pkg.text(part);
  if (xml === null) return;
  const head = xml.indexOf("<sheetData");
  const before = head < 0 ? xml : xml.slice(0, head);
  if (!/tabSelected="(1|true)"/.test(before)) return;
  w.pkg.set(part, before.replace(/\stabSelected="(1|true)"/g, "") + (head < 0 ? "" : xml.slice(head)));
}

function openWriting(data: Uint8Array, codec: Codec): Writing {
  const pkg = new Package(data, codec);
  const xml = pkg.text(WORKBOOK_PART);
  if (xml === null) throw new DirectWriteUnsupported("no xl/workbook.xml");
  const book = new WorkbookPart(pkg, xml);
  const stylesPart = book.rels.list().find((r) => r.type === REL.styles)?.part;
  const stylesXml = stylesPart ? pkg.text(stylesPart) : null;
  if (!stylesPart || stylesXml === null) throw new DirectWriteUnsupported("no styles part");
  const stringsPart = book.rels.list().find((r) => r.type === REL.sharedStrings)?.part ?? null;
  const stringsXml = stringsPart === null ? null : pkg.text(stringsPart);
  if (stringsXml !== null && !/<sst[\s>]/.test(stringsXml)) throw new DirectWriteUnsupported("prefixed shared strings");
  return {
    pkg,
    book,
    types: new ContentTypes(pkg),
    styles: new StylesPart(pkg, stylesPart, stylesXml),
    strings: new SharedStringsPart(pkg, stringsPart, stringsXml),
  };
}

/**
 * Applies a plan to an .xlsx package directly: the add-in's sheets are written as XML parts, the
 * user's rules and the add-in's notes are added to their sheets' parts, and every other part is
 * copied as stored. Same outcome as the exceljs adapter (apply-plan.ts); throws
 * DirectWriteUnsupported for a package it does not edit, and the caller then goes through exceljs.
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
    (n) => w.book.indexOf(n) >= 0 && isProtected(w.pkg.text(w.book.sheetPart(n)) ?? ""),
  );
  if (locked.length > 0) throw protectedSheetsError(locked);
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
      w.book.setName(sheet.marker, sheetRef(resolution.name, "$A$1"));
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
    const skippedNotes = plan.notes ? applyNotesToPackage(w.pkg, w.book, w.types, plan.notes) : [];
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
    const strings = w.strings.save();
    if (strings !== null && w.strings.part === null) {
      w.book.rels.add(REL.sharedStrings, strings.slice(3));
      w.types.override(strings, CONTENT_TYPE.sharedStrings);
    }
    w.styles.save();
    w.book.save();
    w.types.save();
    return { bytes: w.pkg.bytes(), applied: { sheets: names, skippedNotes } };
  } catch (cause) {
    if (cause instanceof DirectWriteUnsupported || cause instanceof WorkbookWriteError) throw cause;
    throw new WorkbookWriteError(
      "PLAN_FAILED",
      `無法寫入報表 / Could not write the report: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
}
