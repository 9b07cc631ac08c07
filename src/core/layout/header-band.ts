import {
  parsePeriod,
  periodInText,
  periodWithinYear,
  relativePeriodInText,
  shortMonthYear,
  monthByMonth,
  yearInYearRow,
  type Period,
} from "../values/period";
import { parseValue } from "../values/parse-value";
import { columnLetter, FIGURE_ROLES, headerRole, type HeaderRole } from "./header-words";
import { filledCells } from "./cells";
import { isItemCode } from "./item-codes";
import type { SheetView } from "./sheet-view";
import { packedTargetAndResult } from "../values/sentence-target";

/** One column as its header (one to three rows, merged cells filled) describes it. */
export interface HeaderColumn {
  readonly col: number;
  readonly text: string;
  readonly role: HeaderRole | null;
  /** The word that gave the role, for the reading explanation. */
  readonly word: string | null;
  readonly period: Period | null;
  /** Whether the period is a bare number (104, 2018) rather than a labelled year. */
  readonly barePeriod: boolean;
  /** "(A)" in "預算數(A)": what a stated formula such as (B+C)/A refers to. */
  readonly letter: string | null;
}

export interface HeaderBand {
  readonly top: number;
  readonly bottom: number;
  readonly columns: readonly HeaderColumn[];
}

const MAX_HEADER_ROWS = 3;
const YEAR_IN_HEADER = /(?:FY|CY)?\s*\d{2,4}(?:\s*[/\-–]\s*\d{2,4})?\s*(?:年度|年)?/gi;

/** A figure in a row under the header's first row: a labelled year ("105 年") is not one. */
function cellIsFigure(view: SheetView, row: number, col: number): boolean {
  const cell = view.cell(row, col);
  if (typeof cell.value === "string" && periodInText(cell.value) !== null) return false;
  return parseValue(cell).kind === "number";
}

/**
 * Numbers that step as years do (110 | 111 | 112, at most five years apart) under a header row: a
 * year row, not data. Labelled years on the row join the sequence, so "107 年 | 100 | 120" is data.
 */
function risingYears(view: SheetView, row: number): boolean {
  const years: number[] = [];
  let bare = 0;
  // "Budget | Projected | Actual | Encumbered | … | 2007 | 2006 | 2005": beside two words that name
  // roles, a word no list holds ("Encumbered") is a header word too.
  let roles: number | undefined;
  for (let c = view.left; c <= view.right; c++) {
    const given = view.cell(row, c).value;
    if (view.isMergedTail(row, c)) continue;
    // "99" typed as text is the bare year 99, as a number would be.
    const value = typeof given === "string" && /^\d{2,4}$/.test(given.trim()) ? Number(given) : given;
    const labelled = typeof value === "string" ? periodInText(value) : null;
    if (labelled) years.push(labelled.year);
    // Beside the years a header row holds header words only ("項目" from a merge above); "A" is a data row.
    const text = view.text(row, c);
    if (
      typeof value !== "number" &&
      !labelled &&
      text !== "" &&
      ((headerRole(text) === null && (roles ??= rolesOn(view, row)) < 2) || /\d/.test(text))
    )
      return false;
    if (typeof value !== "number") continue;
    const period = parsePeriod(value);
    if (period === null) return false;
    years.push(period.year);
    bare++;
  }
  return bare >= 2 && stepsAsYears(years);
}

/** How many cells of a row name a role (Budget, Actual): a header row's words, not a data row's. */
function rolesOn(view: SheetView, row: number): number {
  let roles = 0;
  for (let c = view.left; c <= view.right; c++) if (headerRole(view.text(row, c))?.role) roles++;
  return roles;
}

/**
 * Years that rise a few at a time (110 | 111 | 112), or the same run of them again under each of
 * several headings (建議 | 投訴, each over 2017 | 2018 | 2019).
 */
