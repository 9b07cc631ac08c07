/**
 * Excel on the web rejects a request over 5 MB or 5,000,000 cells. Writes are queued against a
 * budget below both; when the next write would pass it, what is queued is sent first.
 */
export const MAX_REQUEST_BYTES = 4_000_000;
export const MAX_REQUEST_CELLS = 4_000_000;

export class RequestBudget {
  private bytes = 0;
  private cells = 0;
  largestBytes = 0;
  /** A single block write is split into requests no larger than this. */
  readonly chunkLimit: number;

  constructor(
    private readonly sync: () => Promise<void>,
    private readonly maxBytes = MAX_REQUEST_BYTES,
    private readonly maxCells = MAX_REQUEST_CELLS,
  ) {
    this.chunkLimit = maxBytes;
  }

  /** Call before queueing a write of this size. */
  async spend(bytes: number, cells: number): Promise<void> {
    if (this.bytes > 0 && (this.bytes + bytes > this.maxBytes || this.cells + cells > this.maxCells))
      await this.flush();
    this.bytes += bytes;
    this.cells += cells;
    this.largestBytes = Math.max(this.largestBytes, this.bytes);
  }

  async flush(): Promise<void> {
    await this.sync();
    this.bytes = 0;
    this.cells = 0;
  }
}
