import type { WordedReport } from "../../src/messages";
import { analyzeThroughPort } from "../../src/usecases/analyze";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { xlsxBufferOf, type WorkbookSpec } from "./workbook-spec";

/** Writes the spec as a real .xlsx, reads it back through the exceljs adapter, and analyses it. */
export async function analyzeSpec(spec: WorkbookSpec): Promise<WordedReport> {
  return analyzeThroughPort(await XlsxWorkbook.fromBuffer(await xlsxBufferOf(spec)));
}
