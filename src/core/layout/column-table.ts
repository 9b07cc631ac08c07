import type { NumberValue } from "../values/cell-value";
import { maxOf, minOf } from "../values/arrays";
import type { PeriodInput, SourceCell } from "../analysis/indicator-input";
import type { Direction } from "../measures/achievement";
import { parsePeriod, periodInText, periodWithinYear, type Period } from "../values/period";
import { parseValue } from "../values/parse-value";
import { LONG_TIME_UNIT } from "../values/time-units";
import {
  asPoints,
  indicatorNameFromTitle,
  looksIndented,
  rangeOf,
  sourceCell,
  targetWithBracketedActual,
} from "./cells";
import { directionOfSign, shapeOf, type ColumnShape, type PeriodColumns } from "./column-shape";
import {
  namedIndicator,
  type AggregateRow,
  type ComponentCell,
  type DetectedIndicator,
  type DetectedTable,
  type TableReading,
} from "./detected";
import {
  bandOf,
  fillsInForm,
  headerRowsFrom,
  sentenceRow,
  labelledSentence,
  startsHeader,
  statesFacts,
  type HeaderBand,
} from "./header-band";
import { headerRole, isAggregateLabel } from "./header-words";
import type { SheetView } from "./sheet-view";
import { metOfCases, rowsAsRoles } from "./row-roles";
import { joinStackedBlocks } from "./stacked-blocks";
import { readCrossTab } from "./cross-tab";
import { confirmShape, shapeFromArithmetic } from "./confirm-shape";
import { labelledTargets } from "./labelled-targets";
import { readingWithoutHeader } from "./headerless";
import { unnamedColumnsShape } from "./unnamed-columns";
import { separateSubtotals } from "./subtotals";
import { foldInto, inSlot, slotByArithmetic, slotOfRow } from "./roles-down";
import { differenceCell, withStatedDifference } from "./stated-difference";
import { readYearsDown } from "./years-down";
import { readRolesInLabels } from "./roles-in-labels";
import { percentByName } from "./percent-names";
import { readRowAbove } from "./header-below";
import { captionedPlan } from "./captioned-plan";
import { verdictColumns, withVerdict } from "./verdicts";
import { pairedWithinHeadings } from "./column-groups";
import { stackedRow, type StackedRow } from "./stacked-rows";
import { measureGroups, pairedMeasureGroups, roleGroups, roleHeadedGroups } from "./measure-groups";
import {
  labelledTarget,
  packedTargetAndResult,
  percentInSentence,
  planTargetInSentence,
  targetInSentence,
} from "../values/sentence-target";
import { isCaptionRow, periodOfTitle, tableName, titleAbove, unitsIncludePercent } from "./title";

interface Found {
  readonly table: DetectedTable;
  readonly indicators: DetectedIndicator[];
}

/** A heading that names a measure with its unit: "…(years)", "…($)", "…(%)", "…（人次）". */
const UNIT_IN_BRACKETS = /[(（][^()（）\d]{1,8}[)）]$/;

const SHARE = /占比|比率|比例|百分比/;

function inPoints(p: PeriodInput): PeriodInput {
  const points = (c: SourceCell | null) => (c === null ? null : asPoints(c));
  return {
    ...p,
    target: points(p.target),
    actual: points(p.actual),
    ...(p.baseline ? { baseline: asPoints(p.baseline) } : {}),
  };
}

const PERCENT_UNIT = /^(?:%|％|percent|percentage|per\s*cent|百分比|百分率)$/i;

/** Figures written without % of which one at least is beyond 1 (90, 75): points, not fractions. */
function barePoints(periods: readonly PeriodInput[]): boolean {
  const values = periods
    .flatMap((p) => [p.target, p.actual])
    .flatMap((c) => (c?.value.kind === "number" ? [c.value] : []));
  // 100 under 度量单位 % beside a result of 100% (a cell formatted as percent): the bare one in points too.
  const bare = values.filter((v) => !v.percent);
  return bare.some((v) => Math.abs(v.value) > 1) && bare.every((v) => Math.abs(v.value) > 1 || v.value === 0);
}

const FOOTNOTE = /^(?:※|\*|註|備註|說\s*明|資料來源|附註|note|notes|source)/i;

// "Smaller is better", "Good is Low", "Aim to minimise" (UK councils' improvement direction).
function statedDirection(text: string): Direction | null {
  const sign = directionOfSign(text);
  if (sign) return sign;
  if (/越低越好|愈低愈好|↓|低|lower|\blow\b|down|decrease|smaller|less|fewer|minimi[sz]e|reduce/i.test(text))
    return "lower";
  if (/接近|↔|closer/i.test(text)) return "closer";
  if (/越高越好|愈高愈好|↑|高|higher|\bhigh\b|up|increase|bigger|larger|greater|more|maximi[sz]e/i.test(text))
    return "higher";
  return null;
}

/**
 * A section row that is a period ("2007-08", "2004/05 academic year", "113年度"), where the table's
 * one period column has no year of its own: the period of the rows under it.
 */
function periodOfSection(text: string, shape: ColumnShape): Period | null {
  if (shape.periods.length !== 1 || shape.periods[0]?.period !== null || text.length > 40) return null;
  const period = periodInText(text);
  if (period === null) return null;
  const rest = text
    .replace(/[\d\s/\-–~]+/g, "")
    .replace(/academic|financial|fiscal|year|FY|學?年度|年/gi, "")
    .trim();
  return rest === "" ? period : null;
}

/** A weight written inside the name, "推展會展活動(6%)". */
function weightInName(name: string): number | null {
  const match = /[(（]\s*(\d+(?:\.\d+)?)\s*%\s*[)）]\s*$/.exec(name);
  return match?.[1] === undefined ? null : Number(match[1]) / 100;
}

function readingOf(view: SheetView, band: HeaderBand, shape: ColumnShape): TableReading {
  const described = [
    shape.goalCol,
    shape.unitCol,
    shape.remarksCol,
    shape.criteriaCol,
    shape.directionCol,
    shape.periodCol,
  ];
  const used = new Set<number>([...shape.nameCols, ...described.filter((c): c is number => c !== null)]);
  for (const p of shape.periods)
    for (const c of [p.target, p.actual, p.reported, ...(p.actualSum ?? [])]) if (c !== undefined) used.add(c);
  return {
    layout: shape.kind,
    header: rangeOf(view, band.top, view.left, band.bottom, view.right),
    columns: band.columns.map((c) => ({
      cell: view.address(band.top, c.col),
      header: c.text,
      role: c.role,
      word: c.word,
      period: c.period?.label ?? null,
      used: used.has(c.col),
    })),
  };
}

/**
 * The target a row's name sets itself, where the shape says the names are sentences: in the kind of
 * the result beside it, or in a plan (no result column) the figure the sentence sets.
 */
