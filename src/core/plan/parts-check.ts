import { detectSheet } from "../layout/detect";
import type { Grid } from "../layout/grid";
import { sourceAt } from "./grid-lookup";
import { numericExpression } from "./source-expression";
import { formula, sheetRef, text, BLANK, type PlanCell } from "./write-plan";

/** 實現數 B, 應付數 C, 保留數 D of each execution row, by the name cell: the result does not carry them. */
export function budgetPartsOf(grid: Grid | undefined): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  if (grid === undefined) return out;
  for (const d of detectSheet(grid).indicators)
    if (d.nameCell !== null && d.budgetParts && d.budgetParts.length > 0)
      out.set(
        d.nameCell,
        d.budgetParts.map((p) => p.address),
      );
  return out;
}

/**
 * The check of A = B + C + D as a live formula over the source's cells (a half unit apart is
 * equal: the parts are written rounded), with the engine's answer as its cached value.
 */
export function partsCheckCell(
  grid: Grid | undefined,
  sheet: string,
  budgetCell: string | undefined,
  parts: readonly string[] | undefined,
  words: { readonly agrees: string; readonly differs: string },
): PlanCell {
  if (parts === undefined || budgetCell === undefined) return BLANK;
  const cells = [budgetCell, ...parts].map((a) => sourceAt(grid, a));
  const exprs = cells.map((c) => (c === null ? null : numericExpression(sheetRef(sheet, c.address), c)));
  const values = cells.map((c) => (c?.value.kind === "number" ? c.value.value : null));
  const [a, ...rest] = values;
  if (a === null || a === undefined || rest.some((v) => v === null)) return BLANK;
  const sum = rest.reduce<number>((x, y) => x + (y ?? 0), 0);
  const cached = Math.abs(a - sum) <= 0.5 ? words.agrees : words.differs;
  if (exprs.some((e) => e === null)) return text(cached);
  const [ea, ...ep] = exprs as string[];
  const q = (w: string) => `"${w.replace(/"/g, '""')}"`;
  return formula(
    `IF(COUNT(${[ea, ...ep].join(",")})<${ep.length + 1},"",IF(ABS(${ea}-(${ep.join("+")}))<=0.5,${q(words.agrees)},${q(words.differs)}))`,
    cached,
  );
}
