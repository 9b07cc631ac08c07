import type { BandChoice, CapChoice } from "./report-formulas";
import type { IndicatorBands, ReportOptions } from "./report-plan";
import type { ConditionalFormatPlan } from "./write-plan";

/** The report rows of one indicator, and its own band and cap where the settings give them. */
export interface BandRow {
  readonly fromRow: number;
  readonly toRow: number;
  readonly own: IndicatorBands | null;
}

/** Adjacent rows that share one achievement formula and one light formula. */
export interface BandRun {
  readonly fromRow: number;
  readonly toRow: number;
  readonly cap: CapChoice;
  readonly band: BandChoice;
  /** The band's value now, for the icon set (whose thresholds are numbers). */
  readonly yellowFrom: number;
}

function runOf(
  own: IndicatorBands | null,
  options: Pick<ReportOptions, "bands" | "capAtOne">,
): Omit<BandRun, "fromRow" | "toRow"> {
  if (own === null)
    return { cap: options.capAtOne, band: options.bands.yellowFrom, yellowFrom: options.bands.yellowFrom };
  return {
    cap: own.capRef === null ? own.capAtOne : { ref: own.capRef, otherwise: options.capAtOne },
    band: own.yellowRef === null ? own.yellowFrom : { ref: own.yellowRef, otherwise: options.bands.yellowFrom },
    yellowFrom: own.yellowFrom,
  };
}

/** Whether two runs share their formulas: the same values (most rows, asked first), else the same JSON. */
function sameRun(a: Omit<BandRun, "fromRow" | "toRow">, b: Omit<BandRun, "fromRow" | "toRow">): boolean {
  if (a.cap === b.cap && a.band === b.band && a.yellowFrom === b.yellowFrom) return true;
  return JSON.stringify([a.cap, a.band, a.yellowFrom]) === JSON.stringify([b.cap, b.band, b.yellowFrom]);
}

/**
 * The report's body split where the band or cap changes: without settings one run, as before; with
 * settings in the workbook each indicator follows its own 指標設定 cells. The `skip` rows (a goal's
 * row above its indicators) take no formula: a light there would be counted.
 */
export function bandRuns(
  rows: readonly BandRow[],
  firstRow: number,
  lastRow: number,
  options: Pick<ReportOptions, "bands" | "capAtOne">,
  skip: ReadonlySet<number> = new Set(),
): BandRun[] {
  const out: BandRun[] = [];
  const push = (fromRow: number, toRow: number, own: IndicatorBands | null): void => {
    const run = runOf(own, options);
    const last = out[out.length - 1];
    if (last !== undefined && last.toRow + 1 === fromRow && sameRun(last, run))
      out[out.length - 1] = { ...last, toRow };
    else out.push({ fromRow, toRow, ...run });
  };
  // Rows between indicators' rows (none but the skipped ones, or the one row of an empty table).
  const gap = (from: number, to: number): void => {
    for (let r = from; r <= to; r++) if (!skip.has(r)) push(r, r, null);
  };
  let next = firstRow;
  for (const row of rows) {
    if (row.fromRow > next) gap(next, row.fromRow - 1);
    push(row.fromRow, row.toRow, row.own);
    next = row.toRow + 1;
  }
  if (next <= lastRow) gap(next, lastRow);
  return out;
}

/** Icon sets on adjacent runs with the same band become one. */
export function mergeLights(formats: readonly ConditionalFormatPlan[]): ConditionalFormatPlan[] {
  const out: ConditionalFormatPlan[] = [];
  for (const f of formats) {
    const last = out[out.length - 1];
    if (f.kind === "trafficLights" && last?.kind === "trafficLights" && last.yellow === f.yellow) {
      const from = last.range.split(":")[0] ?? "";
      const to = f.range.split(":")[1] ?? "";
      out[out.length - 1] = { ...last, range: `${from}:${to}` };
    } else out.push(f);
  }
  return out;
}