function targetOfName(view: SheetView, r: number, nameCol: number, actual: SourceCell | null, plan: boolean) {
  const name = view.text(r, nameCol);
  const value = plan ? planTargetInSentence(name) : targetInSentence(name, actual?.value ?? null);
  return value === null ? null : { address: view.address(r, nameCol), value };
}

/** Where no column holds the targets, one the name states under its label ("Target is 80%"). */
function labelledTargetOfName(view: SheetView, r: number, nameCol: number, actual: SourceCell | null) {
  if (actual?.value.kind !== "number") return null;
  const value = labelledTarget(view.text(r, nameCol), actual.value);
  return value === null ? null : { address: view.address(r, nameCol), value };
}

/** "24,490 (+6.5% 2018)", "1967 (down from 2,732 at end June)": the figure, then a note on it. */
const FIGURE_THEN_NOTE = /^\s*([-+]?\d[\d,]*(?:\.\d+)?\s*%?)\s*[(（][^)）]*[)）]\s*$/;

/**
 * A figure cell that holds a sentence: the figure it leads with before a note, or the level it
 * states (percentInSentence), where it states one.
 */
function sentenced(cell: SourceCell | null): SourceCell | null {
  if (cell === null || cell.value.kind !== "text") return cell;
  const lead = FIGURE_THEN_NOTE.exec(cell.value.text)?.[1];
  const figure = lead === undefined ? null : parseValue({ value: lead });
  if (figure?.kind === "number") return { address: cell.address, value: { ...figure, raw: cell.value.text } };
  const value = percentInSentence(cell.value.text);
  return value === null ? cell : { address: cell.address, value };
}

/**
 * A target in words beside a figure ("Median time of 34 days" beside 46; the Fair Work Commission's
 * budget targets): the one figure it names, in the kind of the result. Left as written where it
 * names none, or more than one.
 */
function targetSentenced(cell: SourceCell | null, actual: SourceCell | null): SourceCell | null {
  if (cell === null || cell.value.kind !== "text" || actual?.value.kind !== "number") return cell;
  const value = targetInSentence(cell.value.text, actual.value);
  return value === null ? cell : { address: cell.address, value };
}

/** "within 5 minutes", "10 working days": a time a case is to take at most, the figure and its unit. */
const TIME_LIMIT =
  /^\s*(within\s+)?(\d+(?:\.\d+)?)\s*((?:business |working |calendar )?(?:days?|weeks?|hours?|minutes?|months?))\s*$/i;

/**
 * A plan's target written as a time limit ("within 1 working day" under "Performance target", a
 * service standard alone): at most that long, the figure in its unit. Where a result stands beside
 * it the standard is what each case is held to, not the target (shareOfStandard reads that).
 */
function timeLimit(cell: SourceCell | null, p: PeriodColumns): SourceCell | null {
  if (cell === null || p.actual !== undefined || p.actualSum !== undefined) return cell;
  // "5 minutes" reads as a figure in its unit, "within 0.5 working day" as words: either is a limit.
  // ("180 days" was always a figure, held to no bound: "Fund balance 180 days or greater".)
  const minutes = cell.value.kind === "number" && LONG_TIME_UNIT.test(cell.value.unit ?? "");
  const written = cell.value.kind === "text" ? cell.value.text : minutes ? cell.value.raw : null;
  if (typeof written !== "string") return cell;
  const match = TIME_LIMIT.exec(written);
  if (match?.[2] === undefined || match[3] === undefined) return cell;
  const digits = match[2];
  const step = digits.includes(".") ? 10 ** -(digits.split(".")[1]?.length ?? 0) : 1;
  const value: NumberValue = {
    kind: "number",
    value: Number(digits),
    unit: match[3],
    qualifier: "atMost",
    percent: false,
    step,
    raw: written,
  };
  return { address: cell.address, value };
}

/**
 * A standard's target is the share of cases it promises ("94% within 1.5 hours", "100% compliance"):
 * a time ("24 hours", "Half a day") or a tolerance ("not exceeding ±3%") sets none, the result beside
 * it being the share of cases that met it.
 */
function shareOfStandard(cell: SourceCell | null): SourceCell | null {
  if (cell === null) return null;
  if (cell.value.kind === "number") return cell.value.percent ? cell : null;
  if (cell.value.kind !== "text" || /±|\+\/-/.test(cell.value.text)) return null;
  const value = percentInSentence(cell.value.text);
  return value === null ? null : { address: cell.address, value };
}

/** "Target 6,000 Outturn 4,579" in one cell: its target and its result, both at the cell. */
function packedIn(cell: SourceCell | null): { target: SourceCell; actual: SourceCell } | null {
  if (cell === null || cell.value.kind !== "text") return null;
  const pair = packedTargetAndResult(cell.value.text);
  return pair && { target: { ...cell, value: pair.target }, actual: { ...cell, value: pair.actual } };
}

function periodInputs(view: SheetView, r: number, periods: readonly PeriodColumns[], nameCol: number): PeriodInput[] {
  const at = (c: number | undefined): SourceCell | null => (c === undefined ? null : sourceCell(view, r, c));
  return periods.map((p) => {
    const pair = p.actualInTarget && p.target !== undefined ? targetWithBracketedActual(view, r, p.target) : null;
    const period = p.period;
    const points = (c: SourceCell | null, yes: boolean | undefined) => (c !== null && yes ? asPoints(c) : c);
    // Each cell parsed once: this runs for every row of a table of 20,000.
    const actualCell = pair?.actual ?? at(p.actual);
    const targetCell = pair?.target ?? at(p.target);
    const packed = pair ?? packedIn(actualCell) ?? packedIn(targetCell);
    const actual = sentenced(points(packed?.actual ?? actualCell, p.actualInPoints));
    const target =
      p.targetInName && packed === null
        ? targetOfName(view, r, nameCol, actual, p.actual === undefined && p.actualSum === undefined)
        : p.targetShare
          ? shareOfStandard(targetCell)
          : (targetSentenced(sentenced(points(packed?.target ?? timeLimit(targetCell, p), p.targetInPoints)), actual) ??
            (p.target === undefined ? labelledTargetOfName(view, r, nameCol, actual) : null));
    const reported =
      p.reportedInPoints && p.reported !== undefined ? asPoints(sourceCell(view, r, p.reported)) : at(p.reported);
    // Read for every row of a table: the common shape as one literal, the spreads (slow) only where
    // the period has a stated sum or a baseline.
    if (!p.actualSum && p.baseline === undefined && p.difference === undefined)
      return { period, target, actual, reported, ratings: [] };
    return {
      period,
      target,
      actual,
      ...(p.actualSum ? { actualParts: p.actualSum.map((c) => sourceCell(view, r, c)) } : {}),
      reported,
      ...(p.baseline !== undefined ? { baseline: sourceCell(view, r, p.baseline) } : {}),
      ...(differenceCell((c) => sourceCell(view, r, c), p) ?? {}),
      ratings: [],
    };
  });
}

