import { addressOf } from "../layout/grid";
import { COL } from "./report-formulas";
import { BLANK, formula, text, type ColumnFormat, type PlanCell, type RangeWrite } from "./write-plan";

/** The report rows of one indicator, and the goal or dimension it stands under. */
export interface CategoryRows {
  readonly category: string;
  readonly first: number;
  readonly last: number;
}

export interface CategoryWords {
  readonly title: string;
  readonly category: string;
  readonly met: string;
  readonly near: string;
  readonly behind: string;
  readonly notComputable: string;
  readonly shareMet: string;
  readonly countFormat: string;
}

/** Adjacent rows of one category become one range, so a category's count is one or few SUMPRODUCTs. */
function blocksOf(rows: readonly CategoryRows[]): Map<string, Array<{ first: number; last: number }>> {
  const out = new Map<string, Array<{ first: number; last: number }>>();
  for (const r of rows) {
    const blocks = out.get(r.category) ?? [];
    const previous = blocks[blocks.length - 1];
    if (previous && previous.last + 1 === r.first) previous.last = r.last;
    else blocks.push({ first: r.first, last: r.last });
    out.set(r.category, blocks);
  }
  return out;
}

/**
 * The summary per goal or dimension, below the table: each category's ★ ▲ ● □ counts for the
 * reporting period and its share met, as live formulas over the report's own light column.
 * Nothing when the sheet has fewer than two categories (the main summary says it all then), or
 * when no category holds two indicators.
 */
export function categorySummary(
  rows: readonly CategoryRows[],
  top: number,
  period: string | null,
  words: CategoryWords,
  cachedCount: (category: string, symbol: string) => number,
): { range: RangeWrite; formats: ColumnFormat[]; rows: number } | null {
  const blocks = blocksOf(rows);
  // A goal per indicator (a table whose 策略目標 column names each row's own) groups nothing.
  const grouped = new Set(rows.map((r) => r.category)).size < rows.length;
  if (blocks.size < 2 || !grouped) return null;
  const header = [words.category, words.met, words.near, words.behind, words.notComputable, words.shareMet].map(text);
  const body: PlanCell[][] = [];
  const symbols = ["★", "▲", "●", "□"];
  const quoted = period === null ? "" : period.replace(/"/g, '""');
  [...blocks.entries()].forEach(([category, ranges], i) => {
    const row = top + 2 + i;
    // Each block's light range and scope written once for the four symbols (5,000 goals: 20,000 counts).
    const blocksOfCategory = ranges.map(({ first, last }) => {
      const lights = `${addressOf(first, COL.light)}:${addressOf(last, COL.light)}`;
      const periods = `${addressOf(first, COL.period)}:${addressOf(last, COL.period)}`;
      const scope = period === null ? "1" : `((${periods}="${quoted}")+(${periods}=""))`;
      return { lights, scope };
    });
    const count = (symbol: string): PlanCell => {
      const parts = blocksOfCategory.map(({ lights, scope }) => `SUMPRODUCT((${lights}="${symbol}")*${scope})`);
      return formula(parts.join("+"), cachedCount(category, symbol));
    };
    const [met = 0, near = 0, behind = 0] = ["★", "▲", "●"].map((s) => cachedCount(category, s));
    const b = addressOf(row, 1);
    const c = addressOf(row, 2);
    const d = addressOf(row, 3);
    body.push([
      text(category),
      ...symbols.map(count),
      formula(
        `IF(${b}+${c}+${d}>0,${b}/(${b}+${c}+${d}),"")`,
        met + near + behind > 0 ? met / (met + near + behind) : "",
      ),
    ]);
  });
  const last = top + 1 + body.length;
  const formats: ColumnFormat[] = [
    ...[1, 2, 3, 4].map((col) => ({ col, fromRow: top + 2, toRow: last, numberFormat: words.countFormat })),
    { col: 5, fromRow: top + 2, toRow: last, numberFormat: "#,##0.00%" },
  ];
  return {
    range: { row: top, col: 0, cells: [[text(words.title), BLANK], header, ...body] },
    formats,
    rows: body.length + 2,
  };
}
