import { LONG_TIME_UNIT, secondsPer } from "./time-units";
import type { CellInput, ParsedValue, Qualifier, Rating, RawValue } from "./cell-value";
import { readWrittenDecimal } from "./decimal-text";
import { displayPrecision, generalDecimals } from "./number-format";
import { memoByText } from "./memo";
import { normalizeText } from "./normalize-text";

const RATINGS: Readonly<Record<string, Rating>> = { "★": "star", "▲": "triangle", "●": "circle", "□": "square" };

const ERROR_PATTERN = /^#(?:DIV\/0!|N\/A|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;
/** "--", "---", "—" and the like are how the seeds write "no figure for this period". */
const MISSING_PATTERN = /^[-—–_]+$/;
/** A period with no figure, said in words: "Not assessed" (a biennial survey), "No data available", 不適用. */
const NO_FIGURE_WORDS = /^(?:not assessed|not applicable|not available|no data available|no data|不適用)$/i;

const PREFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ["不低於", "atLeast"],
  ["不少於", "atLeast"],
  ["至少", "atLeast"],
  ["≥", "atLeast"],
  [">=", "atLeast"],
  ["≧", "atLeast"],
  [">", "atLeast"],
  ["不超過", "atMost"],
  ["不高於", "atMost"],
  ["≤", "atMost"],
  ["<=", "atMost"],
  ["≦", "atMost"],
  ["<", "atMost"],
  // "少於4" (輕鐵's pledges: fewer than four air-conditioning faults a month), 低於, 小於; 多於, 高於, 大於.
  ["少於", "atMost"],
  ["低於", "atMost"],
  ["小於", "atMost"],
  ["多於", "atLeast"],
  ["高於", "atLeast"],
  ["大於", "atLeast"],
  ["大約", "about"],
  ["約", "about"],
  ["~", "about"],
  // Hong Kong and UK pledges: "below 4.5", "Not exceeding 50 days", "at least 95%".
  ["not exceeding", "atMost"],
  ["not more than", "atMost"],
  ["no more than", "atMost"],
  ["at most", "atMost"],
  ["below", "atMost"],
  ["not less than", "atLeast"],
  ["no less than", "atLeast"],
  ["at least", "atLeast"],
];

const SUFFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  // "$35.00 or less", "95% or more": New Zealand and UK targets.
  ["or less", "atMost"],
  ["or fewer", "atMost"],
  ["or lower", "atMost"],
  ["or below", "atMost"],
  ["or more", "atLeast"],
  ["or higher", "atLeast"],
  ["or above", "atLeast"],
  ["或以上", "atLeast"],
  ["以上", "atLeast"],
  ["或以下", "atMost"],
  ["以下", "atMost"],
  ["以內", "atMost"],
];

/** Every qualifier word the parser reads around a figure; formulas that re-read a cell strip the same. */
export const QUALIFIER_WORDS: readonly string[] = [...PREFIX_QUALIFIERS, ...SUFFIX_QUALIFIERS].map(([word]) => word);

/**
 * Thousands with commas (3,287) or, as Hong Kong and European tables print them, thin spaces
 * (13 390). "300/600" is no figure: a count over a count is a ratio a person must state (issue 10).
 */
const NUMBER_BODY =
  /^([+-]?)\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*(.*)$/;
/** Figures on two lines of one cell: a line break is no thousands separator. */
const STACKED = /\d[ \t]*[\r\n]+[ \t]*\d/;
/**
 * "8/8\n100%", "43/45\n96%\n(2 kes tidak tercapai …)": the cases that met a standard over all cases,
 * then their share, then perhaps a note (a client charter's month). The share is the cell's figure.
 */
const COUNT_THEN_SHARE = /^\s*(\d[\d,]*)\s*\/\s*(\d[\d,]*)\s*[\r\n]+\s*(\d+(?:\.\d+)?\s*%)\s*(?:[\r\n][\s\S]*)?$/;

