import { addressOf } from "../layout/grid";

// The character before R is captured rather than looked behind at: EdgeHTML (Office 2019) has no lookbehind.
const REF = /(^|[^A-Za-z0-9_.$'])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9(_])/g;

function resolve(part: string | undefined, base: number): number {
  if (part === undefined) return base;
  if (part.startsWith("[")) return base + Number(part.slice(1, -1));
  return Number(part) - 1;
}

/** The A1 form of an R1C1 formula written in the cell at (row, col), 0-based: RC[-2] in F6 is D6. */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  return formula.replace(
    REF,
    (_m, before: string, r: string | undefined, c: string | undefined) =>
      before + addressOf(resolve(r, row), resolve(c, col)),
  );
}
