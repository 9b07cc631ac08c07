/**
 * One way to show a figure, for the pane, the command and the sheets: the sheets' number format is
 * chosen here, and the pane and the command print a figure as that format shows it. Percentages
 * have thousands separators and two decimals (1,161.06%), rates are percentages (81.82%, not
 * 0.8181818182), counts have separators (603,349), and a draft keeps its source's precision and
 * unit (3,343 人). A percentage never takes a unit "%" after it: the format shows it.
 */

/** Achievement, growth, shares and rates. */
export const PERCENT_FORMAT = "#,##0.00%";
export const WHOLE_FORMAT = "#,##0";
export const DECIMAL_FORMAT = "#,##0.00";

/** What the figure's indicator says of it: a rate (or unit "%") is a percentage. */
export interface FigureKind {
  readonly kind: string;
  readonly unit: string | null;
}

export function isPercentFigure(indicator: FigureKind): boolean {
  return indicator.kind === "rate" || indicator.unit === "%";
}

/** The number format of an indicator's targets and actuals: percent, whole or two decimals, as its figures are. */
export function figureFormat(indicator: FigureKind, figures: readonly number[]): string {
  if (isPercentFigure(indicator)) return PERCENT_FORMAT;
  return figures.every(Number.isInteger) ? WHOLE_FORMAT : DECIMAL_FORMAT;
}

/**
 * A draft's format: its source's precision (whole figures stay whole: a count of 19.5 件 is no
 * target) and its unit after it; a rate as a percentage, without a unit.
 */
export function draftFormat(indicator: FigureKind, history: readonly number[]): string {
  if (isPercentFigure(indicator)) return PERCENT_FORMAT;
  const unit = indicator.unit?.replace(/"/g, "");
  return `${history.every(Number.isInteger) ? WHOLE_FORMAT : DECIMAL_FORMAT}${unit ? ` "${unit}"` : ""}`;
}

/**
 * One formatter per number of decimals: toLocaleString builds a new one at every call, which was
 * most of the time of printing a table of a million figures.
 */
const FORMATTERS = new Map<number, Intl.NumberFormat>();

function numberFormat(decimals: number): Intl.NumberFormat {
  let format = FORMATTERS.get(decimals);
  if (format === undefined) {
    format = new Intl.NumberFormat("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    FORMATTERS.set(decimals, format);
  }
  return format;
}

/**
 * A figure as the formats above show it (#,##0, #,##0.00, #,##0.00% and a quoted unit after them);
 * "—" for no figure. A format of another form shows the figure to 10 significant digits.
 */
export function showFigure(value: number | null | undefined, format: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const match = /^#,##0(?:\.(0+))?(%?)(?: "([^"]*)")?$/.exec(format);
  if (match === null) return String(Number(value.toPrecision(10)));
  const decimals = match[1]?.length ?? 0;
  const percent = match[2] === "%";
  const shown = numberFormat(decimals).format(percent ? value * 100 : value);
  return `${shown}${percent ? "%" : ""}${match[3] ? ` ${match[3]}` : ""}`;
}

/** A ratio (achievement, growth, share met) as a percentage: 1,161.06%. */
export function showPercent(value: number | null | undefined): string {
  return showFigure(value, PERCENT_FORMAT);
}
