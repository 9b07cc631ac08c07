import { parseValue } from "../values/parse-value";
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

export function captionedPlan(view: SheetView, row: number): ColumnShape | null {
  const texts: number[] = [];
  for (let c = view.left; c <= view.right; c++) if (view.text(row, c) !== "") texts.push(c);
  const [only] = texts;
  if (texts.length !== 1 || only === undefined || !targetWordAlone(view.text(row, only))) return null;
  const nameCol = only;
  const targetCol = nameCol + 1;
  let pairs = 0;
  for (let r = row + 1; r <= view.bottom && !view.isBlankRow(r); r++) {
    const name = view.text(r, nameCol);
    const target = view.text(r, targetCol);
    if (name === "" || target === "") break;
    if (parseValue(view.cell(r, targetCol)).kind === "number") pairs++;
  }
  if (pairs < MIN_ROWS) return null;
  const band = bandOf(view, row, row);
  return namesAndFigures("plan", nameCol, band, [{ period: null, target: targetCol }]);
}
