import { namesAndFigures, type ColumnShape } from "./column-shape";
import { bandOf } from "./header-band";
import type { SheetView } from "./sheet-view";

/**
 * "Key Target 1", "KT 2", "Target 3": a label that says its line is a target. Beside it the target in a
 * sentence ("Achieve gross disposal receipts of £150m"), and often its status ("Achieved"), as chief
 * executives' letters in ministers' written answers list an agency's key targets.
 */
const TARGET_LABEL = /^\s*(?:key\s+)?(?:performance\s+)?target\s*\d{1,2}[a-z]?[.:)]?\s*$|^\s*KT\s*\d{1,2}[.:)]?\s*$/i;

/** A sentence, not a word or a figure: a target stated in words is longer than a heading. */
const SENTENCE_LENGTH = 15;

/** Lines labelled as targets needed to read the column beside them as a list of targets. */
const MIN_LINES = 2;

/**
 * The sentences beside labels that call each line a target, the labels starting on the row under `row`
 * (a header "Target | Subject | Status", or the letter's paragraph): a plan, each sentence its own
 * target. Null where fewer than MIN_LINES are so labelled, or the labels stand in no one column.
 */
export function labelledTargets(view: SheetView, row: number): ColumnShape | null {
  if (row + 1 > view.bottom) return null;
  const labelCol = labelColumn(view, row + 1);
  if (labelCol === null) return null;
  let lines = 0;
  for (let r = row + 1; r <= view.bottom && !view.isBlankRow(r); r++)
    if (TARGET_LABEL.test(view.text(r, labelCol)) && statedInWords(view.text(r, labelCol + 1))) lines++;
  if (lines < MIN_LINES) return null;
  const sentences = labelCol + 1;
  return namesAndFigures("plan", sentences, bandOf(view, row, row), [
    { period: null, target: sentences, targetInName: true },
  ]);
}

/** The column on the row whose text labels a target, with a sentence beside it. */
function labelColumn(view: SheetView, row: number): number | null {
  for (let c = view.left; c < view.right; c++)
    if (TARGET_LABEL.test(view.text(row, c)) && statedInWords(view.text(row, c + 1))) return c;
  return null;
}

/** Words beside the label, not a figure or a heading (column-shape's isSentence asks four words of a name). */
function statedInWords(text: string): boolean {
  return text.length >= SENTENCE_LENGTH && /\s/.test(text.trim()) && /[A-Za-z\u4e00-\u9fff]/.test(text);
}
