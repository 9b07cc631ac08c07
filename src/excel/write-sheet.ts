import { maxOf, minOf } from "../core/values/arrays";
import { addressOf, sheetStyles, type CellStyle, type PlanCell, type PrintPlan, type SheetPlan } from "../core";
import type { RequestBudget } from "./request-budget";

/**
 * Excel reads a string written through .formulas as the user's typing: "=…", "+…", "-…" as a formula,
 * "104" as a number, "1/2" as a date, "TRUE" as a boolean, "#N/A" as an error (full-width digits too,
 * in CJK Excel). A leading apostrophe keeps it text (Excel keeps the apostrophe as the cell's prefix,
 * not in its value), so every text that could be read as something else gets one.
 */
export function textForExcel(text: string): string {
  return /^[=+\-@'#]|[0-9\uFF10-\uFF19]|^\s*(true|false)\s*$/i.test(text) ? `'${text}` : text;
}

function formulaValue(cell: PlanCell): string | number | null {
  switch (cell.kind) {
    case "text":
      return textForExcel(cell.text);
    case "number":
      return cell.value;
    case "formula":
      return `=${cell.formula}`;
    case "blank":
      return null;
  }
}

/** What a value costs in a request: JSON, with text as UTF-8 (a CJK character is three bytes). */
export function requestBytes(value: unknown): number {
  const json = JSON.stringify(value);
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code > 0x7ff) bytes += 2;
    else if (code > 0x7f) bytes += 1;
  }
  return bytes;
}

const bytesOf = (rows: unknown[][]): number => requestBytes(rows);

/**
 * Queues a planned sheet's writes: each block as 2-D arrays (split by rows only where one request
 * would pass the budget), column formulas as one R1C1 assignment each, then formats after data.
 */
export async function queueSheet(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  budget: RequestBudget,
  tableNames: readonly string[],
  /** ExcelApi 1.9: page layout (orientation, fit, print titles, footers). */
  pageLayout = false,
): Promise<void> {
  // Cells a column formula will set are sent as null in the block (office.js leaves them as they are).
  const covered = new Set<string>();
  for (const f of plan.columnFormulas) for (let row = f.fromRow; row <= f.toRow; row++) covered.add(`${row},${f.col}`);
  const isCovered = (row: number, col: number): boolean => covered.has(`${row},${col}`);
  for (const range of plan.ranges) {
    let chunk: (string | number | null)[][] = [];
    let start = range.row;
    const flush = async (): Promise<void> => {
      if (chunk.length === 0) return;
      const width = chunk[0]?.length ?? 0;
      await budget.spend(bytesOf(chunk), chunk.length * width);
      sheet.getRangeByIndexes(start, range.col, chunk.length, width).formulas = chunk;
      start += chunk.length;
      chunk = [];
    };
    const width = maxOf(range.cells.map((r) => r.length));
    let chunkBytes = 0;
    for (const [r, row] of range.cells.entries()) {
      const line = Array.from({ length: width }, (_, c) => {
        const cell = row[c];
        return cell === undefined || (cell.kind === "formula" && isCovered(range.row + r, range.col + c))
          ? null
          : formulaValue(cell);
      });
      const lineBytes = requestBytes(line);
      if (chunkBytes + lineBytes > budget.chunkLimit) {
        await flush();
        chunkBytes = 0;
      }
      chunk.push(line);
      chunkBytes += lineBytes;
    }
    await flush();
  }
  for (const f of plan.columnFormulas) {
    await budget.spend(f.r1c1.length, f.toRow - f.fromRow + 1);
    // A single R1C1 formula assigned to a whole column range: every row gets it, relative to itself.
    (
      sheet.getRangeByIndexes(f.fromRow, f.col, f.toRow - f.fromRow + 1, 1) as unknown as { formulasR1C1: string }
    ).formulasR1C1 = `=${f.r1c1}`;
  }
  for (const format of plan.columnFormats) {
    await budget.spend(format.numberFormat.length + 40, format.toRow - format.fromRow + 1);
    (
      sheet.getRangeByIndexes(format.fromRow, format.col, format.toRow - format.fromRow + 1, 1) as unknown as {
        numberFormat: string;
      }
    ).numberFormat = format.numberFormat;
  }
  for (const [i, table] of plan.tables.entries()) {
    const address = `${addressOf(table.top, table.left)}:${addressOf(table.bottom, table.right)}`;
    const added = sheet.tables.add(address, true);
    added.name = tableNames[i] ?? table.name;
    added.style = table.style;
  }
  // The looks as cell formats (printed and exported as shown); Excel's table style draws the stripes.
  for (const look of sheetStyles(plan)) {
    if (look.stripe) continue;
    await budget.spend(400, 1);
    queueStyle(
      sheet.getRangeByIndexes(look.fromRow, look.fromCol, look.toRow - look.fromRow + 1, look.toCol - look.fromCol + 1)
        .format,
      look.style,
    );
  }
  plan.columnWidths.forEach((width, c) => {
    // Excel measures column width in points; a character of the default font is about 7.
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = width * 7;
  });
  // Adjacent hidden columns (the below-target column and the chart's helper block) in one request.
  for (const run of columnRuns(plan.hiddenColumns ?? []))
    sheet.getRangeByIndexes(0, run.from, 1, run.to - run.from + 1).getEntireColumn().columnHidden = true;
  // From the first table down, as the .xlsx writer wraps: the title and summary above run on.
  const wrapTop = plan.tables.length === 0 ? 0 : minOf(plan.tables.map((t) => t.top));
  const wrapBottom = maxOf(plan.ranges.map((r) => r.row + r.cells.length - 1));
  for (const c of plan.wrapColumns ?? []) {
    const column =
      wrapTop === 0
        ? sheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn()
        : sheet.getRangeByIndexes(wrapTop, c, Math.max(1, wrapBottom - wrapTop + 1), 1);
    column.format.wrapText = true;
    column.format.verticalAlignment = "Top";
  }
  for (const v of plan.dataValidations ?? []) {
    // A drop-down that suggests and does not refuse (as in the .xlsx writer): the reader also takes
    // short forms ("↓", "lower") and says, as a finding, what it cannot read.
    const validation = sheet.getRange(v.range).dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
    validation.errorAlert = { showAlert: false, style: "Information", title: "", message: "" };
  }
  if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
  if (plan.print && pageLayout) queuePrint(sheet, plan.print);
  if (plan.activate) sheet.activate();
}

const BORDER_SIDES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

function queueStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold) format.font.bold = true;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = `#${style.fontColor}`;
  if (style.fill !== undefined) format.fill.color = `#${style.fill}`;
  if (style.horizontal !== undefined)
    format.horizontalAlignment =
      style.horizontal === "center" ? "Center" : style.horizontal === "left" ? "Left" : "Right";
  if (style.vertical !== undefined) format.verticalAlignment = style.vertical === "center" ? "Center" : "Top";
  if (style.wrap) format.wrapText = true;
  if (style.border !== undefined)
    for (const side of BORDER_SIDES) {
      const border = format.borders.getItem(side);
      border.style = "Continuous";
      border.color = `#${style.border}`;
    }
}

function columnRuns(columns: readonly number[]): Array<{ from: number; to: number }> {
  const runs: Array<{ from: number; to: number }> = [];
  for (const c of [...columns].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.to + 1 === c) last.to = c;
    else runs.push({ from: c, to: c });
  }
  return runs;
}

/** learn.microsoft.com/javascript/api/excel/excel.pagelayout (ExcelApi 1.9). */
function queuePrint(sheet: Excel.Worksheet, print: PrintPlan): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.landscape ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  // "The PageLayoutZoomOptions object must be set as a JSON object": 1 page wide, any number tall.
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.area)
    layout.setPrintArea(
      `${addressOf(print.area.fromRow, print.area.fromCol)}:${addressOf(print.area.toRow, print.area.toCol)}`,
    );
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.from + 1}:$${print.titleRows.to + 1}`);
  const footer = layout.headersFooters.defaultForAllPages;
  footer.leftFooter = print.footer.left;
  footer.centerFooter = print.footer.center;
  footer.rightFooter = print.footer.right;
  // "Adds a page break before the top-left cell of the range specified" (PageBreakCollection.add, 1.9).
  for (const row of print.pageBreaksBefore ?? []) sheet.horizontalPageBreaks.add(addressOf(row, 0));
}