function stepsAsYears(given: readonly number[]): boolean {
  // Newest first (2007 | 2006 | 2005): the same steps read from the other end.
  const falling = given.length >= 2 && given.every((y, i) => i === 0 || y < (given[i - 1] ?? 0));
  const years = falling ? [...given].reverse() : given;
  const runs: number[][] = [];
  for (const [i, y] of years.entries()) {
    const before = years[i - 1];
    const run = runs[runs.length - 1];
    if (run === undefined || before === undefined || y <= before) runs.push([y]);
    else if (y - before <= 5) run.push(y);
    else return false;
  }
  const [head] = runs;
  if (head === undefined || runs.length === 1) return true;
  const key = head.join(",");
  return head.length >= 2 && runs.every((run) => run.join(",") === key);
}

/**
 * A header starts on a row of two or more distinct cells; a title alone on its row is not one.
 * Asked of every row of a table: it stops at the second distinct text and builds nothing.
 */
export function startsHeader(view: SheetView, row: number): boolean {
  let first: string | null = null;
  for (let c = view.left; c <= view.right; c++) {
    const text = view.text(row, c);
    if (text === "") continue;
    if (first === null) first = text;
    else if (text !== first) return true;
  }
  return false;
}

const CHANGE_HEADER = /\bchange\b|\bvariance\b|\bvariation\b|\bdifference\b|比較|增減|差異/i;

/** "219-池州市贵池区棠溪镇人民政府", "51000021R000000019951-工资性支出": a unit or project under its code. */
const CODED_NAME = /^\d{3,}[A-Z\d]*\s*[-－]\s*[^\d\s-]/;

/**
 * A form's filled-in row ("主管部门 | 219-池州市… | 实施单位 | 219001-…"): a name under its code is a
 * value entered on the form, never a header word, so the row heads no table.
 */
export function fillsInForm(view: SheetView, row: number): boolean {
  for (let c = view.left; c <= view.right; c++) {
    const text = view.text(row, c);
    if (CODED_NAME.test(text) || AGENCY_NAME.test(text)) return true;
  }
  return false;
}

/** "麗江市古城區自然資源局", "某縣人民政府": an agency's full name, a value entered on a form. */
const AGENCY_NAME = /^[\u4e00-\u9fff]{3,}(?:局|人民政府|政府|署|中心|學校|学校|委員會|委员会|辦事處|办事处)$/;

const CHECK_MARK = /^[✓✔✗✘☑☒]$/u;

/** A row that can be part of a header: words and year labels, no figures, more than one distinct cell. */
export function headerLike(view: SheetView, row: number): boolean {
  if (row > view.bottom || !startsHeader(view, row)) return false;
  // A check mark answers for a row ("Was the Target Achieved?" ✓), and "Target 5% Outturn 5.7%" packs
  // two figures: data, never header words.
  for (let c = view.left; c <= view.right; c++) {
    const text = view.text(row, c);
    if (CHECK_MARK.test(text) || packedTargetAndResult(text) !== null) return false;
  }
  if (risingYears(view, row)) return true;
  for (let c = view.left; c <= view.right; c++) if (cellIsFigure(view, row, c)) return false;
  return !fillsInForm(view, row) && !placeholders(view, row);
}

/** "TBD", "N/A", "-": a cell that holds no figure yet, a data row's, never a header word. */
const PLACEHOLDER = /^(?:TBD|TBC|N\/?A|n\/?a|-|–|—|待定)$/;

/** A row whose cells are mostly placeholders (a measure not yet set: "TBD" in every column) is data. */
function placeholders(view: SheetView, row: number): boolean {
  let held = 0;
  let filled = 0;
  for (let c = view.left; c <= view.right; c++) {
    const text = view.text(row, c).trim();
    if (text === "") continue;
    filled++;
    if (PLACEHOLDER.test(text)) held++;
  }
  return held >= 3 && held * 2 >= filled;
}

