/** Property tests for layout detection: it never throws on any grid, is deterministic, and blank rows do not matter. */
import fc from "fast-check";
import { analyzeWorkbook, detectSheet, type CellInput, type Grid } from "../../src/core";

const cellArb: fc.Arbitrary<CellInput> = fc.oneof(
  fc.record({
    value: fc.constantFrom(
      null,
      "",
      "--",
      "★",
      "衡量指標",
      "目標值",
      "實際值",
      "達成度",
      "項目",
      "104 年度",
      "考核面向",
      "配分",
      "評分項目",
      "自評分數",
      "原訂目標值",
      "Target",
      "Actual",
    ),
  }),
  fc.record({ value: fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean()) }),
  fc.record({ value: fc.integer({ min: 0, max: 5000 }), format: fc.constantFrom("0%", "0.00%", "#,##0", "General") }),
);

const gridArb: fc.Arbitrary<Grid> = fc
  .tuple(
    fc.integer({ min: 0, max: 12 }),
    fc.integer({ min: 1, max: 8 }),
    fc.integer({ min: 0, max: 5 }),
    fc.integer({ min: 0, max: 3 }),
  )
  .chain(([rows, cols, originRow, originCol]) =>
    fc
      .array(fc.array(cellArb, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })
      .map((cells) => ({
        sheet: "P",
        originRow,
        originCol,
        cells,
        merges: [],
      })),
  );

test("detection and analysis never throw on any grid", () => {
  fc.assert(
    fc.property(gridArb, (grid) => {
      const report = analyzeWorkbook([grid]);
      for (const sheet of report.sheets) {
        for (const indicator of sheet.indicators) {
          for (const p of indicator.periods) {
            for (const v of [p.achievement, p.growth, p.target, p.actual])
              if (v !== null) expect(Number.isFinite(v)).toBe(true);
          }
        }
      }
    }),
    { numRuns: 1500 },
  );
});

test("analysing the same grid twice gives the same result", () => {
  fc.assert(
    fc.property(gridArb, (grid) => {
      expect(analyzeWorkbook([grid])).toEqual(analyzeWorkbook([grid]));
    }),
    { numRuns: 500 },
  );
});

/** A well-formed long table with random figures, to shuffle blank rows into. */
const tableArb = fc.array(fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 2000 })), {
  minLength: 1,
  maxLength: 12,
});

function tableGrid(rows: Array<[number, number]>, blanksAfter: ReadonlySet<number>): Grid {
  const cells: CellInput[][] = [[{ value: "衡量指標" }, { value: "目標值" }, { value: "實際值" }]];
  rows.forEach(([target, actual], i) => {
    cells.push([{ value: `指標 ${i + 1}` }, { value: target }, { value: actual }]);
    if (blanksAfter.has(i)) cells.push([{ value: null }, { value: null }, { value: null }]);
  });
  return { sheet: "T", originRow: 0, originCol: 0, cells, merges: [] };
}

test("a single blank row inside a table does not change what is found", () => {
  fc.assert(
    fc.property(tableArb, fc.array(fc.nat(), { maxLength: 5 }), (rows, positions) => {
      const blanks = new Set(positions.map((p) => p % rows.length).filter((p) => p < rows.length - 1));
      const figures = (g: Grid) =>
        analyzeWorkbook([g]).sheets.flatMap((s) =>
          s.indicators.map((i) => [i.name, i.periods.map((p) => [p.target, p.actual, p.achievement, p.light])]),
        );
      expect(figures(tableGrid(rows, blanks))).toEqual(figures(tableGrid(rows, new Set())));
      expect(detectSheet(tableGrid(rows, blanks)).tables).toHaveLength(1);
    }),
    { numRuns: 500 },
  );
});