/**
 * "Target: 100%" on the row under an indicator (New Zealand reports): the target of the period whose
 * column holds the status beside it ("Not achieved"), or of the latest period where none does. Only
 * where that period has no target of its own.
 */
function targetLine(view: SheetView, r: number, shape: ColumnShape, indicators: DetectedIndicator[]): boolean {
  const match = /^(?:target|目標值?)\s*[:：]\s*(.+)$/i.exec(view.text(r, shape.nameCol));
  const previous = indicators[indicators.length - 1];
  if (!match?.[1] || !previous) return false;
  const value = parseValue({ value: match[1] });
  if (value.kind !== "number") return false;
  const periods = previous.periods as PeriodInput[];
  const marked = shape.periods.findIndex((p) => p.actual !== undefined && view.text(r, p.actual) !== "");
  const years = periods.map((p) => p.period?.year ?? -Infinity);
  const k = marked >= 0 ? marked : years.indexOf(maxOf(years));
  const period = periods[k];
  if (period === undefined || (period.target !== null && period.target.value.kind !== "missing")) return false;
  periods[k] = { ...period, target: { address: view.address(r, shape.nameCol), value } };
  return true;
}

function figureColumns(shape: ColumnShape): number[] {
  return shape.periods.flatMap((p) =>
    [p.target, p.actual, p.reported, ...(p.actualSum ?? [])].filter((c): c is number => c !== undefined),
  );
}

/** Columns numbered in a row: "1 | 2 | 3 | 4 …" (or "(1) | (2) …"), each one more than the one before. */
const COLUMN_NUMBERS = 4;

function numbersTheColumns(view: SheetView, row: number): boolean {
  const numbers: number[] = [];
  for (let c = view.left; c <= view.right; c++) {
    const text = view.text(row, c).replace(/^[(（]\s*(\d+)\s*[)）]$/, "$1");
    if (text === "") continue;
    if (!/^\d{1,2}$/.test(text)) return false;
    numbers.push(Number(text));
  }
  // "1 | 14 | 15 | …" (a table continued under its first: the names' column still 1, the others go on).
  const rest = numbers.slice(1);
  const run = rest.every((n, i) => i === 0 || n === (rest[i - 1] ?? 0) + 1);
  return numbers.length >= COLUMN_NUMBERS && run && (numbers[0] === 1 || numbers[0] === (rest[0] ?? 0) - 1);
}

/** A row whose figure cells are all empty: a goal or section title, not an indicator with "--". */
function figuresBlank(view: SheetView, r: number, shape: ColumnShape): boolean {
  // Asked of most rows of a table: loops, not a list of each period's cells per row.
  const blank = (c: number | undefined): boolean => c === undefined || view.text(r, c).trim() === "";
  for (const p of shape.periods) {
    if (!blank(p.target) || !blank(p.actual) || !blank(p.reported)) return false;
    if (p.actualSum) for (const c of p.actualSum) if (!blank(c)) return false;
  }
  return true;
}

/** An outline code: 1, 02, 003 (款 | 項 | 目 | 節 of a budget statement). */
const OUTLINE_CODE = /^\d{1,3}$/;

/**
 * Columns left of the names that hold outline codes (款 | 項 | 目 | 節): each headed, each holding
 * short codes on some rows and nothing else, two at least. Empty where the table has no outline.
 */
function outlineColumns(view: SheetView, shape: ColumnShape, rows: readonly number[]): number[] {
  const cols = shape.band.columns.filter((c) => c.col < shape.nameCol && !shape.nameCols.includes(c.col));
  const coded = cols.filter((c) => {
    let codes = 0;
    for (const r of rows) {
      const text = view.text(r, c.col);
      if (text === "") continue;
      if (!OUTLINE_CODE.test(text)) return false;
      codes++;
    }
    return codes > 0;
  });
  return coded.length >= 2 ? coded.map((c) => c.col) : [];
}

/** The depth of row r in the outline: the first outline column its code stands in, or null. */
function outlineDepth(view: SheetView, r: number, cols: readonly number[]): number | null {
  const k = cols.findIndex((c) => view.text(r, c) !== "");
  return k < 0 ? null : k;
}

/** A dash standing for "none" (-, －, —), as budget statements print a line with no amount. */
const DASH = /^[-－—–‐]+$/;

/** A row whose figure cells hold dashes and nothing else. */
function figuresDashed(view: SheetView, r: number, shape: ColumnShape): boolean {
  let dashes = 0;
  for (const c of figureColumns(shape)) {
    const text = view.text(r, c).trim();
    if (DASH.test(text)) dashes++;
    else if (text !== "") return false;
  }
  return dashes > 0;
}

/** "2007-2008 | Sub-total (R) Regulatory Service": a total's word in a column beside the names, left of the figures. */
function totalBesideName(view: SheetView, r: number, nameCol: number, firstFigure: number): boolean {
  for (let c = nameCol + 1; c < firstFigure; c++) if (isAggregateLabel(view.text(r, c))) return true;
  return false;
}

/** Whether a row's year column dates the first period's figures: it stands left of them, or they have no year. */
function datesFigures(shape: ColumnShape, periodCol: number): boolean {
  const [first] = shape.periods;
  if (first === undefined || first.period === null) return true;
  const cols = [first.target, first.actual].filter((c): c is number => c !== undefined);
  return cols.every((c) => periodCol < c);
}

/** Of measures side by side (expenses | revenue), the one the row fills: the first where none is. */
function filledGroup(periods: PeriodInput[]): PeriodInput[] {
  const filled = periods.find((p) => hasFigure([p])) ?? periods[0];
  return filled ? [filled] : [];
}

function hasFigure(periods: readonly PeriodInput[]): boolean {
  // Asked of every row of a table: loops, not a list of each period's cells per row.
  const figure = (c: SourceCell | null): boolean => c !== null && c.value.kind === "number";
  for (const p of periods) {
    if (figure(p.target) || figure(p.actual)) return true;
    if (p.actualParts) for (const c of p.actualParts) if (figure(c)) return true;
  }
  return false;
}

/**
 * Whether another header starts on row r (a second block's 項目 | 98 | 99 …), ending this table even
 * where its years read as figures. A row with figures can only be a header of bare years, and such a
 * header needs a blank or a title above it, or a header word at its left (bareYearsAreHeader), so a
 * data row under a data row is settled without reading its header band: that read was the most of
 * analysing a long table.
 */
