import type { Finding } from "../findings";

/** Findings on a cell of the settings sheet (指標設定): what is wrong there, what is allowed, and that the rest still applies. */
export function unknownWord(
  sheet: string,
  cell: string,
  column: { zh: string; en: string },
  word: string,
  allowed: { zh: string; en: string },
): Finding {
  return {
    code: "SETTINGS_UNKNOWN_WORD",
    severity: "warning",
    sheet,
    cell,
    // The column's and the allowed words' names come in both languages from the settings' own table.
    params: { column: column.zh, columnEn: column.en, word, allowed: allowed.zh, allowedEn: allowed.en },
  };
}

export function badValue(
  sheet: string,
  cell: string,
  column: { zh: string; en: string },
  value: string,
  allowed: { zh: string; en: string },
): Finding {
  return {
    code: "SETTINGS_BAD_VALUE",
    severity: "warning",
    sheet,
    cell,
    params: { column: column.zh, columnEn: column.en, value, allowed: allowed.zh, allowedEn: allowed.en },
  };
}

export function notFound(sheet: string, cell: string, name: string, where: string | null): Finding {
  return {
    code: "SETTINGS_NOT_FOUND",
    severity: "warning",
    sheet,
    cell,
    params: { name, where: where ?? "", hasSheet: where === null || where === "" ? "no" : "yes" },
  };
}

export function duplicateRow(sheet: string, cell: string, name: string, first: string): Finding {
  return {
    code: "SETTINGS_DUPLICATE",
    severity: "warning",
    sheet,
    cell,
    params: { name, first, cell },
  };
}

export function badRange(sheet: string, cell: string, what: { zh: string; en: string }): Finding {
  return {
    code: "SETTINGS_BAD_RANGE",
    severity: "warning",
    sheet,
    cell,
    params: { what: what.zh, whatEn: what.en },
  };
}