/** Rows whose first cell says 年度 / Year: the texts beside it are year labels. */
function yearRows(view: SheetView, top: number, bottom: number): Set<number> {
  const rows = new Set<number>();
  for (let r = top; r <= bottom; r++) if (/^(?:年度|year)$/i.test(view.text(r, view.left))) rows.add(r);
  return rows;
}

/** Rows that run month by month in short labels (Dec 17 | Jan 18 | Feb 18): each cell its month. */
function monthRows(view: SheetView, top: number, bottom: number): Set<number> {
  const rows = new Set<number>();
  for (let r = top; r <= bottom; r++) {
    const months: Period[] = [];
    for (let c = view.left; c <= view.right; c++) {
      const month = view.isMergedTail(r, c) ? null : shortMonthYear(view.text(r, c));
      if (month) months.push(month);
    }
    if (monthByMonth(months)) rows.add(r);
  }
  return rows;
}

function describe(
  view: SheetView,
  top: number,
  bottom: number,
  col: number,
  years: ReadonlySet<number> = new Set(),
  months: ReadonlySet<number> = new Set(),
): HeaderColumn | null {
  const parts: string[] = [];
  const words: string[] = [];
  let number: number | null = null;
  let yearLabel: Period | null = null;
  for (let r = top; r <= bottom; r++) {
    const text = view.text(r, col);
    if (text === "" || parts[parts.length - 1] === text) continue;
    if (years.has(r) && col !== view.left) yearLabel ??= yearInYearRow(text);
    if (months.has(r)) yearLabel ??= shortMonthYear(text);
    parts.push(text);
    const value = view.cell(r, col).value;
    // "99" typed as text in a header row is the bare number a year row holds.
    if (typeof value === "number") number = value;
    // On a header's first row only where rows follow it (105 over 金額 | 佔收入百分比), and where the
    // text says no year of itself ("2018" does).
    else if ((r > top || (bottom > top && periodInText(text) === null)) && /^\d{2,4}$/.test(text))
      number = Number(text);
    else words.push(text);
  }
  if (parts.length === 0) return null;
  const text = parts.join(" ");
  // A year written as a word ("2024 Target", "105 年") is labelled; a stored number (2024, 104) is bare,
  // a year only where the row stands as a header (bareYearsAreHeader).
  // A column that calls itself 本次 or 上年度 is that period, whatever year a caption over it names.
  // "Current year progress" over "Year to Dec 2018": the column's own cell names the current year.
  const relative = relativePeriodInText(words.join(" "));
  const ownWords = words.length > 1 ? words[words.length - 1] : undefined;
  const ownDated =
    relative !== null && ownWords !== undefined && relativePeriodInText(ownWords) === null
      ? periodInText(ownWords)
      : null;
  const labelled =
    ownDated ??
    relative ??
    periodInText(words.join(" ")) ??
    yearLabel ??
    // JAN | FEB under "ACHIEVEMENT", "1st Quarter (Jan-Mar)": a month or quarter on a row of its own.
    words.reduce<Period | null>((found, word) => periodWithinYear(word) ?? found, null);
  const bare = labelled === null && number !== null ? parsePeriod(number) : null;
  // "Change Over FY2020", "較上年度增減": a change between periods, no figure of the year it names.
  const period = CHANGE_HEADER.test(text) ? null : (labelled ?? bare);
  // "Actual Performance against Target" over Target | Actual: the row under a group heading names the
  // column's own role; the heading's words decide only where the rows under it name none.
  const strip = (t: string) => (period ? t.replace(YEAR_IN_HEADER, " ") : t);
  const last = parts[parts.length - 1];
  const grouped = parts.length > 1 && last !== undefined && underGroup(view, top, bottom, col);
  // "% of Utilization with reference to" over Budget Estimates | Revised Estimates: rates of what each
  // column names, never the budgets themselves.
  // The role the rows over the column's own cell name, asked only where a rule needs it.
  const headingRole = () => headerRole(strip(parts.slice(0, -1).join(" ")));
  const rateGroup = grouped && headingRole()?.role === "rate";
  // "Total Provisions" over "(A)": the lowest of the column's own cells that names a role.
  const own = grouped && !rateGroup ? ownRole(parts.slice(1).map(strip)) : null;
  const whole =
    own ??
    (rateGroup ? { role: "rate" as const, word: headerRole(strip(text))?.word ?? "rate" } : headerRole(strip(text)));
  // "FY 2022 Actual" over "Strategic Plan Goal Data" (the same words under every year): the lower row
  // says what the figures serve, the heading over it what they are.
  const heading = parts.length > 1 && whole?.role === "goal" ? headingRole() : null;
  const match = heading && FIGURE_ROLES.has(heading.role) ? heading : whole;
  return {
    col,
    text,
    role: match?.role ?? null,
    word: match?.word ?? null,
    period,
    barePeriod: bare !== null,
    letter: columnLetter(text),
  };
}

