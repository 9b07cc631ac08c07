import { parseValue } from "../values/parse-value";
import { periodInText } from "../values/period";
import { percentInSentence, planTargetInSentence } from "../values/sentence-target";
import { namesAndFigures, type ColumnShape } from "./column-shape";
import { bandOf } from "./header-band";
import { headerKey, headerRole } from "./header-words";
import type { SheetView } from "./sheet-view";

/** Rows of names and targets needed under the caption. */
const MIN_ROWS = 2;

/**
 * "Targets" alone on its row over "1: Average annual score on Road User Satisfaction Surveys. | At least
 * 84%" (a minister's written statement of an agency's targets; 年度目標 over 衡量指標 | 目標值 pairs with
 * no header of their own): the caption names the figures, the words at the left are the names. A plan:
 * targets only. Null unless the caption is a target word alone and the rows under it are names with a
 * figure beside them.
 */
/** "Targets", "2003-04 Targets", 年度目標, 目標值: the word for targets and nothing more (not "Our targets and performance"). */
function targetWordAlone(text: string): boolean {
  const match = headerRole(text);
  if (match?.role !== "target") return false;
  const rest = headerKey(text)
    .replace(match.word, "")
    .replace(/\d|[-–/:：]|年度|年|s$/g, "");
  return rest === "";
}

/**
 * "I have set Historic Scotland the following key performance targets for 1997–98:", "For 1998–99, the
 * following performance targets have been set:", "The … Agency's Key Targets for the Financial Year
 * 1998–99 are:", "The Ministerial Targets for LRNI for the period … are as follows:", "The seven targets
 * set for the Defence Bills Agency for 1998/99 are detailed below", "Targets for 1993–94 are to:", "I have
 * approved the following objectives for the Metropolitan police in 1996–97:" (ministers' written answers and
 * chief executives' letters): a sentence that says the lines under it are targets, and of which year.
 */
const TARGETS_FOLLOW = new RegExp(
  [
    /\bfollowing\b[^:：]{0,60}\b(?:targets?|objectives)\b[^:：]*[:：.]\s*$/.source,
    /\b(?:targets?|objectives)\b[^:：]{0,160}\b(?:are|were)(?:\s+as\s+follows|\s+to)?\s*[:：]\s*$/.source,
    /\btargets?\b[^.:：]{0,160}\b(?:are|were)\s+(?:detailed|listed|set\s+out|shown|given)\s+below\b/.source,
    /以下(?:各項)?(?:績效)?目標[^:：]*[:：]\s*$/.source,
  ].join("|"),
  "i",
);

/**
 * A header under the caption that names a result ("Pledged target | Percentage of achieving the target
 * in 2019 (%)", under "Details of pledged targets … are as follows:"): a table of its own, read by its
 * header, never as targets only.
 */
function headsResults(view: SheetView, row: number): boolean {
  return filledOn(view, row).some((c) => {
    const role = headerRole(view.text(row, c))?.role;
    return role === "actual" || role === "executed";
  });
}

/** The columns filled on a row, a merged text counted once (at its first cell). */
function filledOn(view: SheetView, row: number): number[] {
  const cols: number[] = [];
  for (let c = view.left; c <= view.right; c++)
    if (view.text(row, c) !== "" && !view.isMergedTail(row, c)) cols.push(c);
  return cols;
}

export function captionedPlan(view: SheetView, row: number): ColumnShape | null {
  const [only, ...more] = filledOn(view, row);
  if (only === undefined || more.length > 0) return null;
  const caption = view.text(row, only);
  const alone = targetWordAlone(caption);
  const sentence = !alone && TARGETS_FOLLOW.test(caption);
  if ((!sentence && !alone) || headsResults(view, row + 1)) return null;
  const nameCol = only;
  const targetCol = nameCol + 1;
  // "(blank) | Target" under the sentence: the one word over the targets' column, no line of its own.
  const [headed, ...others] = filledOn(view, row + 1);
  const overTargets =
    sentence && headed === targetCol && others.length === 0 && targetWordAlone(view.text(row + 1, headed));
  const top = overTargets ? row + 1 : row;
  let pairs = 0;
  for (let r = top + 1; r <= view.bottom && !view.isBlankRow(r); r++) {
    const name = view.text(r, nameCol);
    const target = view.text(r, targetCol);
    if (name === "") break;
    // A heading between the lines ("Agency management"): its section's name, no target of its own.
    if (target === "") continue;
    // "1. | To take 75 per cent. of …": a number or a label beside a sentence is the sentence's, no name of a target.
    if (target.length > name.length) continue;
    // "97 per cent.", "At least 85% plus or minus 2%": a level stated in words counts as one.
    if (parseValue(view.cell(r, targetCol)).kind === "number" || percentInSentence(target) !== null) pairs++;
  }
  const band = bandOf(view, top, top);
  const period = sentence ? periodInText(caption) : null;
  if (pairs >= MIN_ROWS) return namesAndFigures("plan", nameCol, band, [{ period, target: targetCol }]);
  const listed = sentence ? sentencesColumn(view, top) : null;
  return listed === null
    ? null
    : namesAndFigures("plan", listed, band, [{ period, target: listed, targetInName: true }]);
}

/**
 * "1. | To take 75 per cent. of minor planning applications … within eight weeks of receipt." under
 * the sentence that says targets follow (ministers' written answers, each agency's key targets): the
 * column whose lines, the last text on their rows, each set a figure, where at least MIN_ROWS do.
 */
function sentencesColumn(view: SheetView, top: number): number | null {
  const setting = new Map<number, number>();
  for (let r = top + 1; r <= view.bottom && !view.isBlankRow(r); r++) {
    const last = filledOn(view, r).pop();
    if (last !== undefined && planTargetInSentence(view.text(r, last)) !== null)
      setting.set(last, (setting.get(last) ?? 0) + 1);
  }
  const [best] = [...setting].sort((a, b) => b[1] - a[1]);
  return best !== undefined && best[1] >= MIN_ROWS ? best[0] : null;
}
