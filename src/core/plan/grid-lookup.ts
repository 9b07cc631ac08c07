import type { SourceCell } from "../analysis/indicator-input";
import type { Grid } from "../layout/grid";
import { parseAddress } from "../layout/grid";
import { parseValue } from "../values/parse-value";

/** The source cell behind an address in a report, read again from the grid it came from. */
export function sourceAt(grid: Grid | undefined, address: string | undefined): SourceCell | null {
  if (grid === undefined || address === undefined) return null;
  const at = parseAddress(address);
  if (at === null) return null;
  const cell = grid.cells[at.row - grid.originRow]?.[at.col - grid.originCol];
  return cell === undefined ? null : { address, value: parseValue(cell) };
}
