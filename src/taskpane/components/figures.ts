import { draftFormat, figureFormat, showFigure, showPercent, type Draft, type SheetIndicator } from "../../core";

/** Each indicator's format once: the visible rows of a long table ask for it on every render. */
const formats = new WeakMap<SheetIndicator, string>();

/** A target or actual as the report sheet shows it (core's figure format): a rate as a percent, separators; "—" for none. */
export function figure(value: number | null | undefined, indicator: SheetIndicator): string {
  let format = formats.get(indicator);
  if (format === undefined) {
    format = figureFormat(
      indicator,
      indicator.periods.flatMap((p) => [p.target, p.actual]).filter((v): v is number => v !== null),
    );
    formats.set(indicator, format);
  }
  return showFigure(value, format);
}

/** Achievement and growth as the sheets show them: 1,161.06%. */
export const percent = showPercent;

/** A draft as the drafts sheet shows it: its source's precision and unit (3,343 人), a rate as a percent. */
export function draftFigure(value: number | null | undefined, draft: Draft): string {
  return showFigure(
    value,
    draftFormat(
      draft.indicator,
      draft.history.map((h) => h.y),
    ),
  );
}
