import { IndicatorsError } from "../core/errors";
import type { ExcelHost } from "./excel-host";

/** Base64 of bytes, in slices so a large workbook does not overflow the argument list. */
function base64Of(data: ArrayBuffer): string {
  const bytes = new Uint8Array(data);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    const slice = bytes.subarray(i, i + 0x8000);
    binary += String.fromCharCode.apply(null, slice as unknown as number[]);
  }
  return btoa(binary);
}

/**
 * Inserts every sheet of an .xlsx after the workbook's own (Workbook.insertWorksheetsFromBase64,
 * ExcelApi 1.13); resolves to the new sheets' names. Older hosts get a message saying so.
 * https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-insertworksheetsfrombase64-member(1)
 */
export async function insertWorkbookSheets(host: ExcelHost, data: ArrayBuffer): Promise<string[]> {
  if (!host.isSetSupported("ExcelApi", "1.13")) throw new IndicatorsError("SAMPLE_NEEDS_API", { api: "ExcelApi 1.13" });
  return host.run(async (context) => {
    const ids = context.workbook.insertWorksheetsFromBase64(base64Of(data), {
      positionType: "End",
    });
    await context.sync();
    const sheets = ids.value.map((id) => {
      const sheet = context.workbook.worksheets.getItem(id);
      sheet.load("name");
      return sheet;
    });
    await context.sync();
    return sheets.map((s) => s.name);
  });
}
