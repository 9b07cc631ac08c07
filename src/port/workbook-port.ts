import type { Grid } from "../core";

/**
 * The one workbook port. Each adapter (office.js in src/excel, exceljs in src/xlsx) implements it,
 * and one contract suite (test/contract) holds them to the same behaviour.
 */
export interface WorkbookReader {
  /** Worksheet names in tab order. */
  sheetNames(): Promise<string[]>;
  /** The used range of one sheet: values, number formats, merged areas, where it starts. */
  readSheet(name: string): Promise<Grid>;
  /** Every sheet, batched where the host allows (office.js: one sync for all used ranges). */
  readAll(): Promise<Grid[]>;
}

export type WorkbookPort = WorkbookReader;
