import { maxOf } from "../core/values/arrays";
import { officeCodeOf } from "./office-errors";
import { MAX_RESPONSE_CELLS, planReads, type ReadBlock } from "./read-plan";

/** Values and number formats of one sheet's used range, rows in order. */
export interface ReadCells {
  readonly values: unknown[][];
  readonly numberFormat: unknown[][];
}

/** A block of a sheet, with the sheet to ask and the rows read so far to add to. */
interface SheetBlock extends ReadBlock {
  readonly worksheet: Excel.Worksheet;
  readonly into: ReadCells;
}

/** The blocks' cells held in the request: its size in cells, and the widest row. */
const cellsOf = (request: readonly ReadBlock[]): number => request.reduce((n, b) => n + b.rows * b.columns, 0);
const widest = (request: readonly ReadBlock[]): number =>
  maxOf(
    request.map((b) => b.columns),
    0,
  );

/**
 * Reads the blocks' values and formats, one sync per request of planReads. The cell estimate can
 * be wrong for long text: a response Excel refuses as too large is planned again at half the
 * cells of the refused request (a read changes nothing, so the retry is safe), until a single row
 * is refused, which is Excel's error to report.
 */
export async function readBlocks(
  context: Excel.RequestContext,
  worksheets: ReadonlyMap<string, Excel.Worksheet>,
  blocks: readonly ReadBlock[],
  maxCells = MAX_RESPONSE_CELLS,
): Promise<Map<string, ReadCells>> {
  const out = new Map<string, ReadCells>();
  const sheetBlocks: SheetBlock[] = [];
  for (const block of blocks) {
    const worksheet = worksheets.get(block.sheet);
    if (worksheet === undefined) continue;
    const into: ReadCells = { values: [], numberFormat: [] };
    out.set(block.sheet, into);
    sheetBlocks.push({ ...block, worksheet, into });
  }
  let requests = planReads(sheetBlocks, maxCells);
  for (let request = requests.shift(); request !== undefined; request = requests.shift()) {
    const loaded = request.map((block) => {
      const range = block.worksheet.getRangeByIndexes(block.top, block.left, block.rows, block.columns);
      range.load(["values", "numberFormat"]);
      return { into: block.into, range };
    });
    try {
      await context.sync();
    } catch (error) {
      const oneRow = request.length === 1 && request.every((b) => b.rows === 1);
      if (officeCodeOf(error) !== "ResponsePayloadSizeLimitExceeded" || oneRow) throw error;
      // Half of what was refused (not half the limit: the request may have been smaller), and a
      // row more, so that an odd number of rows still goes in two requests, not three.
      requests = planReads([...request, ...requests.flat()], Math.ceil(cellsOf(request) / 2) + widest(request));
      continue;
    }
    for (const { into, range } of loaded) {
      // A loop, not push(...rows): a block of 100,000 rows would pass the engine's argument limit.
      for (const row of range.values) into.values.push(row);
      for (const row of range.numberFormat) into.numberFormat.push(row);
    }
  }
  return out;
}
