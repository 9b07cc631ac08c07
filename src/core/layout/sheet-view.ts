import type { CellInput } from "../values/cell-value";
import { normalizeText } from "../values/normalize-text";
import { addressOf, type Grid } from "./grid";

const EMPTY: CellInput = { value: null };

/**
 * Reads a Grid in sheet coordinates, with merged areas filled from their top-left cell,
 * so that detection sees a merged title or dimension wherever it spans.
 */
export class SheetView {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly mergeMaster = new Map<string, CellInput>();
  /** Cells a merged area covers below its first row. */
  private readonly belowMergeTop = new Set<string>();
  /** Every detector reads the same cells' text many times; normalise each cell once. */
  private readonly textCache: (string | undefined)[] = [];
  private readonly width: number;

  constructor(readonly grid: Grid) {
    this.top = grid.originRow;
    this.left = grid.originCol;
    this.bottom = grid.originRow + grid.cells.length - 1;
    const width = grid.cells.reduce((max, row) => Math.max(max, row.length), 0);
    this.right = grid.originCol + width - 1;
    this.width = Math.max(width, 1);
    for (const area of grid.merges) {
      const master = this.own(area.top, area.left);
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          if (r !== area.top || c !== area.left) this.mergeMaster.set(`${r},${c}`, master);
          if (r !== area.top) this.belowMergeTop.add(`${r},${c}`);
        }
      }
    }
  }

  get sheet(): string {
    return this.grid.sheet;
  }

  private own(row: number, col: number): CellInput {
    return this.grid.cells[row - this.grid.originRow]?.[col - this.grid.originCol] ?? EMPTY;
  }

  cell(row: number, col: number): CellInput {
    const own = this.own(row, col);
    // Most sheets of many rows have no merges: no key to build then.
    if ((own.value !== null && own.value !== "") || this.mergeMaster.size === 0) return own;
    return this.mergeMaster.get(`${row},${col}`) ?? own;
  }

  /** Normalised text of a cell ("" for blank), numbers as written. */
  text(row: number, col: number): string {
    const inside = row >= this.top && row <= this.bottom && col >= this.left && col <= this.right;
    const key = (row - this.top) * this.width + (col - this.left);
    const cached = inside ? this.textCache[key] : undefined;
    if (cached !== undefined) return cached;
    const value = this.cell(row, col).value;
    const text = value === null ? "" : normalizeText(String(value));
    if (inside) this.textCache[key] = text;
    return text;
  }

  isBlank(row: number, col: number): boolean {
    return this.text(row, col) === "";
  }

  isBlankRow(row: number): boolean {
    for (let c = this.left; c <= this.right; c++) if (!this.isBlank(row, c)) return false;
    return true;
  }

  /** True where a merged area covers the cell but does not start there. */
  isMergedTail(row: number, col: number): boolean {
    return this.mergeMaster.size > 0 && this.mergeMaster.has(`${row},${col}`);
  }

  /** True where a merged area covers the cell and starts on a row above it. */
  isMergedFromAbove(row: number, col: number): boolean {
    return this.belowMergeTop.size > 0 && this.belowMergeTop.has(`${row},${col}`);
  }

  address(row: number, col: number): string {
    return addressOf(row, col);
  }
}
