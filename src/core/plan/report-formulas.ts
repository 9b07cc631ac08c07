import type { Direction } from "../measures/achievement";

/**
 * The report's live formulas, in R1C1 so that one formula serves a whole column (office.js sets it
 * in one assignment; the .xlsx writer expands it per row). They repeat the engine's rules so the
 * workbook recalculates to the engine's figures, and every division is guarded: a blank or zero
 * input gives "" (not computable), never #DIV/0! or #VALUE!.
 */
export const DIRECTION_SYMBOL: Readonly<Record<Direction, string>> = { higher: "↑", lower: "↓", closer: "↔" };

/** Report columns, 0-based. */
export const COL = {
  name: 0,
  period: 1,
  direction: 2,
  target: 3,
  actual: 4,
  unit: 5,
  achievement: 6,
  growth: 7,
  light: 8,
  remark: 9,
  /**
   * The hidden below-target column, here or further right (below-target-column.ts): outside the
   * table, with K left empty so the table does not take it in.
   */
  belowTarget: 11,
} as const;

function rel(from: number, to: number, rowOffset = 0): string {
  return `R${rowOffset === 0 ? "" : `[${rowOffset}]`}C[${to - from}]`;
}

/**
 * The cap: on or off for the whole report, or a settings cell (指標設定's 上限) the row follows live:
 * 是 / yes caps, 否 / no does not, blank takes the report's own choice.
 */
export type CapChoice = boolean | { readonly ref: string; readonly otherwise: boolean };

export function achievementR1C1(capAtOne: CapChoice): string {
  const at = COL.achievement;
  const t = rel(at, COL.target);
  const a = rel(at, COL.actual);
  const d = rel(at, COL.direction);
  const cap = (x: string): string => {
    if (typeof capAtOne === "boolean") return capAtOne ? `MIN(1,${x})` : x;
    const r = capAtOne.ref;
    const on = `OR(${r}="是",${r}="yes"${capAtOne.otherwise ? `,${r}=""` : ""})`;
    return `IF(${on},MIN(1,${x}),${x})`;
  };
  const lower = `IF(AND(${t}>=0,${a}>0),${cap(`${t}/${a}`)},"")`;
  const closerOrHigher = `IF(${t}>0,IF(${d}="${DIRECTION_SYMBOL.closer}",${cap(`MAX(0,1-ABS(${a}-${t})/${t})`)},${cap(`${a}/${t}`)}),"")`;
  return `IF(AND(ISNUMBER(${t}),ISNUMBER(${a})),IF(${d}="${DIRECTION_SYMBOL.lower}",${lower},${closerOrHigher}),"")`;
}

/**
 * Against the actual `back` rows up, the indicator's last period in order (the row above, unless a
 * figure in no order stands between); written only where the indicator has such a period.
 */
export function growthR1C1(back = 1): string {
  const at = COL.growth;
  const a = rel(at, COL.actual);
  const p = rel(at, COL.actual, -back);
  return `IF(AND(ISNUMBER(${a}),ISNUMBER(${p})),IF(${p}>0,${a}/${p}-1,""),"")`;
}

/** A yellow band, or a settings cell (黃燈門檻) the row follows live, with the band to use while it is blank. */
export type BandChoice = number | { readonly ref: string; readonly otherwise: number };

/** ★ met, ▲ from the yellow band, ● below it, □ when achievement is not computable. */
export function lightR1C1(band: BandChoice): string {
  const yellowFrom =
    typeof band === "number" ? String(band) : `IF(ISNUMBER(${band.ref}),${band.ref},${band.otherwise})`;
  const at = COL.light;
  const t = rel(at, COL.target);
  const a = rel(at, COL.actual);
  const d = rel(at, COL.direction);
  const x = rel(at, COL.achievement);
  const met = `IF(${d}="${DIRECTION_SYMBOL.lower}",${a}<=${t},IF(${d}="${DIRECTION_SYMBOL.closer}",ABS(${a}-${t})<=ABS(${t})*1E-9,${a}>=${t}))`;
  return `IF(ISNUMBER(${x}),IF(${met},"★",IF(${x}>=${yellowFrom},"▲","●")),"□")`;
}

/**
 * TRUE when the row's actual is below its target in the row's direction, FALSE otherwise (blank
 * figures included). The flag on the user's actual cell reads this cell (flag-groups.ts), so the
 * rule's own formula stays short however long the figures' expressions are.
 */
export function belowTargetR1C1(at: number): string {
  const t = rel(at, COL.target);
  const a = rel(at, COL.actual);
  const d = rel(at, COL.direction);
  const unmet = `IF(${d}="${DIRECTION_SYMBOL.lower}",${a}>${t},IF(${d}="${DIRECTION_SYMBOL.closer}",${a}<>${t},${a}<${t}))`;
  return `AND(ISNUMBER(${t}),ISNUMBER(${a}),${unmet})`;
}
