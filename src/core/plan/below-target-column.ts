import { maxOf } from "../values/arrays";
import { groupFlags, type FlagCell } from "./flag-groups";
import { r1c1ToA1 } from "./r1c1";
import { belowTargetR1C1, COL } from "./report-formulas";
import { formula, type ColumnFormula, type ConditionalFormatPlan, type RangeWrite } from "./write-plan";

export interface BelowTargetColumn {
  readonly column: number;
  readonly formula: ColumnFormula;
  readonly range: RangeWrite;
  /** The flags on the user's actual cells, each reading this column. */
  readonly flags: ConditionalFormatPlan[];
}

/** The column after the last one any range writes to (a wide score table can pass the report's ten). */
function firstFreeColumn(ranges: readonly RangeWrite[]): number {
  return maxOf(
    ranges.flatMap((r) => r.cells.map((row) => r.col + row.length)),
    0,
  );
}

/**
 * The report's hidden below-target column, right of everything else on the sheet (hidden, it must
 * not hide a score table's columns), one cell per body row, and the flags that read it.
 */
export function belowTargetColumn(
  ranges: readonly RangeWrite[],
  firstBodyRow: number,
  lastRow: number,
  flagCells: readonly FlagCell[],
  cached: readonly boolean[] = [],
): BelowTargetColumn {
  // One empty column between what is written and the helper, so no table takes it in.
  const column = Math.max(COL.belowTarget, firstFreeColumn(ranges) + 1);
  const r1c1 = belowTargetR1C1(column);
  const cells = [];
  for (let row = firstBodyRow; row <= lastRow; row++)
    cells.push([formula(r1c1ToA1(r1c1, row, column), cached[row - firstBodyRow] ?? false)]);
  return {
    column,
    formula: { col: column, fromRow: firstBodyRow, toRow: lastRow, r1c1 },
    range: { row: firstBodyRow, col: column, cells },
    flags: groupFlags(flagCells, column),
  };
}
