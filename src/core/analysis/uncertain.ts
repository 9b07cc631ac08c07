import type { Finding } from "../findings";
import type { PeriodInput } from "./indicator-input";

/**
 * A figure the reader is not sure of is said so, never shown: an achievement of 10,000% or more is
 * far likelier a misreading (a code or a year taken for a figure, units a thousand apart) than a result.
 */
export function uncertainAchievement(sheet: string, indicator: string, period: PeriodInput, value: number): Finding {
  const cells = [period.target?.address, period.actual?.address].filter((a): a is string => a !== undefined);
  return {
    code: "READING_UNCERTAIN",
    severity: "warning",
    sheet,
    cell: period.actual?.address ?? period.target?.address ?? null,
    params: { indicator, cells: cells.join(", "), achievement: value },
    value,
  };
}