function startsAnotherHeader(view: SheetView, r: number, figures: boolean, shape: ColumnShape): boolean {
  const labelCol = shape.nameCol;
  // A goal merged down from a data row over this one ("Creating a tax … climate" over its measures):
  // the row is that goal's, inside the table; a header starts where its merges do.
  if (shape.goalCol !== null && mergedFromData(view, r, shape.goalCol, shape.band.bottom)) return false;
  if (figures && repeatsYears(view, r, shape)) return true;
  // The header printed again on the next row (a table continued on a new page): this row is data.
  if (figures && repeatsHeaderTop(view, r + 1, shape)) return false;
  // "Category | Agreed limit | Target/actual" under a table headed "Category | Target | Actual": the
  // name column's header word again starts the next table, whatever the words beside it.
  const labelHeader = shape.band.columns.find((c) => c.col === labelCol)?.text ?? "";
  if (!figures && labelHeader !== "" && view.text(r, labelCol) === labelHeader && startsHeader(view, r)) return true;
  if (figures && r - 1 >= view.top && startsHeader(view, r - 1)) {
    const label = view.text(r, labelCol);
    if (/\d/.test(label) || headerRole(label) === null) return false;
  }
  // Sentences in two cells are targets and results written out, not a header (asked last: a scan of the row).
  if (sentenceRow(view, r)) return false;
  const next = shapeOf(view, bandOf(view, r, headerRowsFrom(view, r)));
  // "102年度" reads as a figure with a unit; a header of years, labelled or bare, is still a header.
  return next !== null && (!figures || next.band.columns.some((c) => c.period !== null));
}

/** Whether row r holds the header's first row again, cell for cell (checked at the names' column first). */
function repeatsHeaderTop(view: SheetView, r: number, shape: ColumnShape): boolean {
  const top = shape.band.top;
  if (r > view.bottom || view.text(r, shape.nameCol) !== view.text(top, shape.nameCol)) return false;
  for (let c = view.left; c <= view.right; c++) if (view.text(r, c) !== view.text(top, c)) return false;
  return true;
}

/** Whether a merge covering (r, col) starts on a row below the header, above r. */
function mergedFromData(view: SheetView, r: number, col: number, headerBottom: number): boolean {
  const top = view.mergedFromRow(r, col);
  return top !== null && top > headerBottom;
}

/** A row holding the header's own years in the same columns (2017 | 2018 | 2019): the next table's header. */
function repeatsYears(view: SheetView, r: number, shape: ColumnShape): boolean {
  // Asked of every row with a figure: a table of fewer than two dated periods settles it at once.
  let years = 0;
  for (const p of shape.periods) if (p.period && (p.actual ?? p.target) !== undefined) years++;
  if (years < 2) return false;
  for (const p of shape.periods) {
    const col = p.actual ?? p.target;
    if (!p.period || col === undefined) continue;
    if (parsePeriod(view.cell(r, col).value)?.label !== p.period.label) return false;
  }
  return true;
}

/** An item's number on its own ("(1)", "1.", "一、", "（三）"): the row's numbering, not a goal. */
const ITEM_NUMBER = /^[(（]?\s*(?:\d{1,3}|[一二三四五六七八九十百]{1,4})\s*[)）.、．]?$/;

/** A number's style, so "(2)" and "(5)" are one level and "一、" and "1." two: "(9)", "一、", "9.". */
function numberStyle(text: string): string {
  return text
    .replace(/\d+/g, "9")
    .replace(/[一二三四五六七八九十百]+/g, "一")
    .replace(/\s+/g, "");
}

/**
 * The columns a goal header spans (策略績效目標 merged over 一 | 輔導服務業發展…): the goal column and
 * those right of it, left of the names, under the same header text.
 */
function goalColumns(shape: ColumnShape): number[] {
  const from = shape.goalCol;
  if (from === null) return [];
  const header = shape.band.columns.find((h) => h.col === from)?.text;
  const cols = [from];
  for (let c = from + 1; c < shape.nameCol && shape.band.columns.some((h) => h.col === c && h.text === header); c++)
    cols.push(c);
  return cols;
}

/** A row's goal over its columns, its number kept as the source writes one: "一、輔導服務業發展…". */
function goalOf(view: SheetView, r: number, cols: readonly number[]): string {
  // One column (the most tables): its text, the line breaks joined, with nothing allocated per row.
  if (cols.length === 1 && cols[0] !== undefined) {
    const text = view.text(r, cols[0]);
    return text.includes(" ") ? joinCjkLines(text) : text;
  }
  const parts: string[] = [];
  for (const c of cols) {
    const text = view.text(r, c);
    if (text !== "" && parts[parts.length - 1] !== text) parts.push(text);
  }
  const [number, ...rest] = parts.map((p) => (p.includes(" ") ? joinCjkLines(p) : p));
  if (number === undefined || rest.length === 0) return number ?? "";
  const cjkNumber = ITEM_NUMBER.test(number) && /[一二三四五六七八九十百]$/.test(number);
  return `${number}${cjkNumber ? "、" : /[、．]$/.test(number) ? "" : " "}${rest.join(" ")}`;
}

/** A line break inside a goal written in Chinese ("打造觀光\n、休閒", read as a space) joined without one. */
function joinCjkLines(text: string): string {
  // Asked of every row's goal ("目標 1" has a space, no break): the regex only where a space has CJK on both sides.
  for (let i = text.indexOf(" "); i > 0; i = text.indexOf(" ", i + 1))
    if (isCjk(text.charCodeAt(i - 1)) && isCjk(text.charCodeAt(i + 1)))
      return text.replace(/([\u3000-\u9fff]) (?=[\u3000-\u9fff])/g, "$1");
  return text;
}

function isCjk(code: number): boolean {
  return code >= 0x3000 && code <= 0x9fff;
}

/** The name on a row, and the category a merged name header's left columns give it. */
function nameOf(view: SheetView, r: number, shape: ColumnShape): { name: string; parent: string } {
  const texts: string[] = [];
  for (const c of shape.nameCols) {
    const text = view.text(r, c);
    if (text !== "" && texts[texts.length - 1] !== text) texts.push(text);
  }
  if (shape.joinNames) return { name: texts.join(" "), parent: "" };
  return { name: texts[texts.length - 1] ?? "", parent: texts.slice(0, -1).join("／") };
}

/** Years down the rows (年度 | 預算數 | 決算數): one indicator, named by the table's title. */
function readSeries(view: SheetView, shape: ColumnShape, taken: Set<number>, tableIndex: number, title: string | null) {
  const periods: PeriodInput[] = [];
  let last = shape.band.bottom;
  const periodCol = shape.periodCol ?? shape.nameCol;
  // Under a header of months ("Bulan", "Month") a month named without its year is the table's year's.
  const monthsHeaded = shape.band.columns.some((c) => c.col === periodCol && c.role === "period");
  for (let r = shape.band.bottom + 1; r <= view.bottom && !taken.has(r); r++) {
    const month = monthsHeaded ? periodWithinYear(view.text(r, periodCol)) : null;
    const period = parsePeriod(view.cell(r, periodCol).value) ?? (month?.month === undefined ? null : month);
    if (period === null) break;
    const [input] = periodInputs(view, r, shape.periods, shape.nameCol);
    if (input) periods.push({ ...input, period });
    taken.add(r);
    last = r;
  }
  const name = indicatorNameFromTitle(tableName(title, view.sheet));
  const indicator: DetectedIndicator = {
    ...namedIndicator(name, null, periods, tableIndex),
    kindHint: shape.kind === "execution" ? "execution" : null,
    planOnly: shape.kind === "plan",
  };
  return { indicators: periods.length > 0 ? [indicator] : [], aggregates: [], last };
}

