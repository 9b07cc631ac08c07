import type ExcelJS from "exceljs";
import {
  addressOf,
  resolveSheetName,
  sheetOfReference,
  withXlfnPrefixes,
  WorkbookWriteError,
  parseAddress,
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
      return { formula: withXlfnPrefixes(cell.formula) };
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

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, name: string): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: plan.freezeRows }] });
  for (const range of plan.ranges) {
    range.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell.kind !== "blank") sheet.getCell(addressOf(range.row + r, range.col + c)).value = valueOf(cell);
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
  for (const format of plan.columnFormats) {
    for (let r = format.fromRow; r <= format.toRow; r++)
      sheet.getCell(addressOf(r, format.col)).numFmt = format.numberFormat;
  }
  plan.columnWidths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  for (const c of plan.hiddenColumns ?? []) sheet.getColumn(c + 1).hidden = true;
  for (const validation of plan.dataValidations ?? []) addListValidation(sheet, validation);
  if (plan.print) printSetup(sheet, plan.print);
  if (plan.activate) activate(workbook, sheet);
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
    orientation: print.landscape ? "landscape" : "portrait",
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    // 0: as many pages tall as the rows need.
    fitToHeight: 0,
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows.from + 1}:${print.titleRows.to + 1}` } : {}),
  };
  const { left, center, right } = print.footer;
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: `&L${left}&C${center}&R${right}` };
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

/** Adds a rule unless the same rule is already on the same range (re-running adds nothing twice). */
function addConditionalFormat(sheet: ExcelJS.Worksheet, format: ConditionalFormatPlan): void {
  const rule = ruleOf(format);
  const key = ruleKey(rule);
  // exceljs keeps the sheet's rules (read from the file too) in an untyped field.
  const current = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  const existing = current.find((cf) => cf.ref === format.range && cf.rules.some((r) => ruleKey(r) === key));
  if (existing === undefined) sheet.addConditionalFormatting({ ref: format.range, rules: [rule] });
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
  if (locked.length > 0) {
    throw new WorkbookWriteError(
      "SHEET_PROTECTED",
      `工作表「${locked.join("、")}」受保護，無法加上標示或註解；請先取消保護（校閱 → 取消保護工作表）再執行。未寫入任何內容。 / Sheet "${locked.join('", "')}" is protected, so flags or notes cannot be added; unprotect it (Review → Unprotect Sheet) and run again. Nothing was written.`,
    );
  }
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
    for (const format of plan.conditionalFormats) {
      const sheet = workbook.getWorksheet(names.get(format.sheet) ?? format.sheet);
      if (sheet) addConditionalFormat(sheet, format);
    }
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
