import { maxOf } from "../values/arrays";
import type { Finding } from "../findings";
import { addressOf, parseAddress, type Area, type Grid } from "../layout/grid";
import type { RawValue } from "../values/cell-value";
import { parseValue } from "../values/parse-value";
import {
  columnOfHeading,
  INDICATOR_COLUMNS,
  INDICATOR_HEADINGS,
  TABLE_COLUMNS,
  TABLE_HEADINGS,
  type IndicatorColumn,
  type TableColumn,
} from "./settings-columns";
import { badRange, badValue, unknownWord } from "./settings-findings";
import type { IndicatorSetting, RawRow, RoleAt, Settings, TableSetting } from "./settings-types";
import { allowedWords, choiceOf, DIRECTION_CHOICES, KIND_CHOICES, LAYOUT_CHOICES, yesNo } from "./settings-words";

const cellAt = (grid: Grid, row: number, col: number): RawValue =>
  grid.cells[row - grid.originRow]?.[col - grid.originCol]?.value ?? null;

const textOf = (value: RawValue): string => (value === null ? "" : String(value).trim());

interface HeaderRow<C extends string> {
  readonly row: number;
  readonly at: ReadonlyMap<C, number>;
}

/** A row whose cells name at least the `needed` columns: the settings are found by their headings, wherever they stand. */
function findHeader<C extends string>(
  grid: Grid,
  headings: Parameters<typeof columnOfHeading<C>>[0],
  needed: readonly C[],
  from: number,
): HeaderRow<C> | null {
  const bottom = grid.originRow + grid.cells.length;
  const width = maxOf(
    grid.cells.map((r) => r.length),
    0,
  );
  for (let row = Math.max(from, grid.originRow); row < bottom; row++) {
    const at = new Map<C, number>();
    for (let col = grid.originCol; col < grid.originCol + width; col++) {
      const column = columnOfHeading(headings, textOf(cellAt(grid, row, col)));
      if (column !== null && !at.has(column)) at.set(column, col);
    }
    if (needed.every((c) => at.has(c))) return { row, at };
  }
  return null;
}

/** Rows under a header until a blank row (or the sheet's end). */
function rowsUnder<C extends string>(grid: Grid, header: HeaderRow<C>, columns: readonly C[]): RawRow<C>[] {
  const out: RawRow<C>[] = [];
  const bottom = grid.originRow + grid.cells.length;
  for (let row = header.row + 1; row < bottom; row++) {
    const values = {} as Record<C, RawValue>;
    const cells = {} as Record<C, string>;
    let any = false;
    for (const column of columns) {
      const col = header.at.get(column);
      const value = col === undefined ? null : cellAt(grid, row, col);
      values[column] = value;
      cells[column] = col === undefined ? addressOf(row, 0) : addressOf(row, col);
      if (textOf(value) !== "") any = true;
    }
    if (!any) break;
    out.push({ row, values, cells });
  }
  return out;
}

const INDICATOR_NEEDED: readonly IndicatorColumn[] = ["sheet", "name", "direction", "exclude"];
const TABLE_NEEDED: readonly TableColumn[] = ["sheet", "range", "layout"];

/** A number (0.85, 85%, "85%"), or null with a finding when the cell holds anything else. */
function numberIn(value: RawValue): number | null | "bad" {
  if (textOf(value) === "") return null;
  const parsed = parseValue({ value });
  return parsed.kind === "number" ? parsed.value : "bad";
}

/** A share: 0.85, 85%, or a bare 85 in a percent column (but "150%" stays 1.5, out of range). */
function shareIn(value: RawValue): number | null | "bad" {
  if (textOf(value) === "") return null;
  const parsed = parseValue({ value });
  if (parsed.kind !== "number") return "bad";
  return !parsed.percent && parsed.value > 1 && parsed.value <= 100 ? parsed.value / 100 : parsed.value;
}

function indicatorOf(sheet: string, raw: RawRow<IndicatorColumn>, findings: Finding[]): IndicatorSetting | null {
  const v = raw.values;
  const name = textOf(v.name);
  if (name === "") return null;
  const h = INDICATOR_HEADINGS;
  const word = <T extends string>(column: IndicatorColumn, choices: Parameters<typeof choiceOf<T>>[0]): T | null => {
    const text = textOf(v[column]);
    if (text === "") return null;
    const value = choiceOf(choices, text);
    if (value === null) findings.push(unknownWord(sheet, raw.cells[column], h[column], text, allowedWords(choices)));
    return value;
  };
  const weight = numberIn(v.weight);
  if (weight === "bad" || (typeof weight === "number" && weight < 0))
    findings.push(
      badValue(sheet, raw.cells.weight, h.weight, textOf(v.weight), {
        zh: "不小於 0 的數字（如 20 或 20%）",
        en: "a number not below 0 (such as 20 or 20%)",
      }),
    );
  const band = shareIn(v.yellowFrom);
  if (band === "bad" || (typeof band === "number" && (band < 0 || band > 1)))
    findings.push(
      badValue(sheet, raw.cells.yellowFrom, h.yellowFrom, textOf(v.yellowFrom), {
        zh: "0% 到 100% 之間的比率（如 90%）",
        en: "a share between 0% and 100% (such as 90%)",
      }),
    );
  const flag = (column: "cap" | "exclude"): boolean | null => {
    const answer = yesNo(textOf(v[column]));
    if (answer === null)
      findings.push(
        unknownWord(sheet, raw.cells[column], h[column], textOf(v[column]), {
          zh: "是、否（或空白）",
          en: "yes, no (or blank)",
        }),
      );
    return answer;
  };
  const unit = textOf(v.unit);
  const sheetName = textOf(v.sheet);
  return {
    sheet: sheetName === "" ? null : sheetName,
    name,
    direction: word("direction", DIRECTION_CHOICES),
    kind: word("kind", KIND_CHOICES),
    unit: unit === "" ? null : unit,
    weight: typeof weight === "number" && weight >= 0 ? weight : null,
    yellowFrom: typeof band === "number" && band >= 0 && band <= 1 ? band : null,
    cap: textOf(v.cap) === "" ? null : flag("cap"),
    exclude: flag("exclude") ?? false,
    cells: raw.cells,
  };
}