/** A plan whose names are the targets, each line a sentence that sets its own (captionedPlan's list). */
function listsTargets(shape: ColumnShape): boolean {
  return shape.kind === "plan" && shape.periods.every((p) => p.targetInName && p.target === shape.nameCol);
}

/**
 * "To maintain expenditure within cash limits and to approved budget plans.", "Provide high quality
 * policy advice to Ministers.": a target stated with no figure is still a line of the list; "Quality of
 * Service" over them is its heading and "… as follows:" leads into the lines under it.
 */
function targetSentence(text: string): boolean {
  if (/[:：]\s*$/.test(text)) return false;
  return /[.。]\s*$/.test(text) || text.trim().split(/\s+/).length >= 6;
}

/** Rows an outline's columns are told from: enough for every level to appear, cheap on a long table. */
const OUTLINE_SAMPLE = 60;

/**
 * Reads the rows under one header. Category rows (a goal or section title alone on its row) set the
 * category; aggregate rows (小計, 合計, Total) are kept apart for checking, never indicators.
 */
function readRows(view: SheetView, shape: ColumnShape, taken: Set<number>, tableIndex: number) {
  const percentRows = unitsIncludePercent(view, shape.band.top);
  const figureCols = figureColumns(shape);
  const firstFigure = minOf(figureCols);
  // "Percentage" over the names (the corner cell of Target | Outcome pairs): every row's unit.
  const percentTable = PERCENT_UNIT.test(shape.band.columns.find((c) => c.col === shape.nameCol)?.text ?? "");
  const sample: number[] = [];
  for (let r = shape.band.bottom + 1; r <= Math.min(view.bottom, shape.band.bottom + OUTLINE_SAMPLE); r++)
    sample.push(r);
  const outline = outlineColumns(view, shape, sample);
  const goalCols = goalColumns(shape);
  const indicators: DetectedIndicator[] = [];
  const aggregates: AggregateRow[] = [];
  let last = shape.band.bottom;
  let blankRun = 0;
  let category: string | null = null;
  // "2007-08" alone on its row over the measures: the rows under it are that year's.
  let sectionPeriod: Period | null = null;
  // The number style of the heading that set the category ("(9)" for "(2) Average Waiting Time"): an
  // item numbered in the same style is that heading's sibling, not one of its rows.
  let categoryStyle: string | null = null;
  // A numbered heading ("(2) Average Waiting Time for PRH (years)") whose unnumbered rows break it down.
  let heading: { text: string; numbered: boolean } | null = null;
  // With a period column, one unit's rows may stand apart (每月 every agency): its periods join it.
  const byName = new Map<string, DetectedIndicator>();
  const targetsListed = listsTargets(shape);
  const verdictCols = verdictColumns(shape);
  for (let r = shape.band.bottom + 1; r <= view.bottom && blankRun < 2; r++) {
    if (view.isBlankRow(r)) {
      blankRun++;
      continue;
    }
    if (taken.has(r)) break;
    // "1 | 2 | 3 | … | 16" under the header (a finance department's expenditure statement): the
    // columns' numbers, the header's last row, no line of the table.
    if (r === shape.band.bottom + 1 && numbersTheColumns(view, r)) {
      taken.add(r);
      continue;
    }
    const read = periodInputs(view, r, shape.periods, shape.nameCol);
    const grouped = shape.eitherGroup ? filledGroup(read) : read;
    const periods = verdictCols === null ? grouped : withVerdict(view, r, grouped, verdictCols);
    const figures = hasFigure(periods);
    const listed = targetsListed && targetSentence(view.text(r, shape.nameCol));
    if (!listed && startsAnotherHeader(view, r, figures, shape)) break;
    blankRun = 0;
    const { name, parent } = nameOf(view, r, shape);
    const number = ITEM_NUMBER.test(parent) ? parent : null;
    // "(1)" left of an indicator's name is its number: HKHA's items were summed up as goals "(1)", "(5)".
    const goal = shape.goalCol === null ? (number === null ? parent : "") : goalOf(view, r, goalCols);
    if (FOOTNOTE.test(name) && !figures) break;
    last = r;
    taken.add(r);
    const stacked = figures ? null : stackedRow(view, r, shape);
    if (stacked) {
      for (const item of stacked.lines)
        indicators.push(stackedItem(view, r, shape, tableIndex, item, stacked.heading ?? (goal || category)));
      continue;
    }
    const slot = shape.rolesCol === undefined ? null : slotOfRow(view, r, shape.rolesCol);
    const further = r > shape.band.bottom + 1 && shape.nameCols.every((c) => view.isMergedFromAbove(r, c));
    // Revised Estimates, Actual Expenditure under a scheme's Budget Estimates: the scheme's lines.
    const owner = indicators[indicators.length - 1];
    if (slot !== null && owner && (further || name === "")) {
      const stated = slotByArithmetic(owner.periods, periods, slot);
      foldInto(owner.periods as PeriodInput[], inSlot(periods, stated), stated);
      continue;
    }
    // A second line of the row above (its label merged down over it: 109 over its amounts and its
    // percent row) is neither another indicator nor another period.
    if (further) continue;
    // A name read in parts ("第4章 環境 | 計") is a total where its own last part says so.
    const rowLabel = (shape.joinNames ? view.text(r, shape.nameCol) : "") || name || goal || view.text(r, view.left);
    if (
      isAggregateLabel(rowLabel) ||
      isAggregateLabel(view.text(r, view.left)) ||
      totalBesideName(view, r, shape.nameCol, firstFigure)
    ) {
      // Under a period column the total is of its row's period (總計 at the head of each month).
      const own = shape.periodCol === null ? null : parsePeriod(view.cell(r, shape.periodCol).value);
      const dated = own && periods[0] ? [{ ...periods[0], period: own }] : periods;
      aggregates.push({ row: r, label: rowLabel, periods: dated, first: indicators.length });
      continue;
    }
    // A section title merged across the table ("Local and Non-local Mail" over A:D) fills the figure
    // columns with its own text: one text on the row, no figure, is a category, not an indicator.
    const sectionTitle = !figures && !listed && !startsHeader(view, r);
    if (sectionTitle || (figuresBlank(view, r, shape) && (name === "" || name === goal || shape.kind !== "plan"))) {
      const dated = sectionTitle ? periodOfSection(name, shape) : null;
      if (dated) sectionPeriod = dated;
      else if (name !== "" && (shape.kind !== "plan" || sectionTitle)) {
        category = name;
        categoryStyle = number === null ? null : numberStyle(number);
      }
      heading = name === "" ? null : { text: name, numbered: parent !== "" };
      continue;
    }
    if (parent !== "") heading = null;
    if (number !== null && categoryStyle !== null && numberStyle(number) === categoryStyle) {
      category = null;
      categoryStyle = null;
    }
    const subRow = (heading?.numbered === true && parent === "") || looksIndented(view, r, shape.nameCol);
    const measure = subRow && heading && UNIT_IN_BRACKETS.test(heading.text) ? heading.text : null;
    if (targetLine(view, r, shape, indicators)) {
      last = r;
      taken.add(r);
      continue;
    }
    // One text merged across the name and the figure columns ("具體作法" over B:G) is a note.
    // Its sentence may quote a figure ("On schedule = 185 projects (87.67%)"): still the note's, no row's.
    if (figureCols.every((c) => view.isMergedTail(r, c) && view.text(r, c) === name)) continue;
    const previous = indicators[indicators.length - 1];
    const single = periods[0];
    if (shape.kind === "long" && previous && single && looksIndented(view, r, shape.nameCol)) {
      const blankTarget = single.target === null || single.target.value.kind === "missing";
      // Parts of the row above: without a target of their own under one that has it. Where no row
      // has a target (a charter's shares met), "2." under "1." is the next item.
      const parentTarget = previous.periods[0]?.target?.value.kind === "number";
      if (blankTarget && parentTarget && single.actual !== null) {
        (previous.components as ComponentCell[]).push({ ...single.actual, name: name.trim() });
        continue;
      }
    }
    if ((shape.periodCol !== null || sectionPeriod !== null) && single) {
      // "轉入年度" rows (104 … 108) executed in the header's 109: the row's own year where it has one.
      // A year column right of a dated period's figures ("2007-08" over Forecast | Actual, then
      // "Planning Years" over Fiscal Year | Forecast) dates the columns beside it, not those.
      const own =
        shape.periodCol === null
          ? sectionPeriod
          : datesFigures(shape, shape.periodCol)
            ? parsePeriod(view.cell(r, shape.periodCol).value)
            : null;
      const period = own ?? single.period;
      const withPeriod = { ...single, period };
      const same = name === "" ? previous : byName.get(`${goal || category || ""}\u0000${name}`);
      const label = period?.label;
      if (same && period !== null && !same.periods.some((p) => p.period?.label === label)) {
        (same.periods as PeriodInput[]).push(withPeriod);
        continue;
      }
      periods[0] = withPeriod;
    }
    // A budget book's detail line: no 科目 of its own, its figures described in 說明 ("防救災系統設備網路租用費。").
    const described =
      name === "" && goal === "" && figures && shape.remarksCol !== null ? view.text(r, shape.remarksCol) : "";
    const displayName = name || goal || described;
    if (displayName === "") continue;
    // A unit with nothing allotted and nothing spent ("-" in every measured cell, 第二預備金 with its
    // budget only) has no execution to report: no indicator, not a category either.
    if (shape.kind === "execution" && !figures && !figuresBlank(view, r, shape)) continue;
    // The same in a comparison: a line with "-" for every year was never budgeted.
    if (shape.kind === "comparison" && figuresDashed(view, r, shape)) continue;
    // Under "單位：千元；%", a share row (占比 36.51) is in percent; the amounts are not.
    if (percentRows && SHARE.test(displayName)) periods.forEach((p, i) => (periods[i] = inPoints(p)));
    const text = (c: number | null) => (c === null ? "" : view.text(r, c));
    // A unit column saying % beside bare 90 and 75: percentage points, as the row's unit states.
    if ((percentTable || PERCENT_UNIT.test(text(shape.unitCol))) && barePoints(periods))
      periods.forEach((p, i) => (periods[i] = inPoints(p)));
    indicators.push({
      name: displayName,
      nameCell: view.address(
        r,
        name ? shape.nameCol : described ? (shape.remarksCol ?? shape.nameCol) : (shape.goalCol ?? shape.nameCol),
      ),
      statedUnit: text(shape.unitCol) || null,
      // Spending against a budget is read as an execution rate, whatever the line (業務成本, 人事費).
      statedDirection:
        shape.directionCol !== null
          ? statedDirection(text(shape.directionCol))
          : shape.sharesMet || shape.kind === "execution"
            ? "higher"
            : null,
      periods: slot === null ? periods : inSlot(periods, slot),
      table: tableIndex,
      components: [],
      remark: text(shape.remarksCol) || null,
      criteria: text(shape.criteriaCol) || null,
      category: goal || category,
      weight: weightInName(displayName),
      kindHint: shape.kind === "execution" ? "execution" : null,
      planOnly: shape.kind === "plan",
      heading: measure,
      budgetParts: shape.budgetParts.map((c) => sourceCell(view, r, c)),
      ...(outline.length > 0 ? { outline: outlineDepth(view, r, outline) } : {}),
    });
    if ((shape.periodCol !== null || sectionPeriod !== null) && name !== "") {
      const key = `${goal || category || ""}\u0000${name}`;
      const added = indicators[indicators.length - 1];
      if (added && !byName.has(key)) byName.set(key, added);
    }
  }
  return { indicators, aggregates, last };
}