/** A cell long enough to be a sentence: eight words, or twenty characters of CJK text. */
function sentenceCell(text: string): boolean {
  // The first few hundred characters decide: a cell of megabytes is no header either way, and is not
  // split into words (a 2 MB cell made a quarter of a million of them).
  const head = text.slice(0, SENTENCE_PREFIX);
  return head.split(/\s+/, 8).length >= 8 || (head.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 20;
}

/** How much of a cell is looked at to tell a sentence. */
export const SENTENCE_PREFIX = 400;

/**
 * A row with sentences in two cells or more ("80% of the Department's staff trained … by 31 March
 * 2012" | "Achieved – 85.1% …"): a row of targets and results written out, never a header row.
 */
export function sentenceRow(view: SheetView, row: number): boolean {
  let sentences = 0;
  for (let c = view.left; c <= view.right; c++) {
    if (view.isMergedTail(row, c)) continue;
    if (sentenceCell(view.text(row, c))) sentences++;
  }
  return sentences >= 2;
}

/**
 * "实施期绩效目标 | 通过采购雾炮车降尘抑尘服务，…" (a form's label and the sentence entered beside it,
 * merged across the rest of the row): a line of the form, never a header row.
 */
export function labelledSentence(view: SheetView, row: number): boolean {
  const [label, entered, more] = filledCells(view, row, 2);
  return (
    !more && label !== undefined && entered !== undefined && !sentenceCell(label.text) && sentenceCell(entered.text)
  );
}

/** The role the lowest of a column's own cells names, under its group heading: "Total Provisions" over "(A)". */
function ownRole(own: readonly string[]): ReturnType<typeof headerRole> {
  for (let k = own.length - 1; k >= 0; k--) {
    const match = headerRole(own[k] ?? "");
    if (match !== null) return match;
  }
  return null;
}

/** Whether a heading above the column's last header row spans its neighbour too (merged across). */
function underGroup(view: SheetView, top: number, bottom: number, col: number): boolean {
  for (let r = top; r < bottom; r++) {
    const text = view.text(r, col);
    if (text === "") continue;
    if (view.text(r, col - 1) === text || view.text(r, col + 1) === text) return true;
  }
  return false;
}

/** Four words or more, or twelve CJK characters: a name, where a header row has a word or two. */
function phrase(text: string): boolean {
  const head = text.slice(0, SENTENCE_PREFIX);
  return head.split(/\s+/, 4).filter(Boolean).length >= 4 || (head.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 12;
}

/** Reads rows top..bottom as one header. */
export function bandOf(view: SheetView, top: number, bottom: number): HeaderBand {
  const columns: HeaderColumn[] = [];
  const years = yearRows(view, top, bottom);
  const months = monthRows(view, top, bottom);
  for (let c = view.left; c <= view.right; c++) {
    const column = describe(view, top, bottom, c, years, months);
    if (column) columns.push(column);
  }
  return { top, bottom, columns };
}

/**
 * The header rows that start at `top`: the row itself and up to two more header-like rows under it
 * (year over Target / Actual, 103年 over 年度目標值), each of which names something the row above does not.
 */
/**
 * "Total Expenditure | Total Expenditure" over "for the month | To date": words under two headings
 * that read alike tell them apart, so the row is the header's.
 */
function tellsApart(view: SheetView, row: number, under: readonly HeaderColumn[]): boolean {
  const texts = new Map<string, number[]>();
  for (let c = view.left; c <= view.right; c++) {
    // A heading merged across columns reads alike in each: one heading, nothing to tell apart.
    const text = view.isMergedTail(row, c) ? "" : view.text(row, c);
    if (text !== "") texts.set(text, [...(texts.get(text) ?? []), c]);
  }
  const alike = new Set([...texts.values()].filter((cols) => cols.length >= 2).flat());
  return under.filter((c) => alike.has(c.col)).length >= 2;
}

export function headerRowsFrom(view: SheetView, top: number): number {
  if (!startsHeader(view, top)) return top;
  let bottom = top;
  // Under "Year | Result" a row starting with a year ("2022/23 | No data available") is data.
  const first = bandOf(view, top, top).columns;
  const yearCols = first.filter((c) => c.role === "period" && c.period === null).map((c) => c.col);
  const nameCols = first.filter((c) => c.role === "indicator").map((c) => c.col);
  // A form's line (年初设定目标 | its goal | the sentence entered beside it) is no header row either.
  while (
    bottom - top + 1 < MAX_HEADER_ROWS &&
    headerLike(view, bottom + 1) &&
    !sentenceRow(view, bottom + 1) &&
    !labelledSentence(view, bottom + 1)
  ) {
    if (yearCols.some((c) => parsePeriod(view.cell(bottom + 1, c).value) !== null)) break;
    // Under "Performance Measure" a phrase of its own ("Achieve annual targets for provincial budget")
    // is the first indicator's name, whatever word in it a header would use.
    // So is one at the left, where the names stand, under whatever header.
    const labels = nameCols.length > 0 ? nameCols : [view.left];
    if (labels.some((c) => !view.isMergedTail(bottom + 1, c) && phrase(view.text(bottom + 1, c)))) break;
    // "I | CURRENT YEAR APPROPRIATIONS": a numbered section's heading, the first row of the data.
    if (numberedHeading(view, bottom + 1)) break;
    const next = bandOf(view, bottom + 1, bottom + 1);
    // A row of bracketed captions ("(year-end performance)") says what the cells above hold.
    const caption = next.columns.every((c) => /^[(（].*[)）]$/.test(c.text));
    // Headings merged across columns (本年度預算數 over 金額 | 百分比, 上年度預算數 over 金額 | 百分比)
    // split by the row under them: two such splits at least, as one merged name header over a
    // numbered heading ("(2)" | "Average Waiting Time") is data.
    const splits =
      next.columns.filter((c) => view.isMergedTail(bottom, c.col) && !view.isMergedFromAbove(bottom, c.col)).length >=
      2;
    const named = next.columns.some((c) => c.role !== null || c.period !== null || c.letter !== null);
    if (!caption && !splits && !named && !tellsApart(view, bottom, next.columns)) break;
    bottom++;
  }
  return bottom;
}

/** "Program Budget: $2,941,741", "Staff: 83.8", "預算數：1,200 千元": a label and its figure in one cell. */
const STATED_FACT = /^[^:：\d]{2,40}[:：]\s*[$£€¥]?\s*[\d,]+(?:\.\d+)?\s*(?:%|千元|萬元|元)?\s*$/;

/**
 * A row whose every cell states a fact about the table under it ("Program Budget: $697,414 | Program
 * Staff: 1.80", a California Water Board's programmes): a caption, never the header's first row.
 */
export function statesFacts(view: SheetView, row: number): boolean {
  let facts = 0;
  for (let c = view.left; c <= view.right; c++) {
    const text = view.text(row, c);
    if (text === "" || view.isMergedTail(row, c)) continue;
    if (!STATED_FACT.test(text)) return false;
    facts++;
  }
  return facts >= 2;
}

/** A row of an item number ("I", "(1)", "一、") and one text beside it, nothing else. */
function numberedHeading(view: SheetView, row: number): boolean {
  const [number, heading, more] = filledCells(view, row, 2);
  return !more && number !== undefined && heading !== undefined && isItemCode(number.text) && !isItemCode(heading.text);
}

/**
 * Whether bare numbers in a header row (104 105 106 107) are years: they must rise, and the row must
 * stand where a header stands, with nothing but a title or blank above and a blank or header word at
 * its left. A data row (A | 99 | 100 | 101) under a header that was not recognised is neither.
 */
export function bareYearsAreHeader(view: SheetView, band: HeaderBand, labelCol: number | null): boolean {
  const bare = band.columns.filter((c) => c.barePeriod && c.period !== null);
  if (bare.length === 0) return true;
  // Years in order, oldest or newest first ("Audited 2007 | 2006 | 2005", a county's comparatives).
  // A year merged over its pair (105 over 金額 | 佔收入百分比) is one year, said once.
  const years = bare.map((c) => c.period?.year ?? 0).filter((y, i, all) => i === 0 || y !== all[i - 1]);
  const step = (years[1] ?? 0) > (years[0] ?? 0) ? 1 : -1;
  if (years.some((y, i) => i > 0 && (y - (years[i - 1] ?? 0)) * step <= 0)) return false;
  // Three or more years a year apart (2017 | 2018 | 2019 | 2020) say "header" whatever the label
  // beside them ("Markets (as at 31 December)"); two could be any pair of figures.
  const consecutive = years.length >= 3 && years.every((y, i) => i === 0 || y === (years[i - 1] ?? 0) + step);
  // Over its labels a year header says 項目 / 年度 / Measure, with no figure in it; "指標 2" is a row.
  const label = labelCol === null ? undefined : band.columns.find((c) => c.col === labelCol);
  const headerWord = label !== undefined && (label.role !== null || label.period !== null) && !/\d/.test(label.text);
  if (label && !consecutive && !headerWord) return false;
  const above = band.top - 1;
  // A second block's header may follow the first block's last row (項 目 | 102 | 103 | 104 …):
  // consecutive years under a header word say so; anything less needs a blank or a title above.
  // "Audited" over 2007 | 2006 | 2005 on a row that names roles beside them (Budget | Actual): a word
  // over each year, the header's second row. ("A | 99 | 100 | 101" under 名稱 | 甲 | 乙 names none.)
  const roled = band.columns.filter((c) => c.role !== null && c.period === null).length >= 2;
  const worded = roled && above >= view.top && bare.every((c) => /^[^\d]+$/.test(view.text(above, c.col)));
  return (
    above < view.top ||
    !startsHeader(view, above) ||
    (consecutive && (headerWord || worded)) ||
    (consecutive && repeatsHeaderAbove(view, band.top, bare))
  );
}

const REPEAT_LOOK_UP_ROWS = 60;

/**
 * A second table under the first one repeats its years in the same columns ("Market Stalls (as at
 * 31 December) | 2017 | 2018 | 2019 | 2020" under "Markets … | 2017 | … | 2020"): a header again.
 */
function repeatsHeaderAbove(view: SheetView, top: number, bare: readonly HeaderColumn[]): boolean {
  for (let r = top - 2; r >= Math.max(view.top, top - REPEAT_LOOK_UP_ROWS); r--) {
    if (bare.every((c) => parsePeriod(view.cell(r, c.col).value)?.label === c.period?.label)) return true;
  }
  return false;
}
