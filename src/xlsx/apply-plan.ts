import type ExcelJS from "exceljs";
import {
  addressOf,
  resolveSheetName,
  sheetOfReference,
  wrappedLines,
  withXlfnPrefixes,
  WorkbookWriteError,
  parseAddress,
  sheetStyles,
  StyleComposer,
  type CellStyle,
  type ConditionalFormatPlan,
  type ListValidation,
  type PlanCell,
  type PrintPlan,
  type SheetPlan,
  type WritePlan,
} from "../core";
import type { AppliedPlan } from "../port/workbook-port";
import { applyNotes } from "./apply-notes";

function valueOf(cell: PlanCell): ExcelJS.CellValue {
  switch (cell.kind) {
    case "text":
      // A string value is stored as text in the file, never as a formula, whatever it starts with.
      return cell.text;
    case "number":
      return cell.value;
    case "formula":
      // The cached result too, so previews that do not calculate show the figures.
      return cell.cached === undefined
        ? { formula: withXlfnPrefixes(cell.formula) }
        : { formula: withXlfnPrefixes(cell.formula), result: cell.cached };
    case "blank":
      return null;
  }
}

/** The sheet a marker (a defined name the add-in owns) points at, or null. */
export function markedSheet(workbook: ExcelJS.Workbook, marker: string): string | null {
  const entry = workbook.definedNames.model.find((n) => n.name === marker);
  const ref = entry?.ranges[0];
  return ref === undefined ? null : sheetOfReference(ref);
}

function setMarker(workbook: ExcelJS.Workbook, marker: string, sheet: string): void {
  const others = workbook.definedNames.model.filter((n) => n.name !== marker);
  workbook.definedNames.model = [...others, { name: marker, ranges: [`'${sheet.replace(/'/g, "''")}'!$A$1`] }];
}

/**
 * The cells below the first of each column-formula run, with that first cell's address: they are
 * written as shared formulas (one formula text per run, as Excel writes them), not one per cell.
 */
function sharedFormulaClones(plan: SheetPlan): Map<string, string> {
  const clones = new Map<string, string>();
  for (const run of plan.columnFormulas) {
    const master = addressOf(run.fromRow, run.col);
    for (let row = run.fromRow + 1; row <= run.toRow; row++) clones.set(addressOf(row, run.col), master);
  }
  return clones;
}

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, name: string): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: plan.freezeRows }] });
  const clones = sharedFormulaClones(plan);
  const valueAt = (cell: PlanCell, address: string): ExcelJS.CellValue => {
    const master = cell.kind === "formula" ? clones.get(address) : undefined;
    if (master === undefined || cell.kind !== "formula") return valueOf(cell);
    return cell.cached === undefined ? { sharedFormula: master } : { sharedFormula: master, result: cell.cached };
  };
  for (const range of plan.ranges) {
    range.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell.kind === "blank") return;
        const address = addressOf(range.row + r, range.col + c);
        sheet.getCell(address).value = valueAt(cell, address);
      });
    });
  }
  for (const table of plan.tables) {
    const columns: ExcelJS.TableColumnProperties[] = [];
    for (let c = table.left; c <= table.right; c++) {
      const header = sheet.getCell(addressOf(table.top, c)).value;
      columns.push({ name: typeof header === "string" ? header : `Column${c + 1}`, filterButton: true });
    }
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = table.top + 1; r <= table.bottom; r++) {
      const row: ExcelJS.CellValue[] = [];
      for (let c = table.left; c <= table.right; c++) row.push(sheet.getCell(addressOf(r, c)).value);
      rows.push(row);
    }
    sheet.addTable({
      name: table.name,
      ref: addressOf(table.top, table.left),
      headerRow: true,
      style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns,
      rows,
    });
  }
  // exceljs's table stores its rows again and drops a cached 0 or FALSE: the formulas' results go back.
  if (plan.tables.length > 0) {
    for (const range of plan.ranges) {
      range.cells.forEach((row, r) => {
        row.forEach((cell, c) => {
          if (cell.kind === "formula" && cell.cached !== undefined)
            sheet.getCell(addressOf(range.row + r, range.col + c)).value = valueAt(
              cell,
              addressOf(range.row + r, range.col + c),
            );
        });
      });
    }
  }
  // One style object per format, shared by its cells: exceljs's writer recognises a style object
  // it has seen (a WeakMap) where a style per cell was serialised and looked up once per cell.
  // Nothing sets a style on these cells afterwards (the tables are stored above), so sharing is safe.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const format of plan.columnFormats) {
    let style = styles.get(format.numberFormat);
    if (style === undefined) {
      style = { numFmt: format.numberFormat };
      styles.set(format.numberFormat, style);
    }
    for (let r = format.fromRow; r <= format.toRow; r++) sheet.getCell(addressOf(r, format.col)).style = style;
  }
  applyStyles(sheet, plan);
  plan.columnWidths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  for (const c of plan.hiddenColumns ?? []) sheet.getColumn(c + 1).hidden = true;
  // Each written cell of the column carries its own style: the column's alignment reaches only new ones.
  for (const c of plan.wrapColumns ?? []) {
    const column = sheet.getColumn(c + 1);
    column.alignment = { wrapText: true, vertical: "top" };
    column.eachCell((cell, row) => {
      // A new style object: a cell's style may be shared with others (one per number format).
      cell.style = { ...cell.style, alignment: { ...cell.style.alignment, wrapText: true, vertical: "top" } };
      // A file carries row heights; no host fits them on opening, so the wrapped lines are counted here.
      const lines = wrappedLines(typeof cell.value === "string" ? cell.value : "", column.width ?? 10);
      if (lines > 1) {
        const tall = sheet.getRow(row);
        tall.height = Math.max(tall.height ?? 0, lines * 15);
        tall.eachCell((other) => {
          other.style = { ...other.style, alignment: { ...other.style.alignment, vertical: "top" } };
        });
      }
    });
  }
  for (const validation of plan.dataValidations ?? []) addListValidation(sheet, validation);
  if (plan.print) printSetup(sheet, plan.print);
  if (plan.activate) activate(workbook, sheet);
}

