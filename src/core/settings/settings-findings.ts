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
    message: `指標設定的「${column.zh}」填了「${word}」，無法辨識；可填：${allowed.zh}。此格未套用，其餘設定照常套用。`,
    messageEn: `The settings' "${column.en}" holds "${word}", which is not a known word; use one of: ${allowed.en}. This cell is not applied; the rest of the settings are.`,
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
    message: `指標設定的「${column.zh}」填了「${value}」，不是可用的數值；應為${allowed.zh}。此格未套用，其餘設定照常套用。`,
    messageEn: `The settings' "${column.en}" holds "${value}", which is not a usable number; it should be ${allowed.en}. This cell is not applied; the rest of the settings are.`,
  };
}

export function notFound(sheet: string, cell: string, name: string, where: string | null): Finding {
  const inSheet = where === null || where === "" ? "" : `工作表「${where}」中`;
  const inSheetEn = where === null || where === "" ? "" : ` on sheet "${where}"`;
  return {
    code: "SETTINGS_NOT_FOUND",
    severity: "warning",
    sheet,
    cell,
    message: `指標設定列出「${name}」，但${inSheet}找不到這個指標；請核對名稱與工作表，或在「表格宣告」標出它所在的表格。此列未套用。`,
    messageEn: `The settings name "${name}", but no such indicator was found${inSheetEn}; check the name and the sheet, or declare its table in the tables part. This row is not applied.`,
  };
}

export function duplicateRow(sheet: string, cell: string, name: string, first: string): Finding {
  return {
    code: "SETTINGS_DUPLICATE",
    severity: "warning",
    sheet,
    cell,
    message: `指標設定中「${name}」有兩列（${first} 與 ${cell}）；只套用第一列 ${first}，請刪除多餘的一列。`,
    messageEn: `The settings have two rows for "${name}" (${first} and ${cell}); only the first, ${first}, is applied. Delete the extra row.`,
  };
}

export function badRange(sheet: string, cell: string, what: { zh: string; en: string }): Finding {
  return {
    code: "SETTINGS_BAD_RANGE",
    severity: "warning",
    sheet,
    cell,
    message: `表格宣告有誤：${what.zh}。此表格未套用，其餘設定照常套用。`,
    messageEn: `The table declaration is wrong: ${what.en}. This table is not applied; the rest of the settings are.`,
  };
}
