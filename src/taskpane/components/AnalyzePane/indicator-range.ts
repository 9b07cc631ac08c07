import { maxOf, minOf } from "../../../core/values/arrays";
import { addressOf, parseAddress, type SheetIndicator } from "../../../core";

/** The smallest range holding an indicator's figure cells, for selecting it in Excel. */
export function indicatorRange(indicator: SheetIndicator): string | null {
  const cells = indicator.periods
    .flatMap((p) => [p.cells.target, p.cells.actual, p.cells.reported])
    .filter((c): c is string => c !== undefined);
  const points = cells.map(parseAddress).filter((p) => p !== null);
  if (points.length === 0) return indicator.nameCell;
  const top = minOf(points.map((p) => p.row));
  const left = minOf(points.map((p) => p.col));
  const bottom = maxOf(points.map((p) => p.row));
  const right = maxOf(points.map((p) => p.col));
  return top === bottom && left === right
    ? addressOf(top, left)
    : `${addressOf(top, left)}:${addressOf(bottom, right)}`;
}
