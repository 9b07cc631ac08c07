import type { Period } from "../values/period";
import type { HeaderBand, HeaderColumn } from "./header-band";

/**
 * A budget book's performance measures put each year under the word for what its figure is:
 * "FY17 Actual | FY18 Actual | FY19 Budget | FY19 YE Proj. | FY20 Adopted". These transforms of a
 * header band read those words by the years they stand over, before the periods are formed.
 */

/** Words of an estimate of a year's result made before the year ends ("YE Proj.": year-end projection). */
const PROJECTION_WORDS = new Set(["estimate", "projected", "forecast", "estimatedactual"]);
const PROJECTION_TEXT = /\b(?:estimated?|projected|projection|forecast)\b|\bproj\./i;
/**
 * Words of a budget's estimate of a year, an amount planned: a projection, or a later estimate of the
 * budget ("Revised FY2020"), no plan a year is held to either.
 */
export const ESTIMATE_WORDS: ReadonlySet<string> = new Set([...PROJECTION_WORDS, "revised"]);

function laterOrSame(a: Period, b: Period): boolean {
  return a.year > b.year || (a.year === b.year && (a.relative ?? 0) >= (b.relative ?? 0));
}

function isPlan(c: HeaderColumn): boolean {
  return (c.role === "target" && !ESTIMATE_WORDS.has(c.word ?? "")) || c.role === "budget";
}

/** A header's text naming a year's estimate of its result: "2020-21 Estimate", "FY19 YE Proj.". */
export function namesProjection(text: string): boolean {
  return PROJECTION_TEXT.test(text);
}

function isProjection(c: HeaderColumn): boolean {
  if (c.role === "target") return PROJECTION_WORDS.has(c.word ?? "");
  return c.role === null && namesProjection(c.text);
}

/**
 * "FY 2019 Estimate" between "FY 2018 Actual" and "FY 2020 Target": the year's result as projected
 * before it ends, not a level the year was held to. Where a later year has a plan of its own (a
 * target, a budget, an adopted level), the estimate is the year's amount as known, read like an
 * actual with no target. Where its own year has a plan ("FY 2022-23 Budget | FY 2022-23 YE Proj."),
 * it is set aside: the year is read by its plan, and a projection is no result to rate against it.
 */
export function projectionsAside(band: HeaderBand): HeaderBand {
  const dated = band.columns.filter((c) => c.period !== null);
  if (!dated.some((c) => c.role === "actual")) return band;
  const plans = dated.filter(isPlan);
  const sameYear = (a: HeaderColumn, b: HeaderColumn) => a.period?.label === b.period?.label;
  const projections = dated.filter((c) => isProjection(c) && !dated.some((r) => r.role === "actual" && sameYear(r, c)));
  const aside = projections.filter((c) => plans.some((p) => sameYear(p, c)));
  const amounts = projections.filter(
    (c) =>
      !aside.includes(c) &&
      plans.some((p) => p.period !== null && c.period !== null && laterOrSame(p.period, c.period)),
  );
  if (aside.length + amounts.length === 0) return band;
  return {
    ...band,
    columns: band.columns.map((c) => {
      if (aside.includes(c)) return { ...c, role: null, word: null, period: null };
      return amounts.includes(c) ? { ...c, role: null, word: null } : c;
    }),
  };
}

/**
 * "Actual 2016/2017 | Actual 2017/2018 | Budget 2018/2019" over counts of meetings and requests:
 * a budgeted year beside years of results, with no spending column anywhere, is the level planned
 * for that year, its target (a budget beside spending is read as execution before this is asked).
 */
export function budgetsAsPlans(band: HeaderBand): HeaderBand {
  const dated = band.columns.filter((c) => c.period !== null);
  if (band.columns.some((c) => c.role === "executed" || c.role === "rate")) return band;
  // 本月份 實際數 | 預算數: a budget beside the result of its own period is spending against budget.
  const years = (role: string) => new Set(dated.filter((c) => c.role === role).map((c) => c.period?.label));
  const resultYears = years("actual");
  const budgets = dated.filter((c) => c.role === "budget");
  if (resultYears.size === 0 || budgets.length === 0) return band;
  if (budgets.some((c) => resultYears.has(c.period?.label))) return band;
  return {
    ...band,
    columns: band.columns.map((c) => (budgets.includes(c) ? { ...c, role: "target" } : c)),
  };
}
