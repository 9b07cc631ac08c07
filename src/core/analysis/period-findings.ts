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
        message: `「${indicator}」的 ${cell.address} 不是數字（「${shown.slice(0, 40)}」），本期無法計算達成度；請填入數值或「--」。`,
        messageEn: `${cell.address} of "${indicator}" is not a figure ("${shown.slice(0, 40)}"), so this period cannot be computed; enter a number or "--".`,
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
        message: `「${indicator}」的 ${cell.address} 為錯誤值 ${value.code}，本期無法計算；請修正該儲存格的公式。`,
        messageEn: `${cell.address} of "${indicator}" holds the error ${value.code}, so this period cannot be computed; fix that cell's formula.`,
      },
    ];
  }
  return [];
}