/** One line of a stacked row, an indicator of its own under the row's heading. */
function stackedItem(
  view: SheetView,
  r: number,
  shape: ColumnShape,
  tableIndex: number,
  item: StackedRow["lines"][number],
  category: string | null,
): DetectedIndicator {
  return {
    ...namedIndicator(item.name, view.address(r, shape.nameCol), item.periods, tableIndex),
    statedDirection: shape.sharesMet || shape.kind === "execution" ? "higher" : null,
    category,
    kindHint: shape.kind === "execution" ? "execution" : null,
    planOnly: shape.kind === "plan",
  };
}

type Read = ReturnType<typeof readRows>;

/** The sheet row an indicator's name stands on (its address's digits, less one). */
function rowOfName(indicator: DetectedIndicator): number {
  return Number(/\d+$/.exec(indicator.nameCell ?? "")?.[0] ?? 0) - 1;
}

/** The rows of a table as read, totals included (a total's rate follows the same arithmetic). */
function dataRows(shape: ColumnShape, read: Read): number[] {
  const rows: number[] = [];
  for (let r = shape.band.bottom + 1; r <= read.last; r++) rows.push(r);
  return rows;
}

/** A table's rows given back, to be read again under a changed shape. */
function release(shape: ColumnShape, read: Read, taken: Set<number>): void {
  for (let r = shape.band.bottom + 1; r <= read.last; r++) taken.delete(r);
}

