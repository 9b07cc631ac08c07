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
  /**
   * Where every reference is to one row relative to the cell (RC[-2], R[-4]C: a column formula's), the
   * offset of that row; null otherwise.
   */
  readonly oneRow: number | null;
  /** By column, for oneRow: the texts with each reference's column letters, to be joined by the row's number. */
  readonly byColumn: Map<number, readonly string[]>;
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
  const first = refs[0];
  const oneRow =
    first !== undefined && refs.every((ref) => ref.rowRelative && ref.row === first.row) ? first.row : null;
  return { texts, refs, oneRow, byColumn: new Map() };
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
  if (form.oneRow !== null) return withColumns(form, col).join(String(row + form.oneRow + 1));
  const refs = form.refs;
  const pieces = new Array<string>(1 + 3 * refs.length);
  pieces[0] = form.texts[0] ?? "";
  // Most references of a formula are to its own row: that row's number is written once.
  const own = String(row + 1);
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i] as Ref;
    const r = ref.rowRelative ? row + ref.row : ref.row;
    pieces[3 * i + 1] = letterOf(ref.colRelative ? col + ref.col : ref.col);
    pieces[3 * i + 2] = r === row ? own : String(r + 1);
    pieces[3 * i + 3] = form.texts[i + 1] ?? "";
  }
  return pieces.join("");
}

function letterOf(col: number): string {
  return (letters[col] ??= columnName(col));
}

/**
 * A formula whose references are all to one row, written in a column: its texts each followed by
 * the next reference's column letters, so that a cell's A1 form is them joined by its row's number.
 */
function withColumns(form: Compiled, col: number): readonly string[] {
  let texts = form.byColumn.get(col);
  if (texts === undefined) {
    const refs = form.refs;
    const out: string[] = [];
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i] as Ref;
      out.push((form.texts[i] ?? "") + letterOf(ref.colRelative ? col + ref.col : ref.col));
    }
    out.push(form.texts[refs.length] ?? "");
    form.byColumn.set(col, (texts = out));
  }
  return texts;
}
