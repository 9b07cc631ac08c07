import type { SheetIndicator, WorkbookReport } from "../analysis/analyze-workbook";
import { draftValue, isLowered, type DraftInputs, type DraftMethod, type Point } from "./draft-methods";

export interface Draft {
  readonly sheet: string;
  readonly indicator: SheetIndicator;
  readonly method: DraftMethod;
  /** The next period, in the sheet's own calendar (108 after 107; 2019 after 2018). */
  readonly nextX: number;
  readonly nextLabel: string;
  readonly inputs: DraftInputs;
  /** The known actuals used, with their cells. */
  readonly history: ReadonlyArray<Point & { readonly cell: string }>;
  readonly lastTargetCell: string | null;
  readonly lastActualCell: string | null;
  readonly value: number | null;
  readonly lowered: boolean;
}

function periodX(label: string | null): number | null {
  return label !== null && /^\d+$/.test(label) ? Number(label) : null;
}

/**
 * A draft for each indicator with history: an actual in a labelled period, or, in a single-year
 * table (one row per indicator under "100 年度…"), its one actual in the period the title names.
 * Hold and stretch need only that; trend and average growth need two periods (null, said so).
 */
export function draftTargets(report: WorkbookReport, method: DraftMethod, stretch = 0.05): Draft[] {
  const drafts: Draft[] = [];
  for (const sheet of report.sheets) {
    for (const indicator of sheet.indicators) {
      // A single-year table's period is already its indicator's (analyze-workbook's withTablePeriod).
      const history = indicator.periods.flatMap((p) => {
        const x = periodX(p.period);
        return x !== null && p.actual !== null && p.cells.actual !== undefined
          ? [{ x, y: p.actual, cell: p.cells.actual }]
          : [];
      });
      const lastX = periodX(indicator.periods[indicator.periods.length - 1]?.period ?? null);
      if (history.length === 0 || lastX === null) continue;
      const withTarget = [...indicator.periods].reverse().find((p) => p.target !== null);
      const withActual = [...indicator.periods].reverse().find((p) => p.actual !== null);
      const inputs: DraftInputs = {
        points: history.map(({ x, y }) => ({ x, y })),
        nextX: lastX + 1,
        lastTarget: withTarget?.target ?? null,
        lastActual: withActual?.actual ?? null,
        direction: indicator.direction,
        stretch,
      };
      const drafted = draftValue(method, inputs);
      const value = drafted !== null && Number.isFinite(drafted) ? drafted : null;
      drafts.push({
        sheet: sheet.sheet,
        indicator,
        method,
        nextX: lastX + 1,
        nextLabel: String(lastX + 1),
        inputs,
        history,
        lastTargetCell: withTarget?.cells.target ?? null,
        lastActualCell: withActual?.cells.actual ?? null,
        value,
        lowered: value !== null && isLowered(value, inputs),
      });
    }
  }
  return drafts;
}
