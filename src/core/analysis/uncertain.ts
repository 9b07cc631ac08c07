import type { Finding } from "../findings";
import type { DetectedTable } from "../layout/detected";
import type { PeriodInput } from "./indicator-input";

/** The target's and the actual's cells, as the message lists them ("C5, D5"). */
function figureCells(period: PeriodInput): string {
  return [period.target?.address, period.actual?.address].filter((a): a is string => a !== undefined).join(", ");
}

/**
 * A figure the reader is not sure of is said so, never shown: an achievement of 10,000% or more is
 * far likelier a misreading (a code or a year taken for a figure, units a thousand apart) than a result.
 */
export function uncertainAchievement(sheet: string, indicator: string, period: PeriodInput, value: number): Finding {
  return {
    code: "READING_UNCERTAIN",
    severity: "warning",
    sheet,
    cell: period.actual?.address ?? period.target?.address ?? null,
    params: { why: "range", indicator, cells: figureCells(period), achievement: value },
    value,
  };
}

/**
 * A target and a result that are both a year ("2019年" | "2019年" under 完成时限, a self-evaluation's
 * deadline): dates, met or not, no quantities to divide. Said so at the result; no achievement shown.
 */
export function uncertainDate(sheet: string, indicator: string, period: PeriodInput): Finding {
  return {
    code: "READING_UNCERTAIN",
    severity: "warning",
    sheet,
    cell: period.actual?.address ?? null,
    params: { why: "date", indicator, cells: figureCells(period), achievement: 0 },
  };
}

/** A figure the table's own evidence contradicts: said at `cell`, naming the figures and that evidence. */
function contradicted(
  at: { sheet: string; indicator: string; period: PeriodInput; value: number },
  why: string,
  cell: string | null,
  evidence: string | undefined,
): Finding {
  const { sheet, indicator, period, value } = at;
  return {
    code: "READING_UNCERTAIN",
    severity: "warning",
    sheet,
    cell,
    params: { why, indicator, cells: [figureCells(period), evidence].filter(Boolean).join(", "), achievement: value },
    value,
  };
}

/**
 * A row the table itself judges (Met Target "no", full marks under 指标得分) against figures that say
 * the opposite in the direction read: the figures, the columns or the direction are misread, or the
 * table judged by a rule of its own. Said at the verdict's cell; no achievement shown.
 */
export function uncertainVerdict(sheet: string, indicator: string, period: PeriodInput, value: number): Finding {
  const verdict = period.met;
  const why = verdict?.met ? "verdictMet" : "verdictMissed";
  const cell = verdict?.address ?? period.actual?.address ?? null;
  return contradicted({ sheet, indicator, period, value }, why, cell, verdict?.address);
}

/**
 * The table's own printed rate more than twice or under half the one its target and actual give:
 * one of them is misread. Said at the actual, as a figure beyond range is; no achievement shown.
 */
export function uncertainPrinted(sheet: string, indicator: string, period: PeriodInput, value: number): Finding {
  const printed = period.reported?.address;
  const cell = period.actual?.address ?? printed ?? null;
  return contradicted({ sheet, indicator, period, value }, "printed", cell, printed);
}

/**
 * A table whose printed rate follows from no two of its columns (not target and actual, not budget
 * and spending, not a change): the columns are misread or the rate is of something else. Said once,
 * at the rate's header; no achievement is computed from the table.
 */
export function uncertainTable(sheet: string, table: DetectedTable): Finding | null {
  const cell = table.doubtfulColumn;
  if (!cell) return null;
  const header = table.reading?.columns.find((c) => c.cell === cell)?.header ?? "";
  return {
    code: "READING_UNCERTAIN",
    severity: "warning",
    sheet,
    cell,
    params: {
      why: "arithmetic",
      table: table.title ?? table.range,
      cells: cell,
      header,
      indicator: "",
      achievement: 0,
    },
  };
}
