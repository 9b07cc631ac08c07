/**
 * Excel on the web refuses a response over 5 MB, so the cells of the used ranges are read in row
 * slices, grouped into requests of a bounded number of cells: a workbook of any size takes as many
 * syncs as its cells need budgets, and no more.
 */

/** The part of a sheet to read: rows and columns from a top-left cell (0-based, as getRangeByIndexes). */
export interface ReadBlock {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * A response budget below the 5 MB limit (a margin for the response's own framing), and the
 * bytes a cell is assumed to cost in it: its value and number format as JSON. A cell of long text
 * costs more; a refused response halves the cells per request (read-blocks.ts).
 */
export const MAX_RESPONSE_BYTES = 4_000_000;
export const ASSUMED_BYTES_PER_CELL = 40;
export const MAX_RESPONSE_CELLS = Math.floor(MAX_RESPONSE_BYTES / ASSUMED_BYTES_PER_CELL);

/**
 * Splits the blocks (in order) into requests of at most maxCells cells each, cutting a block
 * between rows. A single row wider than the budget is a request of its own: rows are not cut.
 */
export function planReads<B extends ReadBlock>(blocks: readonly B[], maxCells: number): B[][] {
  const requests: B[][] = [];
  let current: B[] = [];
  let cells = 0;
  const close = (): void => {
    if (current.length > 0) requests.push(current);
    current = [];
    cells = 0;
  };
  for (const block of blocks) {
    let top = block.top;
    const end = block.top + block.rows;
    while (top < end && block.columns > 0) {
      let fit = Math.floor((maxCells - cells) / block.columns);
      if (fit < 1 && current.length > 0) {
        close();
        continue;
      }
      fit = Math.max(1, Math.min(fit, end - top));
      current.push({ ...block, top, rows: fit });
      cells += fit * block.columns;
      top += fit;
      if (cells >= maxCells) close();
    }
  }
  close();
  return requests;
}