function areaOf(text: string): Area | null {
  const [from = "", to = from] = text.replace(/\$/g, "").split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (a === null || b === null) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** "C" a column, "5" a row, "A2" a cell; null when blank, "bad" when none of these. */
function roleOf(value: RawValue): RoleAt | null | "bad" {
  const text = textOf(value).toUpperCase().replace(/\$/g, "");
  if (text === "") return null;
  if (/^\d+$/.test(text)) return Number(text) >= 1 ? { row: Number(text) - 1 } : "bad";
  if (/^[A-Z]{1,3}$/.test(text)) {
    const at = parseAddress(`${text}1`);
    return at === null ? "bad" : { col: at.col };
  }
  const cell = parseAddress(text);
  return cell === null ? "bad" : { row: cell.row, col: cell.col };
}

function tableOf(sheet: string, raw: RawRow<TableColumn>, findings: Finding[]): TableSetting | null {
  const v = raw.values;
  const target = textOf(v.sheet);
  const rangeText = textOf(v.range);
  if (target === "" && rangeText === "") return null;
  const area = areaOf(rangeText);
  if (target === "" || area === null) {
    findings.push(
      badRange(sheet, raw.cells[area === null ? "range" : "sheet"], {
        zh: area === null ? `範圍「${rangeText}」不是儲存格範圍（如 B3:F20）` : "未填工作表名稱",
        en: area === null ? `the range "${rangeText}" is not a cell range (such as B3:F20)` : "no sheet is named",
      }),
    );
    return null;
  }
  const layoutText = textOf(v.layout);
  const layout = choiceOf(LAYOUT_CHOICES, layoutText === "" ? "long table" : layoutText);
  if (layout === null) {
    findings.push(
      unknownWord(sheet, raw.cells.layout, TABLE_HEADINGS.layout, layoutText, allowedWords(LAYOUT_CHOICES)),
    );
    return null;
  }
  const roles: Record<string, RoleAt> = {};
  for (const role of ["name", "target", "actual", "reported", "period", "weight"] as const) {
    const at = roleOf(v[role]);
    if (at === "bad") {
      findings.push(
        badRange(sheet, raw.cells[role], {
          zh: `「${TABLE_HEADINGS[role].zh}」填了「${textOf(v[role])}」；請填欄名（如 C）、列號（如 5）或儲存格（如 A2）`,
          en: `"${TABLE_HEADINGS[role].en}" holds "${textOf(v[role])}"; give a column (such as C), a row number (such as 5) or a cell (such as A2)`,
        }),
      );
      return null;
    }
    if (at !== null) roles[role] = at;
  }
  const header = roleOf(v.headerRow);
  const headerRow = header !== null && header !== "bad" && "row" in header ? header.row : area.top;
  return { sheet: target, area, range: rangeText.toUpperCase(), layout, headerRow, roles, cells: raw.cells };
}

export interface ParsedSettings {
  readonly settings: Settings;
  readonly findings: readonly Finding[];
}

/**
 * Reads a settings sheet (指標設定). Null when the grid has no settings heading row; otherwise the
 * settings it holds, and a finding on each cell that could not be read (the rest still apply).
 */
export function parseSettings(grid: Grid, inWorkbook = true): ParsedSettings | null {
  const header = findHeader(grid, INDICATOR_HEADINGS, INDICATOR_NEEDED, grid.originRow);
  if (header === null) return null;
  const findings: Finding[] = [];
  const indicatorRows = rowsUnder(grid, header, INDICATOR_COLUMNS);
  const indicators = indicatorRows.flatMap((raw) => indicatorOf(grid.sheet, raw, findings) ?? []);
  const after = (indicatorRows[indicatorRows.length - 1]?.row ?? header.row) + 1;
  const tableHeader = findHeader(grid, TABLE_HEADINGS, TABLE_NEEDED, after);
  const tableRows = tableHeader === null ? [] : rowsUnder(grid, tableHeader, TABLE_COLUMNS);
  const tables = tableRows.flatMap((raw) => tableOf(grid.sheet, raw, findings) ?? []);
  return {
    settings: { sheet: grid.sheet, inWorkbook, indicators, tables, indicatorRows, tableRows },
    findings,
  };
}
