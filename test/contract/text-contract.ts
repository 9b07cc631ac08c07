/**
 * The write side of the port's contract: text the plan writes stays text in both adapters, however
 * much it looks like a number, a date, a boolean, an error or a formula.
 */
import type { RawValue, WritePlan } from "../../src/core";

/** Applies the plan to a workbook of one user sheet, then reads one cell of a written sheet. */
export type TextWriter = (plan: WritePlan) => Promise<(sheet: string, address: string) => Promise<RawValue>>;

const TEXTS = ["104", "107", "1/2", "2024-01-05", "50%", "1,000", "TRUE", "#N/A", "=SUM(1)", "-2", "１０４", "指標 1"];

const PLAN: WritePlan = {
  sheets: [
    {
      name: "文字",
      role: "report",
      marker: "IndicatorsAddinReport",
      ranges: [{ row: 0, col: 0, cells: TEXTS.map((text) => [{ kind: "text", text }]) }],
      columnFormulas: [],
      columnFormats: [],
      tables: [],
      freezeRows: 0,
      columnWidths: [],
    },
  ],
  conditionalFormats: [],
};

export function describeTextContract(adapter: string, write: TextWriter): void {
  test(`${adapter}: text stays text`, async () => {
    const read = await write(PLAN);
    const values = await Promise.all(TEXTS.map((_, i) => read("文字", `A${i + 1}`)));
    expect(values).toEqual(TEXTS);
  });
}
