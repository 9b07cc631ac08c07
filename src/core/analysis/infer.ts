import type { Direction } from "../measures/achievement";
import type { NumberValue } from "../values/cell-value";
import { directionOfBound, directionOfName } from "./direction-words";
import type { IndicatorInput, IndicatorKind, SourceCell } from "./indicator-input";

/** Ranks and tiers ("1 級" 第一級國家) are better when lower. */
const RANK_UNITS = new Set(["級", "名", "名次", "位次", "等級"]);
const RANK_NAME = /排名|名次|rank/i;
const GROWTH_NAME = /成長率|增加率|增長率|growth/i;

function numberOf(cell: SourceCell | null): NumberValue | null {
  return cell?.value.kind === "number" ? cell.value : null;
}

export function figuresOf(input: IndicatorInput): NumberValue[] {
  const out: NumberValue[] = [];
  for (const period of input.periods) {
    for (const cell of [period.target, period.actual]) {
      const n = numberOf(cell);
      if (n !== null) out.push(n);
    }
  }
  return out;
}

export function inferUnit(input: IndicatorInput): string | null {
  if (input.statedUnit !== null && input.statedUnit !== "") return input.statedUnit;
  for (const figure of figuresOf(input)) {
    if (figure.unit !== null) return figure.unit;
  }
  return null;
}

export function inferDirection(input: IndicatorInput, unit: string | null): Direction {
  if (input.statedDirection !== null) return input.statedDirection;
  const targets = input.periods.map((p) => numberOf(p.target)).filter((n) => n !== null);
  if (targets.some((t) => t.qualifier === "atMost")) return "lower";
  if (targets.some((t) => t.qualifier === "atLeast")) return "higher";
  if ((unit !== null && RANK_UNITS.has(unit)) || RANK_NAME.test(input.name)) return "lower";
  const bound = directionOfBound(`${input.criteria ?? ""} ${input.remark ?? ""}`);
  if (bound !== null) return bound;
  return directionOfName(input.name) ?? (input.heading ? directionOfName(input.heading) : null) ?? "higher";
}

export function inferKind(input: IndicatorInput, unit: string | null, direction: Direction): IndicatorKind {
  if (input.kindHint === "execution") return "execution";
  if (GROWTH_NAME.test(input.name)) return "growth";
  if (direction === "lower" && unit !== null && RANK_UNITS.has(unit)) return "level";
  if (unit === "%" || figuresOf(input).some((f) => f.percent)) return "rate";
  return "count";
}
