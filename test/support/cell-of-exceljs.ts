import type { CellValue } from "exceljs";
import type { RawValue } from "../../src/core";

/** Excel's serial date: days since 1899-12-30, as the sheet stores it. */
function serialOf(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

/** exceljs gives rich text, formulas, hyperlinks and errors as objects; the engine wants what the cell shows. */
export function rawOf(value: CellValue): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialOf(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && "error" in result) return (result as { error: string }).error;
    if (result instanceof Date) return serialOf(result);
    return result as RawValue;
  }
  if ("text" in value) return typeof value.text === "string" ? value.text : null;
  return null;
}
