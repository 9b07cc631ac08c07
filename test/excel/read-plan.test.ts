/** Row slices grouped into requests: every cell once, in order, no request over the cell budget. */
import fc from "fast-check";
import { planReads, type ReadBlock } from "../../src/excel/read-plan";

const block = (sheet: string, rows: number, columns: number, top = 0): ReadBlock => ({
  sheet,
  top,
  left: 0,
  rows,
  columns,
});

test("a sheet is cut between rows and its neighbour fills the rest of the request", () => {
  expect(planReads([block("A", 5, 4), block("B", 3, 2)], 12)).toEqual([
    [block("A", 3, 4)],
    [block("A", 2, 4, 3), block("B", 2, 2)],
    [block("B", 1, 2, 2)],
  ]);
});

test("a row wider than the budget is a request of its own", () => {
  expect(planReads([block("A", 2, 10)], 4)).toEqual([[block("A", 1, 10)], [block("A", 1, 10, 1)]]);
});

test("property: each row of each sheet once, in order, and no request over the budget unless it is one row", () => {
  const sheets = fc.array(fc.record({ rows: fc.nat(40), columns: fc.integer({ min: 1, max: 12 }) }), {
    maxLength: 5,
  });
  fc.assert(
    fc.property(sheets, fc.integer({ min: 1, max: 60 }), (dims, max) => {
      const blocks = dims.map((d, i) => block(`S${i}`, d.rows, d.columns, 1));
      const requests = planReads(blocks, max);
      for (const request of requests) {
        const cells = request.reduce((n, b) => n + b.rows * b.columns, 0);
        expect(cells <= max || (request.length === 1 && request[0]!.rows === 1)).toBe(true);
      }
      const flat = requests.flat();
      blocks.forEach((b) => {
        const rows = flat
          .filter((f) => f.sheet === b.sheet)
          .flatMap((f) => Array.from({ length: f.rows }, (_, r) => f.top + r));
        expect(rows).toEqual(Array.from({ length: b.rows }, (_, r) => b.top + r));
      });
    }),
  );
});
