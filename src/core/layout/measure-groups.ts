import { periodInText, parsePeriod } from "../values/period";
import type { HeaderBand, HeaderColumn } from "./header-band";
import { headerKey, headerRole } from "./header-words";
import type { SheetView } from "./sheet-view";

/** One measure of a table that repeats its periods under several headings. */
export interface MeasureGroup {
  /** The heading over the group's periods: 火災死亡人數, 投訴. */
  readonly label: string;
  /** The group's period columns, in order. */
  readonly cols: readonly number[];
  /** The header band with the label columns and this group's period columns only. */
  readonly band: HeaderBand;
}

/** Words that make a heading a figure's role (目標值 over the years), not a measure of its own. */
const ROLE_HEADINGS = new Set(["target", "actual", "reported", "budget", "executed", "rate", "period"]);

/**
 * A table that measures several things over the same periods, each heading merged over the same run
 * of years (火災發生件數 | 火災死亡人數, each over 108 年 | 109 年 | 110 年; 建議 | 投訴 | 異議, each over
 * 2017 | 2018 | 2019): a measure per heading, each read as a table of its own. Only where every group
 * holds the same periods in the same order, each once, and no heading names a role: "目標值" over the
 * years and "實際值" over the same years is one wide table of targets and actuals.
 */
export function measureGroups(view: SheetView, band: HeaderBand): MeasureGroup[] | null {
  if (band.bottom === band.top) return null;
  const runs: Array<{ label: string; cols: number[]; periods: string[] }> = [];
  for (const column of band.columns) {
    if (column.period === null) continue;
    const label = view.text(band.top, column.col);
    if (label === "" || periodInText(label) !== null || parsePeriod(view.cell(band.top, column.col).value) !== null)
      return null;
    const role = headerRole(label)?.role;
    if (role !== undefined && ROLE_HEADINGS.has(role)) return null;
    const last = runs[runs.length - 1];
    if (last && last.label === label) {
      last.cols.push(column.col);
      last.periods.push(column.period.label);
    } else runs.push({ label, cols: [column.col], periods: [column.period.label] });
  }
  const [head] = runs;
  if (runs.length < 2 || head === undefined || head.periods.length < 2) return null;
  const key = head.periods.join("\u0000");
  if (new Set(head.periods).size !== head.periods.length) return null;
  if (runs.some((run) => run.periods.join("\u0000") !== key)) return null;
  if (new Set(runs.map((run) => run.label)).size !== runs.length) return null;
  return runs.map((run) => ({
    label: run.label,
    cols: run.cols,
    band: { ...band, columns: band.columns.filter((c) => c.period === null || run.cols.includes(c.col)) },
  }));
}

/** The roles a group of figures pairs: what is aimed at, and what came of it. */
const AIMED = new Set(["target", "budget"]);
const CAME = new Set(["actual", "executed"]);

/**
 * "Authority | Right to buy | Land sales | Total receipts", each heading merged over Target | Near
 * actual ("Standard" | "Enhanced" over Target (percentage) | Actual (percentage)): several measures
 * side by side, each its own target and result under its own heading. A measure per heading, each
 * read as a table of its own over the same rows. Only where every run holds the same roles in the
 * same order, a target (or budget) and a result among them, and no heading names a role or a period:
 * "本年度" over 目標值 | 實際值 is a period's pair, not a measure.
 */
export function roleGroups(view: SheetView, band: HeaderBand): MeasureGroup[] | null {
  if (band.bottom === band.top) return null;
  const runs: Array<{ label: string; cols: number[]; roles: string[] }> = [];
  for (const column of band.columns) {
    const label = view.text(band.top, column.col);
    const role = column.role;
    if (role === null || label === "" || !(AIMED.has(role) || CAME.has(role) || role === "rate")) continue;
    if (column.period !== null || periodInText(label) !== null) return null;
    const headed = headerRole(label)?.role;
    if (headed !== undefined && ROLE_HEADINGS.has(headed)) return null;
    const last = runs[runs.length - 1];
    if (last && last.label === label && last.cols[last.cols.length - 1] === column.col - 1) {
      last.cols.push(column.col);
      last.roles.push(role);
    } else runs.push({ label, cols: [column.col], roles: [role] });
  }
  const [head] = runs;
  if (runs.length < 2 || head === undefined) return null;
  const key = head.roles.join(" ");
  if (!head.roles.some((r) => AIMED.has(r)) || !head.roles.some((r) => CAME.has(r))) return null;
  if (runs.some((run) => run.roles.join(" ") !== key)) return null;
  if (new Set(runs.map((run) => run.label)).size !== runs.length) return null;
  const grouped = new Set(runs.flatMap((run) => run.cols));
  return runs.map((run) => ({
    label: run.label,
    cols: run.cols,
    band: { ...band, columns: band.columns.filter((c) => !grouped.has(c.col) || run.cols.includes(c.col)) },
  }));
}

