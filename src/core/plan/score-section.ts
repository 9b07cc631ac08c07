import type { ScorecardResult } from "../analysis/scorecard";
import type { ScorecardInput } from "../layout/detected";
import { addressOf } from "../layout/grid";
import type { GradeBand } from "../measures/grades";
import { followCell } from "./source-expression";
import { BLANK, formula, text, type ColumnFormat, type PlanCell, type RangeWrite, type TablePlan } from "./write-plan";

export interface ScoreSectionStrings {
  readonly title: string;
  readonly headers: readonly [string, string, string];
  readonly total: string;
  readonly grade: string;
  readonly subtotal: string;
  /** A grade's name in the sheet's language (特優 → Outstanding); other names as they are. */
  readonly gradeName: (grade: string) => string;
  /** The section's title line, naming the source's own title. */
  readonly heading: (title: string) => string;
}

export interface ScoreSection {
  readonly ranges: RangeWrite[];
  readonly tables: TablePlan[];
  readonly formats: ColumnFormat[];
  readonly rows: number;
}

/** =IF(X>=95,"特優",IF(X>=90,"優等",IF(X>=85,"甲等","乙等"))) from the editable bands. */
export function gradeFormula(
  ref: string,
  bands: readonly GradeBand[],
  name: (grade: string) => string = (g) => g,
): string {
  const last = name(bands[bands.length - 1]?.grade ?? "");
  return bands
    .slice(0, -1)
    .reduceRight(
      (inner, band) => `IF(${ref}>=${band.min ?? 0},"${name(band.grade).replace(/"/g, '""')}",${inner})`,
      `"${last.replace(/"/g, '""')}"`,
    );
}

/**
 * A score sheet in the report, at `top`: its items as a table whose figures point at the source
 * cells, then a total and a grade per score column, and a subtotal per 考核面向 (SUMIF), all live.
 */
export function scoreSection(
  sheet: string,
  input: ScorecardInput,
  results: readonly ScorecardResult[],
  top: number,
  tableName: string,
  bands: readonly GradeBand[],
  s: ScoreSectionStrings,
): ScoreSection {
  const columns = input.columns.length;
  const header = [...s.headers, ...input.columns.map((c) => c.header)].map(text);
  const body = input.items.map((item) => [
    text(item.dimension),
    text(item.item),
    followCell(sheet, item.weight),
    ...item.scores.map((c) => followCell(sheet, c)),
  ]);
  const first = top + 2;
  const last = first + body.length - 1;
  const sumOf = (col: number): string => `SUM(${addressOf(first, col)}:${addressOf(last, col)})`;
  // The dimensions in the source's order, each with its subtotal; then the total, then the grade.
  const dimensions = [...new Set(input.items.map((i) => i.dimension))];
  const dimRange = `${addressOf(first, 0)}:${addressOf(last, 0)}`;
  const subtotals = dimensions.map((d, k) => {
    const labelCell = addressOf(last + 1 + k, 1);
    return [
      text(s.subtotal),
      text(d),
      ...Array.from({ length: columns + 1 }, (_, i) =>
        formula(`SUMIF(${dimRange},${labelCell},${addressOf(first, 2 + i)}:${addressOf(last, 2 + i)})`),
      ),
    ];
  });
  const totalRow = last + 1 + subtotals.length;
  const total: PlanCell[] = [
    text(s.total),
    BLANK,
    ...Array.from({ length: columns + 1 }, (_, i) => formula(sumOf(2 + i))),
  ];
  const grade: PlanCell[] = [
    text(s.grade),
    BLANK,
    BLANK,
    ...Array.from({ length: columns }, (_, i) => formula(gradeFormula(addressOf(totalRow, 3 + i), bands, s.gradeName))),
  ];
  const title = results[0]?.title ?? sheet;
  return {
    ranges: [
      {
        row: top,
        col: 0,
        cells: [[text(title === s.title ? title : s.heading(title))], header, ...body, ...subtotals, total, grade],
      },
    ],
    tables: [{ name: tableName, top: top + 1, left: 0, bottom: last, right: 2 + columns, style: "TableStyleMedium4" }],
    formats: [],
    rows: 1 + 1 + body.length + 2 + subtotals.length,
  };
}
