import { parseValue } from "../values/parse-value";
import type { HeaderBand, HeaderColumn } from "./header-band";
import type { SheetView } from "./sheet-view";

/** Rows looked at to tell what kind of figure a column holds. */
const SAMPLE_ROWS = 40;

/**
 * "Target Response Time (Working Days) | Target Compliance Level | Actual Compliance Level": of two
 * targets, the result is held to the one whose figures are of its kind (a share against a share, a
 * count against a count); the other states the standard each case is held to. Where the figures do
 * not tell them apart, the first target, as the header reads.
 */
export function targetOfResultKind(
  view: SheetView,
  band: HeaderBand,
  targets: readonly HeaderColumn[],
  result: HeaderColumn | undefined,
): HeaderColumn | undefined {
  const [head] = targets;
  if (result === undefined || targets.length < 2) return head;
  const last = Math.min(view.bottom, band.bottom + SAMPLE_ROWS);
  const shareAt = (r: number, col: number): boolean | null => {
    const value = parseValue(view.cell(r, col));
    return value.kind === "number" ? value.percent : null;
  };
  let best = head;
  let bestScore = -1;
  for (const target of targets) {
    let score = 0;
    for (let r = band.bottom + 1; r <= last; r++) {
      const own = shareAt(r, target.col);
      if (own !== null && own === shareAt(r, result.col)) score++;
    }
    if (score > bestScore) [best, bestScore] = [target, score];
  }
  return best;
}