/** The share line, where the count above it gives that share at its printed precision; else null. */
function shareOfCount(raw: string): ParsedValue | null {
  const match = COUNT_THEN_SHARE.exec(raw);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const met = Number(match[1].replace(/,/g, ""));
  const all = Number(match[2].replace(/,/g, ""));
  const share = parseNumericText(match[3], raw);
  if (share?.kind !== "number" || all === 0 || met > all) return null;
  return Math.abs(met / all - share.value) <= share.step / 2 + 1e-9 ? share : null;
}

/** A footnote mark printed against a figure: "4,520[12]", "98%[3]". */
export const FOOTNOTE_MARK = /\s*\[\d{1,2}\]$/;
/** A note's number glued to a figure, as Western Australian reports print it: "1.11(1)", "25.91(2)". */
const GLUED_NOTE = /(\d)\(\d{1,2}\)$/;
/** A note referred to beside a figure: "92 (See Note 2)", "95% (Note 3)", "1,200（註2）". */
const NOTE_REFERENCE = /\s*[(（]\s*(?:see\s+)?(?:note|註|附註|備註)\s*[\d一二三四五六七八九十]{1,3}\s*[)）]$/i;
/**
 * The date a figure runs to, beside it: "3.94(upto 26.11.2016)", "11.50 (as on 31.12.2016)",
 * "1,234（截至6月底）": the figure to that date.
 */
const AS_AT = /\s*[(（]\s*(?:up\s*to|as\s+(?:on|at|of)|till|until|截至|截止)[^()（）]*[)）]$/i;
/** Asterisks against a figure, "**784.15", "15,604*": a footnote's mark ("(**) Expenditure as on …"). */
// No lookbehind: the pane's script is ES2017 (test/skeleton/es-level), so the figure's last character
// is captured and put back.
const ASTERISK_MARK = /^\*{1,3}\s*(?=[\d.+-])|([\d%])\s*\*{1,3}$/g;
/**
 * "18.500.00", "1.234.567": full stops between groups of three (an Indian answer's typeset figures, a
 * European table's thousands). Two stops cannot both be decimal points, so the groups are thousands and
 * a last group of two is the decimals; "1.234" alone stays one and a quarter thousandths.
 */
const DOTTED_GROUPS = /^([+-]?\d{1,3})((?:\.\d{3})+)(?:\.(\d{2}))?(?=\s*%?$)/;

function undotGroups(text: string): string {
  const match = DOTTED_GROUPS.exec(text);
  if (!match?.[1] || !match[2]) return text;
  const groups = match[2].split(".").length - 1;
  if (groups < 2 && match[3] === undefined) return text;
  const whole = `${match[1]}${match[2].replace(/\./g, ",")}`;
  return `${match[3] === undefined ? whole : `${whole}.${match[3]}`}${text.slice(match[0].length)}`;
}

/** A unit is a short word with no digits or sentence punctuation: 人, 件, 縣市, 人次, 級. */
// "2、出国经费": an item's number before its name, the enumeration comma no unit's.
const UNIT_PATTERN = /^[^\d\s,.:：;；()（）【】「」%、，。]{1,6}$/;

function stripPrefix(text: string): { rest: string; qualifier: Qualifier | null } {
  const lower = text.toLowerCase();
  for (const [word, qualifier] of PREFIX_QUALIFIERS) {
    if (lower.startsWith(word)) return { rest: text.slice(word.length).trim(), qualifier };
  }
  return { rest: text, qualifier: null };
}

function stripSuffix(text: string): { rest: string; qualifier: Qualifier | null } {
  for (const [word, qualifier] of SUFFIX_QUALIFIERS) {
    if (text.endsWith(word)) return { rest: text.slice(0, -word.length).trim(), qualifier };
  }
  return { rest: text, qualifier: null };
}

/** Words of scale written after a figure: the figure is that many times the number printed. */
const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  萬: 1e4,
  萬元: 1e4,
  億: 1e8,
  億元: 1e8,
};

/** "76.48 per cent", "95 percent": the percent sign in words, as UK and Australian reports print it. */
// "≥100百分比" (mainland forms write the unit out): a percentage.
const PERCENT_WORDS = /(\d)\s*(?:per\s?cent\b|percent\b|百分比$)/i;