/** The measure a "Target …" header names once its role word is taken out: "Target\nLength (km)" → Length (km). */
function measureOfTarget(text: string, word: string): { key: string; label: string } | null {
  const at = text.toLowerCase().indexOf(word);
  if (at < 0) return null;
  const label = (text.slice(0, at) + " " + text.slice(at + word.length)).replace(/\s+/g, " ").trim();
  const key = headerKey(label);
  return key.length < 2 || periodInText(label) !== null ? null : { key, label };
}

/**
 * "Year | Target Length (km) | Completed Length (km) | Target Habitations | Connected habitations":
 * several measures side by side, each a target and, beside it, the column naming the same measure
 * (its result, whatever verb heads it). Each pair is a measure of its own over the same rows, the
 * result column read as the actual. Two pairs at least, each measure named once.
 */
export function pairedMeasureGroups(band: HeaderBand): MeasureGroup[] | null {
  const undated = band.columns.filter((c) => c.period === null);
  const pairs: Array<{ label: string; target: HeaderColumn; result: HeaderColumn }> = [];
  for (const target of undated) {
    if (target.role !== "target" || target.word === null) continue;
    const measure = measureOfTarget(target.text, target.word);
    const result = band.columns.find((c) => c.col === target.col + 1);
    if (measure === null || result === undefined || (result.role !== null && result.role !== "actual")) continue;
    const resultKey = headerKey(result.text);
    if (resultKey === measure.key || !resultKey.endsWith(measure.key)) continue;
    pairs.push({ label: measure.label, target, result });
  }
  if (pairs.length < 2 || new Set(pairs.map((p) => p.label.toLowerCase())).size !== pairs.length) return null;
  const paired = new Set(pairs.flatMap((p) => [p.target.col, p.result.col]));
  return pairs.map((pair) => ({
    label: pair.label,
    cols: [pair.target.col, pair.result.col],
    band: {
      ...band,
      columns: band.columns
        .filter((c) => !paired.has(c.col) || c === pair.target || c === pair.result)
        .map((c) => (c === pair.result ? { ...c, role: "actual" as const, word: "result" } : c)),
    },
  }));
}

/**
 * "Financial Year | Target | Achievement", each heading merged over the same number of measures
 * ("Margin Money to be utilized" | "No. of Units to be assisted" under Target, "Margin money subsidy
 * utilized" | "No. of units assisted" under Achievement): the measures in the same order under both,
 * each a target and its result. A measure per position, named by its result's header, each read as
 * a table of its own over the same rows.
 */
export function roleHeadedGroups(view: SheetView, band: HeaderBand): MeasureGroup[] | null {
  if (band.bottom === band.top) return null;
  const runs: Array<{ label: string; role: string; cols: number[] }> = [];
  for (const column of band.columns) {
    const label = view.text(band.top, column.col);
    if (label === "" || column.col === view.left) continue;
    const last = runs[runs.length - 1];
    if (last && last.label === label && last.cols[last.cols.length - 1] === column.col - 1) last.cols.push(column.col);
    else runs.push({ label, role: headerRole(label)?.role ?? "", cols: [column.col] });
  }
  const aimed = runs.filter((r) => AIMED.has(r.role));
  const came = runs.filter((r) => CAME.has(r.role) || r.role === "reported");
  const [target] = aimed;
  const [result] = came;
  if (aimed.length !== 1 || came.length !== 1 || target === undefined || result === undefined) return null;
  if (target.cols.length < 2 || target.cols.length !== result.cols.length) return null;
  const grouped = new Set([...target.cols, ...result.cols]);
  const own = (col: number) => view.text(band.bottom, col);
  // Each column under a heading names its own measure in the header's last row, and names no period
  // (years under each heading are measureGroups' layout).
  const named = [...grouped].every((c) => own(c) !== "" && periodInText(own(c)) === null);
  if (!named) return null;
  return result.cols.map((resultCol, k) => {
    const targetCol = target.cols[k] ?? resultCol;
    const columns = band.columns
      .filter((c) => !grouped.has(c.col) || c.col === targetCol || c.col === resultCol)
      .map((c) =>
        c.col === targetCol
          ? { ...c, role: "target" as const }
          : c.col === resultCol
            ? { ...c, role: "actual" as const }
            : c,
      );
    return { label: own(resultCol), cols: [targetCol, resultCol], band: { ...band, columns } };
  });
}
