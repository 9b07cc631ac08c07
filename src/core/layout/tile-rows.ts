import type { SourceCell } from "../analysis/indicator-input";
import { parseValue } from "../values/parse-value";
import { targetInSentence } from "../values/sentence-target";
import { filledCells, sourceCell } from "./cells";
import { listFound, type ListFound } from "./listed-indicators";
import type { SheetView } from "./sheet-view";

/**
 * A dashboard's tiles copied a row each, no header (a transit authority's quarterly KPIs: "76 % | Bus
 * On-Time Performance | Target ≥ 79%", "8471 | Bus Fleet Reliability | Target > 8,000 miles between
 * failures"): the figure is the result, the words its measure, the cell that starts with Target (目標)
 * its target. Three such rows at least; a tile beside them with no target ("KPI Pilot") has its result.
 */

interface Tile {
  readonly row: number;
  readonly name: string;
  readonly nameCol: number;
  readonly actual: SourceCell;
  readonly target: SourceCell | null;
  /** Whether the row held a target cell at all, read or not. */
  readonly targeted: boolean;
}

const TARGET_LABEL = /^\s*(?:target|目標值?)\s*[:：]?\s*/i;
/** Tiles a dashboard needs at least, each with its target. */
const MIN_TILES = 3;
/** Lines above the tiles looked at for the period they report ("Vital Signs Q2/2016"). */
const LOOK_UP_ROWS = 6;

function tileAt(view: SheetView, r: number): Tile | null {
  const cells = filledCells(view, r, 3).map((cell) => cell.col);
  if (cells.length !== 3) return null;
  const figures = cells.filter((c) => parseValue(view.cell(r, c)).kind === "number");
  const [figure] = figures;
  if (figure === undefined || figures.length !== 1) return null;
  const words = cells.filter((c) => c !== figure);
  const targetCol = words.find((c) => TARGET_LABEL.test(view.text(r, c)));
  const nameCol = words.find((c) => c !== targetCol);
  if (nameCol === undefined || parseValue(view.cell(r, nameCol)).kind !== "text") return null;
  const actual = sourceCell(view, r, figure);
  const name = view.text(r, nameCol).trim();
  return {
    row: r,
    name,
    nameCol,
    actual,
    target: targetOf(view, r, targetCol, actual),
    targeted: targetCol !== undefined,
  };
}

/** "Target ≥ 79%": the figure after the label; "Target 1.75 per million passengers": the one it names. */
function targetOf(view: SheetView, r: number, col: number | undefined, actual: SourceCell): SourceCell | null {
  if (col === undefined) return null;
  const text = view.text(r, col).replace(TARGET_LABEL, "");
  const plain = parseValue({ value: text });
  const value = plain.kind === "number" ? plain : targetInSentence(text, actual.value);
  return value === null || value.kind !== "number" ? null : { address: view.address(r, col), value };
}

/** Finds every run of tiles on a sheet, claiming its rows. */
export function findTileRows(view: SheetView, taken: Set<number>, firstTable: number): ListFound[] {
  const found: ListFound[] = [];
  for (let r = view.top; r <= view.bottom; r++) {
    if (taken.has(r)) continue;
    const tiles: Tile[] = [];
    for (let k = r, tile = tileAt(view, k); tile !== null && !taken.has(k); tile = tileAt(view, ++k)) tiles.push(tile);
    if (tiles.filter((t) => t.targeted).length < MIN_TILES) continue;
    const last = r + tiles.length - 1;
    const items = tiles.map((t) => ({
      name: t.name,
      nameAddress: view.address(t.row, t.nameCol),
      target: t.target,
      actual: t.actual,
    }));
    found.push(listFound(view, { top: r, last, lookUp: LOOK_UP_ROWS }, items, firstTable + found.length, taken));
    r = last;
  }
  return found;
}
