import type { Grid } from "../layout/grid";
import { normalizeText } from "../values/normalize-text";

/**
 * 未達成原因 and 因應策略: what a person wrote beside a ▲ or ● row of the report. The report is
 * written anew on every run; these are read from the report it replaces and put back on the row of
 * the same sheet, indicator and period, wherever that row now stands.
 */
export interface KeptReasons {
  readonly reason: string;
  readonly measure: string;
}

/** A row's key, written in a hidden column of the report so a re-run finds the row again. */
export function reasonKey(sheet: string, indicator: string, period: string | null): string {
  return JSON.stringify([sheet, indicator, period ?? ""]);
}

function isKey(value: unknown): value is string {
  if (typeof value !== "string" || !value.startsWith('["')) return false;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) && parsed.length === 3 && parsed.every((p) => typeof p === "string");
  } catch {
    return false;
  }
}

function textOf(value: string | number | boolean | null | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/**
 * The reasons on an earlier report: the columns headed by the words of either language (the report
 * may have been written in the other one), the rows by their hidden keys. Rows with nothing written
 * are left out.
 */
export function keptReasons(
  grid: Grid,
  words: { readonly reason: readonly string[]; readonly measure: readonly string[] },
): Map<string, KeptReasons> {
  const out = new Map<string, KeptReasons>();
  const headed = (set: readonly string[]) => new Set(set.map((w) => normalizeText(w)));
  const reasonWords = headed(words.reason);
  const measureWords = headed(words.measure);
  let reasonCol = -1;
  let measureCol = -1;
  for (const row of grid.cells) {
    row.forEach((cell, c) => {
      const t = normalizeText(textOf(cell.value));
      if (reasonCol < 0 && reasonWords.has(t)) reasonCol = c;
      if (measureCol < 0 && measureWords.has(t)) measureCol = c;
    });
    if (reasonCol >= 0 || measureCol >= 0) break;
  }
  if (reasonCol < 0 && measureCol < 0) return out;
  for (const row of grid.cells) {
    const key = row.find((cell) => isKey(cell.value))?.value;
    if (!isKey(key)) continue;
    const reason = textOf(row[reasonCol]?.value);
    const measure = textOf(row[measureCol]?.value);
    if (reason !== "" || measure !== "") out.set(key, { reason, measure });
  }
  return out;
}