/** exceljs's form of a cell style. */
function excelStyleOf(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.bold || style.fontSize !== undefined || style.fontColor !== undefined)
    out.font = {
      ...(style.bold ? { bold: true } : {}),
      ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
      ...(style.fontColor !== undefined ? { color: { argb: `FF${style.fontColor}` } } : {}),
    };
  if (style.fill !== undefined) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill}` } };
  if (style.border !== undefined) {
    const side: Partial<ExcelJS.Border> = { style: "thin", color: { argb: `FF${style.border}` } };
    out.border = { top: side, left: side, bottom: side, right: side };
  }
  if (style.horizontal !== undefined || style.vertical !== undefined || style.wrap)
    out.alignment = {
      ...(style.horizontal !== undefined ? { horizontal: style.horizontal } : {}),
      ...(style.vertical !== undefined ? { vertical: style.vertical === "center" ? "middle" : "top" } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
    };
  return out;
}

/**
 * The sheet's looks (tables' and the plan's) as cell styles: one style object per distinct
 * number format and look, shared by its cells, as the number formats above are.
 */
function applyStyles(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  const ranges = sheetStyles(plan);
  if (ranges.length === 0) return;
  const composer = new StyleComposer(ranges);
  // By row × 16,384 + column (a sheet's columns): a number per cell, not a string.
  const looks = new Map<number, number>();
  composer.paint(
    (r, c) => looks.get(r * 16384 + c) ?? 0,
    (r, c, look) => {
      looks.set(r * 16384 + c, look);
    },
  );
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  for (const [key, look] of looks) {
    const cell = sheet.getCell(addressOf(Math.floor(key / 16384), key % 16384));
    const numFmt = cell.numFmt;
    const id = `${numFmt ?? ""}\u0000${look}`;
    let style = shared.get(id);
    if (style === undefined) {
      style = { ...excelStyleOf(composer.looks[look] ?? {}), ...(numFmt ? { numFmt } : {}) };
      shared.set(id, style);
    }
    cell.style = style;
  }
}

/** A drop-down list on each cell of the range (exceljs writes one rule per run of cells). */
function addListValidation(sheet: ExcelJS.Worksheet, validation: ListValidation): void {
  const [from = "", to = from] = validation.range.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (a === null || b === null) return;
  const source = `"${validation.list.join(",").replace(/"/g, '""')}"`;
  for (let r = a.row; r <= b.row; r++) {
    for (let c = a.col; c <= b.col; c++) {
      sheet.getCell(addressOf(r, c)).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [source],
        showErrorMessage: false,
      };
    }
  }
}

function printSetup(sheet: ExcelJS.Worksheet, print: PrintPlan): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    // A4: the paper of Taiwan's offices, not the host's default US Letter.
    // A4 (9); exceljs declares its paper sizes as an enum it does not export at run time.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
    paperSize: 9,
    orientation: print.landscape ? "landscape" : "portrait",
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    // 0: as many pages tall as the rows need.
    fitToHeight: 0,
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows.from + 1}:${print.titleRows.to + 1}` } : {}),
    ...(print.area
      ? {
          printArea: `${addressOf(print.area.fromRow, print.area.fromCol)}:${addressOf(print.area.toRow, print.area.toCol)}`,
        }
      : {}),
  };
  const { left, center, right } = print.footer;
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: `&L${left}&C${center}&R${right}` };
  // A break "after row n" (1-based) starts the next page at 0-based row n.
  for (const row of print.pageBreaksBefore ?? []) if (row > 0) sheet.getRow(row).addPageBreak();
}

/** The workbook opens on this sheet, and on it alone: a second selected tab would group the sheets. */
function activate(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): void {
  for (const other of workbook.worksheets) {
    // A sheet read from a file may have no views at all (exceljs gives null).
    const views: Partial<ExcelJS.WorksheetView>[] = Array.isArray(other.views) ? other.views : [];
    other.views = (views.length > 0 ? views : [{}]).map((v) => ({ ...v, tabSelected: other === sheet }));
  }
  const index = workbook.worksheets.indexOf(sheet);
  const [view] = (workbook.views as ExcelJS.WorkbookView[] | undefined) ?? [];
  workbook.views = [
    { x: 0, y: 0, width: 12000, height: 20000, visibility: "visible", ...view, firstSheet: 0, activeTab: index },
  ];
}

function ruleOf(format: ConditionalFormatPlan): ExcelJS.ConditionalFormattingRule {
  if (format.kind === "expression") {
    return {
      type: "expression",
      priority: 1,
      formulae: [withXlfnPrefixes(format.formula)],
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${format.fill}` } },
        font: { color: { argb: `FF${format.fontColor}` } },
      },
    };
  }
  return {
    type: "iconSet",
    priority: 1,
    iconSet: "3TrafficLights1",
    cfvo: [
      { type: "num", value: 0 },
      { type: "num", value: format.yellow },
      { type: "num", value: format.green },
    ],
  };
}

