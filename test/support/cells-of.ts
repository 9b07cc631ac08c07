import ExcelJS from "exceljs";

/** Every non-empty cell of every sheet, by "Sheet!A1", with its value and formula as stored. */
export async function cellsOf(path: string, sheets?: readonly string[]): Promise<Map<string, unknown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const out = new Map<string, unknown>();
  for (const sheet of workbook.worksheets) {
    if (sheets && !sheets.includes(sheet.name)) continue;
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        out.set(`${sheet.name}!${cell.address}`, JSON.stringify({ value: cell.value, formula: cell.formula ?? null }));
      });
    });
  }
  return out;
}
