import { maxOf } from "../values/arrays";
import type { PeriodInput, SourceCell } from "../analysis/indicator-input";
import type { Finding } from "../findings";
import type { DetectedIndicator, DetectedTable, TableKind } from "../layout/detected";
import { addressOf, type Area, type Grid } from "../layout/grid";
import type { RawValue } from "../values/cell-value";
import { parsePeriod } from "../values/period";
import { parseValue } from "../values/parse-value";
import { badRange } from "./settings-findings";
import type { RoleAt, TableSetting } from "./settings-types";

export interface DeclaredRead {
  readonly table: DetectedTable | null;
  readonly indicators: readonly DetectedIndicator[];
  readonly findings: readonly Finding[];
}

const valueAt = (grid: Grid, row: number, col: number): RawValue =>
  grid.cells[row - grid.originRow]?.[col - grid.originCol]?.value ?? null;

function source(grid: Grid, row: number, col: number): SourceCell {
  const cell = grid.cells[row - grid.originRow]?.[col - grid.originCol] ?? { value: null };
  return { address: addressOf(row, col), value: parseValue(cell) };
}

const inside = (area: Area, row: number, col: number): boolean =>
  row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;

const KIND: Readonly<Record<TableSetting["layout"], TableKind>> = {
  multiYear: "multiYear",
  longTable: "longTable",
  periodComparison: "periodComparison",
  scoreSheet: "scoreSheet",
  execution: "execution",
};

function problem(settingsSheet: string, cell: string, zh: string, en: string): DeclaredRead {
  return { table: null, indicators: [], findings: [badRange(settingsSheet, cell, { zh, en })] };
}

/** One row per indicator: the roles are columns; a period column splits a name's rows into periods. */
function readLong(grid: Grid, declared: TableSetting, tableIndex: number): DetectedIndicator[] {
  const { area, roles } = declared;
  const col = (role: keyof TableSetting["roles"]): number | null => {
    const at = roles[role];
    return at !== undefined && "col" in at ? at.col : null;
  };
  const nameCol = col("name") ?? area.left;
  const byName = new Map<string, DetectedIndicator>();
  const order: string[] = [];
  for (let row = declared.headerRow + 1; row <= area.bottom; row++) {
    const name = String(valueAt(grid, row, nameCol) ?? "").trim();
    if (name === "") continue;
    const cellOf = (role: "target" | "actual" | "reported"): SourceCell | null => {
      const c = col(role);
      return c === null ? null : source(grid, row, c);
    };
    const periodCol = col("period");
    const period: PeriodInput = {
      period: periodCol === null ? null : parsePeriod(valueAt(grid, row, periodCol)),
      target: cellOf("target"),
      actual: cellOf("actual"),
      reported: cellOf("reported"),
      ratings: [],
    };
    const known = byName.get(name);
    if (known !== undefined && periodCol !== null) {
      byName.set(name, { ...known, periods: [...known.periods, period] });
      continue;
    }
    const weightCol = col("weight");
    const weight = weightCol === null ? null : parseValue({ value: valueAt(grid, row, weightCol) });
    const key = known === undefined ? name : `${name}\u0000${row}`;
    order.push(key);
    byName.set(key, {
      name,
      nameCell: addressOf(row, nameCol),
      statedUnit: null,
      statedDirection: null,
      periods: [period],
      table: tableIndex,
      components: [],
      remark: null,
      weight: weight?.kind === "number" ? weight.value : null,
      kindHint: declared.layout === "execution" ? "execution" : null,
    });
  }
  return order.flatMap((k) => byName.get(k) ?? []);
}

/** Years across one header row; target, actual and reported are rows; the name is a cell (or the range's first). */
function readMultiYear(grid: Grid, declared: TableSetting, tableIndex: number): DetectedIndicator[] {
  const { area, roles } = declared;
  const rowOf = (role: "target" | "actual" | "reported"): number | null => {
    const at = roles[role];
    return at !== undefined && "row" in at ? at.row : null;
  };
  const nameAt =
    roles.name !== undefined && "row" in roles.name && "col" in roles.name
      ? roles.name
      : { row: area.top, col: area.left };
  const periods: PeriodInput[] = [];
  for (let col = area.left; col <= area.right; col++) {
    const period = parsePeriod(valueAt(grid, declared.headerRow, col));
    if (period === null) continue;
    const at = (r: number | null): SourceCell | null => (r === null ? null : source(grid, r, col));
    periods.push({
      period,
      target: at(rowOf("target")),
      actual: at(rowOf("actual")),
      reported: at(rowOf("reported")),
      ratings: [],
    });
  }
  const name = String(valueAt(grid, nameAt.row, nameAt.col) ?? "").trim();
  if (name === "" || periods.length === 0) return [];
  return [
    {
      name,
      nameCell: addressOf(nameAt.row, nameAt.col),
      statedUnit: null,
      statedDirection: null,
      periods,
      table: tableIndex,
      components: [],
      remark: null,
    },
  ];
}

/**
 * Reads a table as the settings declare it, whatever detection made of it. The declaration must
 * lie on the sheet, and each role inside its range; otherwise a finding on the settings cell says
 * what is wrong, and the table is not read.
 */
export function readDeclaredTable(
  grid: Grid,
  declared: TableSetting,
  tableIndex: number,
  settingsSheet: string,
): DeclaredRead {
  const { area } = declared;
  const used: Area = {
    top: grid.originRow,
    left: grid.originCol,
    bottom: grid.originRow + grid.cells.length - 1,
    right:
      grid.originCol +
      maxOf(
        grid.cells.map((r) => r.length),
        0,
      ) -
      1,
  };
  if (area.bottom < used.top || area.top > used.bottom || area.right < used.left || area.left > used.right) {
    return problem(
      settingsSheet,
      declared.cells.range,
      `範圍 ${declared.range} 不在工作表「${declared.sheet}」的資料內（資料在 ${addressOf(used.top, used.left)}:${addressOf(used.bottom, used.right)}）`,
      `the range ${declared.range} is outside the data of sheet "${declared.sheet}" (the data is at ${addressOf(used.top, used.left)}:${addressOf(used.bottom, used.right)})`,
    );
  }
  for (const [role, at] of Object.entries(declared.roles) as Array<[keyof TableSetting["roles"], RoleAt]>) {
    const row = "row" in at ? at.row : area.top;
    const col = "col" in at ? at.col : area.left;
    if (!inside(area, row, col)) {
      return problem(
        settingsSheet,
        declared.cells[role],
        `「${role}」指向範圍 ${declared.range} 之外`,
        `"${role}" points outside the range ${declared.range}`,
      );
    }
  }
  if (declared.layout === "periodComparison" || declared.layout === "scoreSheet") {
    return problem(
      settingsSheet,
      declared.cells.layout,
      "期間比較與評分表尚不能以宣告讀取；請改用「一列一指標」並指定目標值與實際值欄",
      "comparisons and score sheets cannot be declared yet; declare it as a long table and name the target and actual columns",
    );
  }
  const indicators =
    declared.layout === "multiYear" ? readMultiYear(grid, declared, tableIndex) : readLong(grid, declared, tableIndex);
  const header = `${addressOf(declared.headerRow, area.left)}:${addressOf(declared.headerRow, area.right)}`;
  const table: DetectedTable = {
    kind: KIND[declared.layout],
    range: `${addressOf(area.top, area.left)}:${addressOf(area.bottom, area.right)}`,
    title: null,
    reading: { layout: `declared in ${settingsSheet}`, header, columns: [] },
  };
  return { table, indicators, findings: [] };
}
