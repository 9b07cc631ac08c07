import type { IndicatorKind } from "../analysis/indicator-input";
import type { Area } from "../layout/grid";
import type { Direction } from "../measures/achievement";
import type { RawValue } from "../values/cell-value";
import type { IndicatorColumn, TableColumn } from "./settings-columns";
import type { TableLayout } from "./settings-words";

/** One row of the sheet as the person left it: kept whole when the sheet is written again. */
export interface RawRow<C extends string> {
  /** 0-based sheet row. */
  readonly row: number;
  readonly values: Readonly<Record<C, RawValue>>;
  /** A1 address of each column's cell on the settings sheet. */
  readonly cells: Readonly<Record<C, string>>;
}

/** What one indicator row says; null where the cell is blank or could not be read (a finding says so). */
export interface IndicatorSetting {
  readonly sheet: string | null;
  readonly name: string;
  readonly direction: Direction | null;
  readonly kind: IndicatorKind | null;
  readonly unit: string | null;
  readonly weight: number | null;
  readonly yellowFrom: number | null;
  readonly cap: boolean | null;
  readonly exclude: boolean;
  readonly cells: Readonly<Record<IndicatorColumn, string>>;
}

/** Where a role stands in a declared table: a column (one row per indicator) or a row (years across). */
export type RoleAt =
  { readonly col: number } | { readonly row: number } | { readonly row: number; readonly col: number };

export interface TableSetting {
  readonly sheet: string;
  readonly area: Area;
  readonly range: string;
  readonly layout: TableLayout;
  /** 0-based sheet row of the header; the range's first row when blank. */
  readonly headerRow: number;
  readonly roles: Readonly<Partial<Record<"name" | "target" | "actual" | "reported" | "period" | "weight", RoleAt>>>;
  readonly cells: Readonly<Record<TableColumn, string>>;
}

export interface Settings {
  /** The sheet they were read from (in this workbook, or in the one --settings named). */
  readonly sheet: string;
  /** False for settings taken from another workbook: the report cannot refer to their cells. */
  readonly inWorkbook: boolean;
  readonly indicators: readonly IndicatorSetting[];
  readonly tables: readonly TableSetting[];
  readonly indicatorRows: readonly RawRow<IndicatorColumn>[];
  readonly tableRows: readonly RawRow<TableColumn>[];
}