/** A mark before a figure, "(M) 85%", "(D) $43.32": how the result was measured, no part of it. */
const LEADING_MARK = /^[(（][A-Z]{1,2}[)）]\s*/;

/** A currency sign before an amount: "$44.76", "NT$1,200", "£3.5": the amount, its currency the unit. */
const CURRENCY = /^(?:NT|US|HK|NZ|A|S|C)?[$£€¥]\s*(?=[\d.])/i;

/** A figure with its marks, unit and bound is short: a longer text is read as text, never searched. */
const LONGEST_FIGURE = 200;

/** "31,000 (-25%)", "5% (51,205)", "82.0% (24 days)": a figure, then the same in another measure. */
const RESTATED = /^([^()（）]+?)\s*[(（]\s*([^()（）]*\d[^()（）]*?)\s*[)）]$/;

function parseNumericText(given: string, raw: RawValue): ParsedValue | null {
  if (given.length > LONGEST_FIGURE) return null;
  const restated = RESTATED.exec(given);
  if (restated?.[1] !== undefined && restated[2] !== undefined) {
    const [figure, again] = [parseFigureOnly(restated[1], raw), parseFigureOnly(restated[2], raw)];
    // Only in another measure (a count and its percent, a share and its days): "7 200 (7 200)" may
    // hold a target and its actual, a reading no figure should settle.
    if (figure?.kind === "number" && again?.kind === "number")
      if (figure.percent !== again.percent || figure.unit !== again.unit) return figure;
  }
  return parseFigureOnly(given, raw);
}

function parseFigureOnly(given: string, raw: RawValue): ParsedValue | null {
  const marked = given.replace(LEADING_MARK, "");
  const currency = CURRENCY.exec(marked)?.[0].trim() ?? null;
  const text = (currency === null ? marked : marked.slice(currency.length).trim()).replace(PERCENT_WORDS, "$1%");
  const parsed = parseFigureText(text, raw);
  return parsed?.kind === "number" && currency !== null && parsed.unit === null
    ? { ...parsed, unit: currency }
    : parsed;
}

function parseFigureText(text: string, raw: RawValue): ParsedValue | null {
  const prefix = stripPrefix(text);
  const suffix = stripSuffix(prefix.rest);
  if (prefix.qualifier !== null && suffix.qualifier !== null) return null;
  const qualifier = prefix.qualifier ?? suffix.qualifier;
  const match = NUMBER_BODY.exec(suffix.rest);
  if (!match) return null;
  const [, sign = "", spaced = "", percentSign = "", tail = ""] = match;
  const digits = spaced.replace(/ /g, ",");
  // "98% of lots", "100% of vehicles": the share of what the percentage counts is no unit of its own.
  // "48.5% overall": the population the figure covers, not a unit.
  const share = (percentSign === "%" && /^of [a-z][a-z -]{0,23}$/i.test(tail.trim())) || /^overall$/i.test(tail.trim());
  const unitText = share ? "" : tail.trim();
  const percent = percentSign === "%";
  // "273 million", "£3.5m", "1.2億": the figure in full, as the other cells of its column may print it.
  const scale = percent ? undefined : SCALE_WORDS[unitText.toLowerCase()];
  if (scale !== undefined) {
    const written = readWrittenDecimal(sign, digits, 0);
    return {
      kind: "number",
      value: Number((written.value * scale).toPrecision(15)),
      unit: null,
      qualifier,
      percent,
      step: Number((written.step * scale).toPrecision(15)),
      raw,
    };
  }
  if (unitText !== "" && !UNIT_PATTERN.test(unitText) && !LONG_TIME_UNIT.test(unitText)) return null;
  // "9月前", "7月": a calendar month (by September, in July), a date and no quantity ("3個月" is one).
  if (/^月(?:前|底|份|中|初|末|內|内)?$/.test(unitText) && /^\d{1,2}$/.test(digits) && sign === "") return null;
  const written = readWrittenDecimal(sign, digits, percent ? 2 : 0);
  const unit = unitText === "" ? (percent ? "%" : null) : unitText;
  return { kind: "number", value: written.value, unit, qualifier, percent, step: written.step, raw };
}

