import type { Finding } from "../findings";
import type { SourceCell } from "./indicator-input";

/** A figure cell holding text ("待查", "N/A") or an error value cannot be used; say so at the cell. */
export function checkFigureCell(sheet: string, indicator: string, cell: SourceCell | null): Finding[] {
  if (cell === null) return [];
  const value = cell.value;
  if (value.kind === "text" || value.kind === "rating") {
    const shown = value.kind === "text" ? value.text : String(value.raw);
    return [
      {
        code: "NOT_A_FIGURE",
        severity: "warning",
        sheet,
        cell: cell.address,
        params: { indicator, cell: cell.address, text: shown.slice(0, 40) },
      },
    ];
  }
  if (value.kind === "error") {
    return [
      {
        code: "ERROR_VALUE",
        severity: "warning",
        sheet,
        cell: cell.address,
        params: { indicator, cell: cell.address, error: value.code },
      },
    ];
  }
  return [];
}
