import type { Finding } from "../findings";
import { DEFAULT_GRADE_BANDS, gradeFor, type GradeBand } from "../measures/grades";
import type { ScorecardInput } from "../layout/detected";

/** One score column totalled and graded: the names are the `scorecards` JSON contract. */
export interface ScorecardResult {
  readonly title: string | null;
  readonly column: string;
  readonly columnCell: string;
  readonly total: number;
  readonly grade: string;
  readonly byDimension: Readonly<Record<string, number>>;
  readonly weightTotal: number | null;
  /** Items whose score is blank or not a figure; they count as 0 in the total. */
  readonly unscored: readonly string[];
}

/** Sums in millionths so that 4.5 + 9 + … adds up exactly as a reviewer adds it by hand. */
function addScores(values: readonly number[]): number {
  return Math.round(values.reduce((sum, v) => sum + Math.round(v * 1e6), 0)) / 1e6;
}

export function analyzeScorecard(
  sheet: string,
  input: ScorecardInput,
  bands: readonly GradeBand[] = DEFAULT_GRADE_BANDS,
): { results: ScorecardResult[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const weights = input.items.flatMap((i) => (i.weight?.value.kind === "number" ? [i.weight.value.value] : []));
  const weightTotal = weights.length > 0 ? addScores(weights) : null;
  if (weightTotal !== null && Math.abs(weightTotal - 100) > 1e-9) {
    findings.push({
      code: "WEIGHTS_NOT_100",
      severity: "error",
      sheet,
      cell: input.weightHeader,
      params: { total: weightTotal },
      value: weightTotal,
    });
  }
  const results = input.columns.map((column, index) => {
    const dims = new Map<string, number[]>();
    const all: number[] = [];
    const unscored: string[] = [];
    for (const item of input.items) {
      const cell = item.scores[index] ?? null;
      const value = cell?.value;
      if (value?.kind !== "number") {
        if (cell !== null && (value?.kind === "text" || value?.kind === "error")) {
          findings.push({
            code: "SCORE_NOT_A_FIGURE",
            severity: "warning",
            sheet,
            cell: cell.address,
            params: { item: item.item, column: column.header },
          });
        }
        unscored.push(item.itemCell);
        continue;
      }
      all.push(value.value);
      const values = dims.get(item.dimension);
      if (values) values.push(value.value);
      else dims.set(item.dimension, [value.value]);
    }
    const total = addScores(all);
    const byDimension: Record<string, number> = {};
    for (const [dimension, values] of dims) byDimension[dimension] = addScores(values);
    return {
      title: input.title,
      column: column.header,
      columnCell: column.address,
      total,
      grade: gradeFor(total, bands),
      byDimension,
      weightTotal,
      unscored,
    };
  });
  return { results, findings };
}
