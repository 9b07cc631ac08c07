import type { CellInput } from "../values/cell-value";
import { normalizeText } from "../values/normalize-text";
import { addressOf, type Area, type Grid } from "./grid";
import { clipArea, MergeIndex } from "./merge-index";

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
  /** Merged areas clipped to the used range, never enumerated (a merge may claim the whole sheet). */
  private readonly merges: MergeIndex;
  /** Each clipped area's merge as the file has it: its top-left cell holds the value. */
  private readonly mergeOf = new Map<Area, Area>();
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
    const bounds = { top: this.top, left: this.left, bottom: this.bottom, right: this.right };
    const clipped: Area[] = [];
    for (const area of grid.merges) {
      const inside = clipArea(area, bounds);
      if (inside === null) continue;
      clipped.push(inside);
      this.mergeOf.set(inside, area);
    }
    this.merges = new MergeIndex(clipped);
  }

  /** The merge covering (row, col) as the file has it, unless the cell is its top-left. */
  private mergeCovering(row: number, col: number): Area | null {
    if (this.merges.size === 0) return null;
    const clipped = this.merges.areaAt(row, col);
    const area = clipped === null ? undefined : this.mergeOf.get(clipped);
    return area === undefined || (area.top === row && area.left === col) ? null : area;
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
    if ((own.value !== null && own.value !== "") || this.merges.size === 0) return own;
    const area = this.mergeCovering(row, col);
    return area === null ? own : this.own(area.top, area.left);
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
    return this.mergeCovering(row, col) !== null;
  }

  /** True where a merged area covers the cell and starts on a row above it. */
  isMergedFromAbove(row: number, col: number): boolean {
    const area = this.mergeCovering(row, col);
    return area !== null && area.top !== row;
  }

  /** The first row of a merged area covering the cell from a row above it; null where none does. */
  mergedFromRow(row: number, col: number): number | null {
    const area = this.mergeCovering(row, col);
    return area !== null && area.top !== row ? area.top : null;
  }

  address(row: number, col: number): string {
    return addressOf(row, col);
  }
}
