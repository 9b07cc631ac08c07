import { formatPercent, type Finding } from "../findings";
import type { PeriodInput } from "./indicator-input";

/**
 * A figure the reader is not sure of is said so, never shown: an achievement of 10,000% or more is
 * far likelier a misreading (a code or a year taken for a figure, units a thousand apart) than a result.
 */
export function uncertainAchievement(sheet: string, indicator: string, period: PeriodInput, value: number): Finding {
  const cells = [period.target?.address, period.actual?.address].filter((a): a is string => a !== undefined);
  const where = cells.join("、");
  return {
    code: "READING_UNCERTAIN",
    severity: "warning",
    sheet,
    cell: period.actual?.address ?? period.target?.address ?? null,
    message: `「${indicator}」依 ${where} 算得達成度 ${formatPercent(value)}，超出合理範圍，可能讀錯欄位或單位不同；未計算達成度。請核對這兩格是否為同一單位的目標值與實際值，或於指標設定中指定欄位。`,
    messageEn: `"${indicator}": ${cells.join(" and ")} give an achievement of ${formatPercent(value)}, beyond any plausible range; the columns may be misread or the units differ, so no achievement is computed. Check that these cells are the target and actual in the same unit, or declare the columns in the indicator settings.`,
    value,
  };
}