/**
 * The header's reading, confirmed or corrected by the table's own arithmetic (confirm-shape.ts); the
 * rows are read again where the roles changed.
 */
function confirmByArithmetic(view: SheetView, shape: ColumnShape, read: Read, taken: Set<number>, tableIndex: number) {
  const rows = dataRows(shape, read);
  const confirmed = confirmShape(view, shape, rows);
  // A printed difference (Variance) is checked on every row once the table states its relation.
  const final = withStatedDifference(view, confirmed.shape, rows);
  if (final === shape) return { shape, confirmed, read };
  release(shape, read, taken);
  return { shape: final, confirmed: { ...confirmed, shape: final }, read: readRows(view, final, taken, tableIndex) };
}

/** A series (years down) whose printed difference (Value vs Target) is checked on every year, as a table's is. */
function seriesWithDifference(
  view: SheetView,
  shape: ColumnShape,
  read: Read,
  taken: Set<number>,
  tableIndex: number,
  title: string | null,
) {
  const stated = withStatedDifference(view, shape, dataRows(shape, read));
  if (stated === shape) return { shape, confirmed: null, read };
  release(shape, read, taken);
  return { shape: stated, confirmed: null, read: readSeries(view, stated, taken, tableIndex, title) };
}

/** One table under its header, read, confirmed by its arithmetic and with its totals apart; null where it holds nothing. */
function readTable(
  view: SheetView,
  band: HeaderBand,
  shape: ColumnShape,
  taken: Set<number>,
  tableIndex: number,
): { found: Found | null; last: number } {
  const title = titleAbove(view, band.top);
  const series = shape.periodCol !== null && shape.periodCol === shape.nameCol;
  const first = series ? readSeries(view, shape, taken, tableIndex, title) : readRows(view, shape, taken, tableIndex);
  const {
    shape: final,
    confirmed,
    read,
  } = series
    ? seriesWithDifference(view, shape, first, taken, tableIndex, title)
    : confirmByArithmetic(view, shape, first, taken, tableIndex);
  const { last } = read;
  const separated = series ? read : separateSubtotals(read.indicators, read.aggregates, rowOfName);
  const aggregates = separated.aggregates;
  const block =
    final.kind === "comparison"
      ? (rowsAsRoles(separated.indicators, title, view.sheet) ??
        metOfCases(separated.indicators, separated.aggregates, title, view.sheet))
      : null;
  const doubtful = confirmed?.doubtful != null;
  const indicators = withGoalAbove(
    inYearOfTitle(
      (block ? [block] : separated.indicators).map((i) =>
        doubtful ? { ...percentByName(i), doubtful } : percentByName(i),
      ),
      periodOfTitle(view.sheet, title),
    ),
    final.sharesMet ? goalAbove(view, band.top) : null,
  );
  if (final.kind === "comparison" && indicators.length === 0) return { found: null, last };
  for (let r = band.top; r <= band.bottom; r++) taken.add(r);
  const period = final.periods.some((p) => p.period !== null) ? null : periodOfTitle(view.sheet, title);
  const cols = band.columns.map((c) => c.col);
  const headerCell = (col: number) => view.address(band.top, col);
  const table: DetectedTable = {
    kind: final.kind === "comparison" ? "periodComparison" : final.kind === "long" ? "longTable" : final.kind,
    range: rangeOf(view, band.top, minOf(cols), last, maxOf(cols)),
    title,
    period,
    reading: readingOf(view, final.band, final),
    aggregates,
    certainty: confirmed?.certainty ?? "probable",
    evidence: (confirmed?.evidence ?? []).map((e) => ({
      ...e,
      rate: headerCell(e.rate),
      of: headerCell(e.of),
      over: headerCell(e.over),
    })),
    doubtfulColumn: confirmed?.doubtful != null ? headerCell(confirmed.doubtful) : null,
  };
  return { found: { table, indicators }, last };
}

/**
 * Quarters or months named without their year (Target | Q1 | Q2 | Q3 | Q4) under a title that names
 * one year ("2022" over the block, "2021" over the next): the periods are that year's, and two blocks
 * of one sheet are two years' quarters, never one year's twice.
 */
function inYearOfTitle(indicators: DetectedIndicator[], titled: Period | null): DetectedIndicator[] {
  if (titled === null || titled.quarter !== undefined || titled.month !== undefined || titled.relative !== undefined)
    return indicators;
  const dated = (period: Period): Period => {
    if (period.year !== 0 || period.relative !== 0) return period;
    // Said as written, with the year after it: "Q1 2022", "Jan-Mar 2023", "JAN 2017".
    const label = `${period.label} ${titled.label}`;
    if (period.quarter !== undefined) return { ...titled, label, quarter: period.quarter };
    if (period.month !== undefined) return { ...titled, label, month: period.month };
    return period;
  };
  return indicators.map((i) => ({
    ...i,
    periods: i.periods.map((p) => (p.period === null ? p : { ...p, period: dated(p.period) })),
  }));
}

/** Rows above a header searched for the goal a table of shares met is held to. */
const GOAL_ROWS = 6;
/** "Our goal is that 80% of the applications … will meet the published service standards", 目標為 95% 案件於…內完成. */
const GOAL_SENTENCE = /\b(?:goal|target|aim|objective)s?\b|目標/i;
const MEETING = /\bmeet|\bmet\b|\bwithin\b|standard|達成|符合|以內|內完成/i;

/**
 * The share every row of a table of shares met is held to, where a sentence above the header states
 * it once ("Our goal is that 80% of the applications received by the Department will meet the
 * published service standards", Canadian Heritage): its one percentage, in the cell it stands in.
 */
function goalAbove(view: SheetView, top: number): SourceCell | null {
  for (let r = top - 1; r >= Math.max(view.top, top - GOAL_ROWS); r--) {
    const text = view.text(r, view.left);
    if (!GOAL_SENTENCE.test(text) || !MEETING.test(text)) continue;
    const value = percentInSentence(text);
    if (value !== null) return { address: view.address(r, view.left), value };
  }
  return null;
}

/** Each period of a share met with no target of its own is held to the goal stated above the table. */
function withGoalAbove(indicators: DetectedIndicator[], goal: SourceCell | null): DetectedIndicator[] {
  if (goal === null) return indicators;
  return indicators.map((i) => ({
    ...i,
    periods: i.periods.map((p) =>
      p.target === null && p.actual?.value.kind === "number" && p.actual.value.percent ? { ...p, target: goal } : p,
    ),
  }));
}

/** Blocks of a sheet tried as tables without a header: each try reads up to 200 rows of 40 columns. */
const MAX_HEADERLESS_TRIES = 16;