/** What identifies a rule across a save and a load (priority and style come back reshaped). */
function ruleKey(rule: ExcelJS.ConditionalFormattingRule): string {
  const formulae = "formulae" in rule ? (rule.formulae ?? []) : [];
  return `${rule.type}|${formulae.join("|")}`;
}

/** exceljs keeps a sheet's rules (read from the file too) in an untyped field. */
function rulesOf(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
}

/**
 * Adds each rule unless the same rule is already on the same range (re-running adds nothing
 * twice). The rules already there are indexed once per sheet, so the check stays linear in the
 * number of rules (a scan per added rule was quadratic: 20,000 rules took 2.2 s).
 */
export function addConditionalFormats(
  sheetOf: (name: string) => ExcelJS.Worksheet | undefined,
  formats: readonly ConditionalFormatPlan[],
): void {
  const present = new Map<ExcelJS.Worksheet, Set<string>>();
  for (const format of formats) {
    const sheet = sheetOf(format.sheet);
    if (sheet === undefined) continue;
    let keys = present.get(sheet);
    if (keys === undefined) {
      keys = new Set();
      for (const cf of rulesOf(sheet)) for (const r of cf.rules) keys.add(`${cf.ref}\u0000${ruleKey(r)}`);
      present.set(sheet, keys);
    }
    const rule = ruleOf(format);
    const key = `${format.range}\u0000${ruleKey(rule)}`;
    if (keys.has(key)) continue;
    keys.add(key);
    sheet.addConditionalFormatting({ ref: format.range, rules: [rule] });
  }
}

/** Applies a write plan to a workbook in memory; the caller saves it. */
/** As in Excel: a protected sheet cannot take the flags, so nothing is written and the user is told. */
function refuseProtected(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  const planned = new Set(plan.sheets.map((s) => s.name));
  const touched = new Set(
    [...plan.conditionalFormats.map((f) => f.sheet), ...(plan.notes ?? []).map((n) => n.sheet)].filter(
      (n) => !planned.has(n),
    ),
  );
  const locked = [...touched].filter((name) => {
    const protection = (workbook.getWorksheet(name) as unknown as { sheetProtection?: { sheet?: boolean } } | undefined)
      ?.sheetProtection;
    return protection?.sheet === true;
  });
  if (locked.length > 0) throw protectedSheetsError(locked);
}

/** As in Excel: a protected sheet cannot take the flags, so nothing is written and the user is told. */
export function protectedSheetsError(locked: readonly string[]): WorkbookWriteError {
  return new WorkbookWriteError(
    "SHEET_PROTECTED",
    `工作表「${locked.join("、")}」受保護，無法加上標示或註解；請先取消保護（校閱 → 取消保護工作表）再執行。未寫入任何內容。 / Sheet "${locked.join('", "')}" is protected, so flags or notes cannot be added; unprotect it (Review → Unprotect Sheet) and run again. Nothing was written.`,
  );
}

export function applyPlanToWorkbook(workbook: ExcelJS.Workbook, plan: WritePlan): AppliedPlan {
  refuseProtected(workbook, plan);
  const names = new Map<string, string>();
  let skippedNotes: ReturnType<typeof applyNotes> = [];
  try {
    for (const sheetPlan of plan.sheets) {
      const existing = workbook.worksheets.map((w) => w.name);
      const resolution = resolveSheetName(existing, markedSheet(workbook, sheetPlan.marker), sheetPlan.name);
      if (resolution.replaces !== null) {
        const old = workbook.getWorksheet(resolution.replaces);
        if (old) workbook.removeWorksheet(old.id);
      }
      writeSheet(workbook, sheetPlan, resolution.name);
      setMarker(workbook, sheetPlan.marker, resolution.name);
      names.set(sheetPlan.name, resolution.name);
    }
    addConditionalFormats((name) => workbook.getWorksheet(names.get(name) ?? name), plan.conditionalFormats);
    if (plan.notes) skippedNotes = applyNotes(workbook, plan.notes);
  } catch (cause) {
    throw new WorkbookWriteError(
      "PLAN_FAILED",
      `無法寫入報表 / Could not write the report: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
  }
  return { sheets: names, skippedNotes };
}
