import type { CellInput } from "../values/cell-value";

/** A rectangle in 0-based sheet coordinates, inclusive. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * What an adapter reads of one sheet: the used range as a 2-D array, where it starts,
 * and the merged areas (Excel keeps a merged value in the top-left cell only).
 */
export interface Grid {
  readonly sheet: string;
  readonly originRow: number;
  readonly originCol: number;
  readonly cells: ReadonlyArray<ReadonlyArray<CellInput>>;
  readonly merges: readonly Area[];
  readonly hiddenRows?: readonly number[];
}

/** Names of the columns met so far: every cell address a table's reading gives spells its column. */
const COLUMN_NAMES: string[] = [];
const MAX_COLUMNS = 16_384;

export function columnName(col: number): string {
  const known = COLUMN_NAMES[col];
  if (known !== undefined) return known;
  const name = spelled(col);
  if (Number.isInteger(col) && col >= 0 && col < MAX_COLUMNS) COLUMN_NAMES[col] = name;
  return name;
}

function spelled(col: number): string {
  let n = col + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** A1 address of a 0-based sheet position. */
export function addressOf(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function parseAddress(address: string): { row: number; col: number } | null {
  return plainAddress(address) ?? addressByPattern(address);
}

/**
 * "D12" as most addresses are written (capitals, no $, no spaces), read without a regex: asked of
 * every figure cell a report follows. Null for anything else, which the pattern reads.
 */
function plainAddress(address: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  for (; i < address.length && i < 3; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  if (i === 0 || address.length - i > 15 || i === address.length) return null;
  let row = 0;
  for (let j = i; j < address.length; j++) {
    const code = address.charCodeAt(j);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  return { row: row - 1, col: col - 1 };
}

function addressByPattern(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!match?.[1] || !match[2]) return null;
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

export function emptyGrid(sheet: string): Grid {
  return { sheet, originRow: 0, originCol: 0, cells: [], merges: [] };
}