/** 1e-0, 1e-1, 1e-2…: the step of each number of decimals, as the text "1e-N" reads. */
const STEPS: number[] = [];

function stepOf(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 400) return Number(`1e-${decimals}`);
  return (STEPS[decimals] ??= Number(`1e-${decimals}`));
}

function parseStoredNumber(value: number, format: string | undefined, raw: RawValue): ParsedValue {
  if (!Number.isFinite(value)) return { kind: "error", code: "#NUM!", raw };
  const shown = displayPrecision(format);
  if (shown === null) {
    const step = stepOf(generalDecimals(value));
    return { kind: "number", value, unit: null, qualifier: null, percent: false, step, raw };
  }
  const decimals = shown.decimals + (shown.percent ? 2 : 0);
  const unit = shown.percent ? "%" : null;
  return { kind: "number", value, unit, qualifier: null, percent: shown.percent, step: stepOf(decimals), raw };
}

/** "2 hours, 6 minutes", "4 minutes 22 seconds", "1 小時 30 分鐘": a time in two units. */
const DURATION =
  /^(\d+)\s*(hours?|hrs?|小時|小时|minutes?|mins?|分鐘|分钟)\s*,?\s*(?:and\s+)?(\d+(?:\.\d+)?)\s*(minutes?|mins?|seconds?|secs?|分鐘|分钟|秒)$/i;

/** A time written in two units, in the smaller one: "2 hours, 6 minutes" is 126 minutes. */
function duration(text: string, raw: RawValue): ParsedValue | null {
  const match = DURATION.exec(text);
  if (!match?.[1] || !match[2] || !match[3] || !match[4]) return null;
  const big = secondsPer(match[2]);
  const small = secondsPer(match[4]);
  if (big === null || small === null || big <= small) return null;
  const value = (Number(match[1]) * big + Number(match[3]) * small) / small;
  const unit = small === 1 ? "seconds" : "minutes";
  return { kind: "number", value, unit, qualifier: null, percent: false, step: 1, raw };
}

/** Reads one cell as budget staff write it. Never throws: what it cannot read stays text. */
export function parseValue(cell: CellInput): ParsedValue {
  const raw = cell.value;
  if (raw === null) return { kind: "missing", raw };
  if (typeof raw === "number") return parseStoredNumber(raw, cell.format, raw);
  if (typeof raw === "boolean") return { kind: "text", text: raw ? "TRUE" : "FALSE", raw };
  return parseText(raw);
}

/**
 * A text cell's reading depends on its text alone (a format says nothing about text): read once per
 * distinct text, as sheets repeat "1,234 人", "--" and their units. ParsedValue is read-only, so the
 * cells of one text can share it.
 */
const parseText = memoByText((raw: string): ParsedValue => {
  const text = normalizeText(raw);
  if (text === "" || MISSING_PATTERN.test(text) || NO_FIGURE_WORDS.test(text)) return { kind: "missing", raw };
  const rating = RATINGS[text];
  if (rating !== undefined) return { kind: "rating", rating, raw };
  if (ERROR_PATTERN.test(text)) return { kind: "error", code: text.toUpperCase(), raw };
  const counted = shareOfCount(raw);
  if (counted !== null) return counted;
  // "99\n99", "98\n100": two services' figures stacked in one cell, never one number in thousands.
  if (STACKED.test(raw)) return { kind: "text", text, raw };
  return (
    duration(text, raw) ??
    parseNumericText(
      undotGroups(
        text
          .replace(FOOTNOTE_MARK, "")
          .replace(GLUED_NOTE, "$1")
          .replace(NOTE_REFERENCE, "")
          .replace(AS_AT, "")
          .replace(ASTERISK_MARK, "$1"),
      ),
      raw,
    ) ?? {
      kind: "text",
      text,
      raw,
    }
  );
});