/** The first row of a block: the sheet's first, or under a blank row. */
function blockStart(view: SheetView, r: number): boolean {
  return r === view.top || view.isBlankRow(r - 1);
}

/** A table without a header row, its roles from a column of differences (headerless.ts). */
function readHeaderless(view: SheetView, top: number, taken: Set<number>, tableIndex: number) {
  const reading = readingWithoutHeader(view, top, taken);
  if (reading === null) return null;
  const { found, last } = readTable(view, reading.shape.band, reading.shape, taken, tableIndex);
  taken.delete(top - 1);
  if (found === null) return null;
  const { col, of, over } = reading.difference;
  const table: DetectedTable = {
    ...found.table,
    range: rangeOf(view, top, view.left, last, view.right),
    reading: { ...found.table.reading, layout: "headerless", header: "" } as TableReading,
    certainty: "certain",
    evidence: [
      {
        rate: view.address(top, col),
        relation: "difference",
        of: view.address(top, of),
        over: view.address(top, over),
        agree: reading.agree,
        rows: reading.rows,
        decimals: reading.decimals,
      },
    ],
  };
  return { found: { table, indicators: found.indicators }, last };
}

/** A shape read on one group of period columns, moved to another group laid out alike. */
function movedShape(shape: ColumnShape, from: readonly number[], to: readonly number[], band: HeaderBand): ColumnShape {
  const move = (c: number | undefined): number | undefined => {
    const k = c === undefined ? -1 : from.indexOf(c);
    return k < 0 ? c : to[k];
  };
  const periods = shape.periods.map((p) => {
    const moved: PeriodColumns = { ...p, target: move(p.target), actual: move(p.actual), reported: move(p.reported) };
    const baseline = move(p.baseline);
    const actualSum = p.actualSum?.map((c) => move(c) ?? c);
    return { ...moved, ...(baseline === undefined ? {} : { baseline }), ...(actualSum ? { actualSum } : {}) };
  });
  return { ...shape, band, periods };
}

/**
 * Several measures over the same periods (measure-groups.ts): each group read as a table of its own
 * over the same rows, its indicators named by the group's heading. Null where a group has no shape.
 */
function readMeasureGroups(
  view: SheetView,
  band: HeaderBand,
  taken: Set<number>,
  firstIndex: number,
): { found: Found[]; last: number } | null {
  const groups =
    measureGroups(view, band) ?? roleGroups(view, band) ?? pairedMeasureGroups(band) ?? roleHeadedGroups(view, band);
  const head = groups?.[0];
  const shape = head ? shapeOf(view, head.band) : null;
  if (groups === null || head === undefined || shape === null) return null;
  // The first group's reading, moved to each group's columns: the names stay where the first found them.
  const shapes = groups.map((g) => movedShape(shape, head.cols, g.cols, g.band));
  const found: Found[] = [];
  const claimed = new Set<number>();
  let last = band.bottom;
  groups.forEach((group, k) => {
    const shape = shapes[k];
    if (!shape) return;
    const local = new Set(taken);
    const read = readTable(view, group.band, shape, local, firstIndex + found.length);
    for (const r of local) claimed.add(r);
    last = Math.max(last, read.last);
    if (read.found === null) return;
    // Years down the rows name their one indicator by the table: the group's heading names it better.
    const yearsDown = shape.periodCol !== null && shape.periodCol === shape.nameCol;
    const named = (name: string) => (yearsDown ? group.label : `${group.label}／${name}`);
    const indicators = read.found.indicators.map((i) => ({ ...i, name: named(i.name) }));
    found.push({ table: { ...read.found.table, title: group.label }, indicators });
  });
  if (found.length === 0) return null;
  for (const r of claimed) taken.add(r);
  return { found, last };
}

/**
 * Finds every table whose columns a header names: one row per indicator (budget-performance-100),
 * wide tables (2023 Target | 2023 Actual), budget execution (預算數(A) | 實現數(B) | 執行率),
 * plans with targets only, and period comparisons.
 */
export function findColumnTables(view: SheetView, taken: Set<number>, firstTable: number): Found[] {
  const found: Found[] = [];
  let headerlessTries = 0;
  for (let header = view.top; header <= view.bottom; header++) {
    if (taken.has(header)) continue;
    const captioned =
      (startsHeader(view, header) ? null : captionedPlan(view, header)) ?? labelledTargets(view, header);
    if (captioned) {
      const read = readTable(view, captioned.band, captioned, taken, firstTable + found.length);
      if (read.found) found.push(read.found);
      if (read.found) header = read.last;
      continue;
    }
    if (!startsHeader(view, header) || isCaptionRow(view, header) || fillsInForm(view, header)) continue;
    if (statesFacts(view, header) || labelledSentence(view, header)) continue;
    const band = bandOf(view, header, headerRowsFrom(view, header));
    const groups = readMeasureGroups(view, band, taken, firstTable + found.length);
    if (groups) {
      for (const f of groups.found) found.push(f);
      header = groups.last;
      continue;
    }
    const shape =
      pairedWithinHeadings(view, shapeOf(view, band)) ?? shapeFromArithmetic(view, band, taken)?.shape ?? null;
    if (shape === null) {
      // Pairs under each group (預算 | 決算) first; else a measure per column over years down the rows.
      const read =
        readCrossTab(view, band, taken, firstTable + found.length) ??
        readYearsDown(view, band, taken, firstTable + found.length) ??
        readRolesInLabels(view, band, taken, firstTable + found.length);
      if (read) found.push({ table: read.table, indicators: read.indicators });
      if (read) header = read.last;
      // No header at all (a copy that starts at the first measure): its differences may name the columns.
      const tryBare = !read && blockStart(view, header) && headerlessTries++ < MAX_HEADERLESS_TRIES;
      const bare = tryBare ? readHeaderless(view, header, taken, firstTable + found.length) : null;
      if (bare) found.push(bare.found);
      if (bare) header = bare.last;
      // A header that names nothing (field1 | field2 …): the figures as printed, compared, nothing computed.
      const unnamed = read || bare ? null : unnamedColumnsShape(view, band, taken);
      const plain = unnamed ? readTable(view, band, unnamed, taken, firstTable + found.length) : null;
      if (plain?.found) found.push(plain.found);
      if (plain?.found) header = plain.last;
      continue;
    }
    const read = readTable(view, band, shape, taken, firstTable + found.length);
    const empty = read.found === null || read.found.indicators.length === 0;
    const above = empty ? readRowAbove(view, shape, taken, firstTable + found.length) : null;
    if (read.found && !above) found.push(read.found);
    if (read.found) header = read.last;
    if (above) {
      found.push({ table: above.table, indicators: [above.indicator] });
      for (let r = above.row; r <= band.bottom; r++) taken.add(r);
      header = band.bottom;
    }
  }
  joinStackedBlocks(found);
  return found;
}
