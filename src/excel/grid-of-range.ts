import { parseAddress, type Area, type CellInput, type Grid, type RawValue } from "../core";

/** office.js gives "" for an empty cell and "General" for no format; the engine wants null and none. */
export function cellOf(value: unknown, format: unknown): CellInput {
  const raw: RawValue =
    value === "" || value === null || value === undefined
      ? null
      : typeof value === "number" || typeof value === "string" || typeof value === "boolean"
        ? value
        : null;
  const fmt = typeof format === "string" && format !== "General" && format !== "" ? format : undefined;
  return fmt === undefined ? { value: raw } : { value: raw, format: fmt };
}

/** "'績效 表'!A1:E1, '績效 表'!A3:E3" → areas. */
export function areasOfAddress(address: string): Area[] {
  const out: Area[] = [];
  for (const part of address.split(",")) {
    const local = part.slice(part.lastIndexOf("!") + 1).trim();
    const [from = "", to = from] = local.split(":");
    const a = parseAddress(from);
    const b = parseAddress(to);
    if (a && b) out.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  return out;
}

export interface LoadedRange {
  readonly values: unknown[][];
  readonly numberFormat: unknown[][];
  readonly rowIndex: number;
  readonly columnIndex: number;
}

export function gridOfRange(sheet: string, range: LoadedRange | null, mergedAddress: string | null): Grid {
  const merges = mergedAddress ? areasOfAddress(mergedAddress) : [];
  if (range === null) return { sheet, originRow: 0, originCol: 0, cells: [], merges };
  const cells = range.values.map((row, r) => row.map((value, c) => cellOf(value, range.numberFormat[r]?.[c])));
  return { sheet, originRow: range.rowIndex, originCol: range.columnIndex, cells, merges };
}
