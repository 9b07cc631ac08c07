import { columnName } from "../layout/grid";

// The character before R is captured rather than looked behind at: EdgeHTML (Office 2019) has no lookbehind.
const REF = /(^|[^A-Za-z0-9_.$'])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9(_])/g;

/** One reference of a formula: relative (an offset from the cell) or absolute (0-based), per axis. */
interface Ref {
  readonly row: number;
  readonly rowRelative: boolean;
  readonly col: number;
  readonly colRelative: boolean;
}

function part(text: string | undefined): { value: number; relative: boolean } {
  if (text === undefined) return { value: 0, relative: true };
  if (text.startsWith("[")) return { value: Number(text.slice(1, -1)), relative: true };
  return { value: Number(text) - 1, relative: false };
}

/** A formula split once into its text and its references, so each cell only joins them. */
interface Compiled {
  readonly texts: readonly string[];
  readonly refs: readonly Ref[];
}

function compile(formula: string): Compiled {
  const texts: string[] = [];
  const refs: Ref[] = [];
  let last = 0;
  for (const m of formula.matchAll(REF)) {
    const before = m[1] ?? "";
    texts.push(formula.slice(last, (m.index ?? 0) + before.length));
    const r = part(m[2]);
    const c = part(m[3]);
    refs.push({ row: r.value, rowRelative: r.relative, col: c.value, colRelative: c.relative });
    last = (m.index ?? 0) + m[0].length;
  }
  texts.push(formula.slice(last));
  return { texts, refs };
}

/**
 * A column formula is the same R1C1 text for thousands of rows: it is compiled once, and column
 * letters are kept, so a cell's A1 form costs a join (a regex per cell was a tenth of a report).
 * Not memoByText, which keeps the first texts it sees: a multi-year report's first 10,000 formulas
 * are one-off figure references, and its column formulas, which come after, were then compiled
 * again for every cell (150 MB more at 5,000 × 10). Cleared when full, so recent texts stay.
 */
const compiled = new Map<string, Compiled>();
const letters: string[] = [];

/** The A1 form of an R1C1 formula written in the cell at (row, col), 0-based: RC[-2] in F6 is D6. */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  let form = compiled.get(formula);
  if (form === undefined) {
    if (compiled.size > 10_000) compiled.clear();
    form = compile(formula);
    compiled.set(formula, form);
  }
  // Joined, not built with +=: a += chain is a rope of a dozen pieces per formula, and a report's
  // 100,000 formulas live in its plan until written (20,000 indicators: 30 MB of ropes).
  const refs = form.refs;
  const pieces = new Array<string>(1 + 3 * refs.length);
  pieces[0] = form.texts[0] ?? "";
  // Most references of a formula are to its own row: that row's number is written once.
  const own = String(row + 1);
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i] as Ref;
    const r = ref.rowRelative ? row + ref.row : ref.row;
    const c = ref.colRelative ? col + ref.col : ref.col;
    pieces[3 * i + 1] = letters[c] ??= columnName(c);
    pieces[3 * i + 2] = r === row ? own : String(r + 1);
    pieces[3 * i + 3] = form.texts[i + 1] ?? "";
  }
  return pieces.join("");
}
