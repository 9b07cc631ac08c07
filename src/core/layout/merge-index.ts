import type { Area } from "./grid";

/** Sheet columns: a cell's key is row × this + column, exact in a double for every sheet position. */
const KEY_STRIDE = 16_384;

/** A merge of at most this many cells is looked up by key; a larger one by its bounds. */
const SMALL_MERGE = 256;

/**
 * Total cells of small merges put in the key map: past it, merges are looked up by their bounds,
 * so a hostile file's many merges cost time, never memory beyond this.
 */
const KEYED_CELLS = 1_000_000;

/** The part of `area` inside `bounds`, or null when they do not meet. */
export function clipArea(area: Area, bounds: Area): Area | null {
  const top = Math.max(area.top, bounds.top);
  const left = Math.max(area.left, bounds.left);
  const bottom = Math.min(area.bottom, bounds.bottom);
  const right = Math.min(area.right, bounds.right);
  return top > bottom || left > right ? null : { top, left, bottom, right };
}

/**
 * Which merged area covers a cell, without listing the cells of any area: memory grows with the
 * number of merges (and small merges' cells, up to a bound), never with the area they claim, so a
 * merge of H1:XFD1048576 costs what A1:B2 does.
 */
export class MergeIndex {
  private readonly keyed = new Map<number, Area>();
  /** Large merges (and small ones past the key budget), sorted by top row. */
  private readonly wide: Area[] = [];
  readonly size: number;

  constructor(areas: readonly Area[]) {
    let keyedCells = 0;
    for (const area of areas) {
      // A reversed range (C9:A1) merges nothing, as before.
      if (area.top > area.bottom || area.left > area.right) continue;
      const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
      if (cells <= 1) continue;
      if (cells <= SMALL_MERGE && keyedCells + cells <= KEYED_CELLS) {
        keyedCells += cells;
        for (let r = area.top; r <= area.bottom; r++)
          for (let c = area.left; c <= area.right; c++) this.keyed.set(r * KEY_STRIDE + c, area);
      } else this.wide.push(area);
    }
    this.wide.sort((a, b) => a.top - b.top);
    this.size = this.keyed.size + this.wide.length;
  }

  /** The merged area covering (row, col), or null. */
  areaAt(row: number, col: number): Area | null {
    if (this.keyed.size > 0) {
      const hit = this.keyed.get(row * KEY_STRIDE + col);
      if (hit !== undefined) return hit;
    }
    for (const area of this.wide) {
      if (area.top > row) break;
      if (row <= area.bottom && col >= area.left && col <= area.right) return area;
    }
    return null;
  }

  /** True where a merged area covers the cell but does not start there. */
  isTail(row: number, col: number): boolean {
    if (this.size === 0) return false;
    const area = this.areaAt(row, col);
    return area !== null && (area.top !== row || area.left !== col);
  }
}
