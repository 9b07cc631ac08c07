/** R1C1 → A1, compiled once per formula: the same text as replacing each reference in place. */
import fc from "fast-check";
import { addressOf } from "../../src/core";
import { r1c1ToA1 } from "../../src/core/plan/r1c1";

/** The plain way: each reference replaced where it stands (what the compiled form must equal). */
function byReplacing(formula: string, row: number, col: number): string {
  const at = (p: string | undefined, base: number) =>
    p === undefined ? base : p.startsWith("[") ? base + Number(p.slice(1, -1)) : Number(p) - 1;
  return formula.replace(
    /(^|[^A-Za-z0-9_.$'])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9(_])/g,
    (_m, before: string, r?: string, c?: string) => before + addressOf(at(r, row), at(c, col)),
  );
}

test("relative, absolute and mixed references; names and functions left alone", () => {
  expect(r1c1ToA1('IF(ISNUMBER(RC[-2]),RC[-2]/RC[-3],"")', 5, 6)).toBe('IF(ISNUMBER(E6),E6/D6,"")');
  expect(r1c1ToA1("R1C1+R[1]C+RC5", 9, 2)).toBe("A1+C11+E10");
  expect(r1c1ToA1("ROUND(RC[-1],4)+'RC 表'!R2C3", 1, 3)).toBe("ROUND(C2,4)+'RC 表'!C2");
  expect(r1c1ToA1("TRUNC(RC[1])", 0, 0)).toBe("TRUNC(B1)");
});

test("property: the compiled form equals replacing in place, for any row, column and formula of references", () => {
  const ref = fc
    .tuple(
      fc.option(
        fc.oneof(
          fc.integer({ min: -5, max: 5 }).map((n) => `[${n}]`),
          fc.integer({ min: 1, max: 50 }).map(String),
        ),
      ),
      fc.option(
        fc.oneof(
          fc.integer({ min: -5, max: 5 }).map((n) => `[${n}]`),
          fc.integer({ min: 1, max: 30 }).map(String),
        ),
      ),
    )
    .map(([r, c]) => `R${r ?? ""}C${c ?? ""}`);
  const piece = fc.oneof(ref, fc.constantFrom("+", "*", "IF(", ")", ",", '"x"', "SUM(", "'a'!", " ", "ROUND("));
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 12 }),
      fc.integer({ min: 5, max: 5000 }),
      fc.integer({ min: 5, max: 40 }),
      (pieces, row, col) => {
        const formula = pieces.join("");
        expect(r1c1ToA1(formula, row, col)).toBe(byReplacing(formula, row, col));
        // Asked again (now from the cache), the same answer.
        expect(r1c1ToA1(formula, row, col)).toBe(byReplacing(formula, row, col));
      },
    ),
  );
});
