import type { NumberValue, ParsedValue, Qualifier } from "./cell-value";
import { normalizeText } from "./normalize-text";
import { parseValue } from "./parse-value";

/** Longer text than this states no one figure: it is not searched (a cell may hold megabytes). */
const LONGEST_SENTENCE = 1000;

/** A percentage written in a sentence: "75 per cent", "95%", "95 percent". */
const PERCENT_IN_TEXT = /(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)/gi;
/** A figure in a sentence: digits (6,000) or a number word (six). */
const FIGURE_IN_TEXT =
  /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\b/gi;
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};
const MONTH = /^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|^\s*月/i;
/** Only an opening bracket or nothing before an item's number: it heads the sentence. */
const ITEM_NUMBER_AT = /^\s*[(（]?$/;
/** "KT 1—Reduce …", "Target 3: To answer …", "KPI 2 - …": a label's word, its number, a dash or colon. */
const LABELLED_ITEM_AT = /^\s*[A-Za-z]{1,12}\.?\s*$/;

/** A year or a fiscal year ("1998-99", "2019/20"), never a figure to reach. */
const YEARISH = /^(?:19|20)\d{2}$/;
const AT_MOST =
  /(?:no|not)\s+more\s+than|not\s+exceed\w*|less\s+than|fewer\s+than|under|below|within|reduce\w*\s+(?:\w+\s+){0,6}to|不超過|低於|以內/i;
const AT_LEAST = /at\s+least|more\s+than|above|over|exceed\w*|not\s+less\s+than|no\s+less\s+than|至少|不低於|以上/i;

/** "98-100%", "95%–100%": a range of shares, no one figure to hold a result to. */
const PERCENT_RANGE = /\d+(?:\.\d+)?\s*%?\s*[-–~至到]\s*\d+(?:\.\d+)?\s*%/;

/**
 * "1.2Mbps - 3Mbps", "10 – 15 days", "3至5天": a range of figures in one unit (or none), no one figure
 * to hold a result to. A fiscal year ("2019-20", "1998–99") is no range of figures. No lookbehind: the
 * pane's scripts must parse as ES2017.
 */
const FIGURE_RANGE =
  /(?:^|[^\d.])(\d+(?:\.\d+)?)\s*([a-z\u4e00-\u9fff/]{0,6})\s*(?:[-–~至到]|\bto\b)\s*(\d+(?:\.\d+)?)\s*\2(?![\d.])/gi;

function namesRange(text: string): boolean {
  if (PERCENT_RANGE.test(text)) return true;
  return [...text.matchAll(FIGURE_RANGE)].some((m) => !YEARISH.test(m[1] ?? "") && Number(m[1]) < Number(m[3]));
}

/** "+/-5.0%", "± 2%", "plus or minus 2%": a tolerance either side of something, no level of its own. */
const TOLERANCE_BEFORE = /(?:\+\s*\/\s*[-−–]|±|plus\s+or\s+minus)\s*$/i;

/** The percentages a (normalized) sentence names, each with where it stands; tolerances are none. */
function percentsIn(text: string): Array<{ value: ParsedValue; index: number; end: number }> {
  return [...text.matchAll(PERCENT_IN_TEXT)].flatMap((m) => {
    const index = m.index ?? 0;
    if (m[1] === undefined || TOLERANCE_BEFORE.test(text.slice(Math.max(0, index - 16), index))) return [];
    return [{ value: parseValue({ value: `${m[1]}%` }), index, end: index + m[0].length }];
  });
}

/** The qualifier the words just before a figure give it: "no more than 23 per cent" is at most. */
function qualifierBefore(text: string, index: number): Qualifier | null {
  const before = text.slice(Math.max(0, index - 28), index);
  const last = (pattern: RegExp): number => {
    const matches = [...before.matchAll(new RegExp(pattern.source, "gi"))];
    return matches.length === 0 ? -1 : (matches[matches.length - 1]?.index ?? -1);
  };
  const most = last(AT_MOST);
  const least = last(AT_LEAST);
  if (most < 0 && least < 0) return null;
  if (most < 0 || least < 0) return most >= 0 ? "atMost" : "atLeast";
  // "no more than" holds "more than", "not less than" holds "less than": where the two overlap, the
  // longer phrase (the one that starts first) decides; else the nearer one to the figure.
  if (Math.abs(most - least) <= 4) return most < least ? "atMost" : "atLeast";
  return most > least ? "atMost" : "atLeast";
}

/** The words right after a figure: "95%以上", "7 days or less". */
function qualifierAfter(text: string, end: number): Qualifier | null {
  const after = text.slice(end, end + 16);
  if (/^\s*[^\s\d]{0,4}?\s*(?:或?以上|or\s+(?:more|above|higher))/i.test(after)) return "atLeast";
  if (/^\s*[^\s\d]{0,4}?\s*(?:或?以下|以內|or\s+(?:less|fewer|below))/i.test(after)) return "atMost";
  return null;
}

function withQualifier(value: ParsedValue, qualifier: Qualifier | null, raw: string): ParsedValue | null {
  return value.kind === "number" ? { ...value, qualifier, raw } : null;
}

/** Figures in the sentence that can be a target: no year, no day of a date ("28 February"). */
function figuresOf(text: string): Array<{ value: number; index: number; length: number; digits: string }> {
  const out: Array<{ value: number; index: number; length: number; digits: string }> = [];
  for (const match of text.matchAll(FIGURE_IN_TEXT)) {
    const digits = match[1];
    const word = match[2];
    const index = match.index ?? 0;
    const after = text.slice(index + match[0].length);
    if (MONTH.test(after)) continue;
    // "1、公务用车…", "(2) Average waiting time", "3. Reply within …": the item's number, no figure of it.
    const itemNumber = digits !== undefined && digits.length <= 2 && ITEM_NUMBER_AT.test(text.slice(0, index));
    if (itemNumber && /^\s*[、.．)）]\s*[^\s\d]/.test(after)) continue;
    const labelled = digits !== undefined && digits.length <= 2 && LABELLED_ITEM_AT.test(text.slice(0, index));
    if (labelled && /^\s*[—–:：-]\s*[^\s\d]/.test(after)) continue;
    if (digits !== undefined) {
      if (YEARISH.test(digits) || /^\s*[-–/]\s*\d{2}\b/.test(after) || /[-–/]\s*$/.test(text.slice(0, index))) continue;
      out.push({ value: Number(digits.replace(/,/g, "")), index, length: match[0].length, digits });
    } else if (word !== undefined) {
      const value = NUMBER_WORDS[word.toLowerCase()];
      if (value !== undefined) out.push({ value, index, length: match[0].length, digits: String(value) });
    }
  }
  return out;
}

/**
 * The target a sentence sets itself ("To clear 75 per cent of war disablement claims within 145 days",
 * "waiting time will be no more than six weeks", "年度結案率達95%以上"), in the kind of the actual
 * beside it: against a percentage, the one percentage it names; against a figure, the one figure it
 * names that is no year or date. Null where there is none, or more than one to choose from.
 */
export function targetInSentence(sentence: string, actual: ParsedValue | null): ParsedValue | null {
  if (actual?.kind !== "number" || sentence.length > LONGEST_SENTENCE) return null;
  const text = normalizeText(sentence);
  if (namesRange(text)) return null;
  const percents = percentsIn(text);
  if (actual.percent) {
    const only = percents.length === 1 ? percents[0] : undefined;
    if (only === undefined) return null;
    const qualifier = qualifierAfter(text, only.end) ?? qualifierBefore(text, only.index);
    return withQualifier(only.value, qualifier, sentence);
  }
  if (percents.length > 0) return null;
  const figures = figuresOf(text);
  const [only] = figures;
  if (only === undefined || figures.length !== 1) return null;
  const end = only.index + only.length;
  const qualifier = qualifierAfter(text, end) ?? qualifierBefore(text, only.index);
  return withQualifier(parseValue({ value: only.digits }), qualifier, sentence);
}

/**
 * "no more than 23 per cent of outstanding appeals": a share the sentence sets, which no result can
 * exceed. Only a stated figure's share: "Percentage of productive days worked against the target"
 * is a ratio to a target, and 102% of it is a result.
 */
export function namesShare(sentence: string): boolean {
  if (sentence.length > LONGEST_SENTENCE) return false;
  return /\d\s*(?:%|per\s?cent|percent)\s+of\b/i.test(normalizeText(sentence));
}

/** A percentage that states a change ("by 60%", "66% increase"), not a level to compare with another. */
const CHANGE_BEFORE = /\bby\s*$|增加|減少|成長|提升|降低/i;
const CHANGE_AFTER = /^\s*(?:increase|decrease|reduction|rise|fall|drop|growth|higher|lower|more|less|增|減)/i;

/**
 * The level a sentence in a figure cell states ("80% of the Department's staff trained …", "Achieved –
 * 85.1% (5 927 out of 6 957 employees)"): its one percentage, where it has exactly one and that one is
 * no change ("Reduce … by 60%", "66% increase"). Null otherwise.
 */
export function percentInSentence(sentence: string): ParsedValue | null {
  if (sentence.length > LONGEST_SENTENCE) return null;
  const text = normalizeText(sentence);
  if (PERCENT_RANGE.test(text)) return null;
  const percents = percentsIn(text);
  const only = percents.length === 1 ? percents[0] : undefined;
  if (only === undefined) return null;
  const before = text.slice(Math.max(0, only.index - 12), only.index);
  if (CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(text.slice(only.end))) return null;
  return withQualifier(only.value, null, sentence);
}

/** "Target 5% Outturn 5.7%", "目標 6,000 實際 4,579": one cell with the target and the result, each labelled. */
const PACKED =
  /^\s*(?:targets?|目標值?)\s*[:：]?\s*(\S[^:：]*?)\s*[,;，；]?\s*(?:outturns?|actuals?|achieved|results?|outcomes?|實際值?|實績)\s*[:：]?\s*(\S.*?)\s*$/i;

/** The target and the result a cell packs together, both figures; null where the cell is no such pair. */
export function packedTargetAndResult(text: string): { target: ParsedValue; actual: ParsedValue } | null {
  if (text.length > LONGEST_SENTENCE) return null;
  const match = PACKED.exec(text.replace(/\s+/g, " "));
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const target = parseValue({ value: match[1] });
  const actual = parseValue({ value: match[2] });
  return target.kind === "number" && actual.kind === "number" ? { target, actual } : null;
}

/**
 * "… within 60 seconds. Target is 80%", "(Target: 95%)", "目標值：90%": a target the name states under
 * its own label, at the start of a line, a sentence or a bracket (not "sites meeting the target of 5 days"). Read
 * in the kind of the result beside it, as targetInSentence reads; null where the name states none.
 */
const LABELLED_TARGET = /(?:^|\n|[.;。；()（）]\s*)(?:targets?|目標值?)\s*(?:is|[:：=])?\s*([^\n]{1,40})$/im;

export function labelledTarget(name: string, actual: ParsedValue | null): ParsedValue | null {
  if (actual?.kind !== "number" || name.length > LONGEST_SENTENCE) return null;
  const tail = LABELLED_TARGET.exec(name)?.[1];
  return tail === undefined ? null : targetInSentence(tail.replace(/[)）]\s*$/, ""), actual);
}

/** "from 171 to 230": the level a change reaches. */
const FROM_TO = /\bfrom\s+(\d[\d,]*(?:\.\d+)?)\s+to\s+(\d[\d,]*(?:\.\d+)?)/i;
/** "£1.1 million": the figure in whole units. */
const SCALE_AFTER = /^\s*(million|billion|m\b|bn\b)/i;

/**
 * The target a plan's sentence sets with no result beside it to give its kind ("To take 75 per cent.
 * of minor planning applications … within eight weeks", "To complete 40 re-survey lists", "human
 * reports: within 2 working days"): the first figure it names that is no year, date or item number (a
 * percentage as a share), and "from 171 to 230" the level it reaches. A change ("by 5 per cent") is
 * the plan's target as written: nothing stands beside it to be measured against another level. Null
 * where the sentence names no figure, or opens with a range ("350–400 points").
 */
export function planTargetInSentence(sentence: string): NumberValue | null {
  if (sentence.length > LONGEST_SENTENCE) return null;
  const text = normalizeText(sentence);
  const reached = FROM_TO.exec(text);
  const [first] = figuresOf(text);
  if (first === undefined) return null;
  const end = first.index + first.length;
  const opensRange = [...text.matchAll(FIGURE_RANGE)].some(
    (m) => !YEARISH.test(m[1] ?? "") && (m.index ?? 0) <= first.index && first.index < (m.index ?? 0) + m[0].length,
  );
  if (opensRange && reached === null) return null;
  const percent = percentsIn(text).find((p) => p.index === first.index);
  const digits = reached?.[2] ?? first.digits;
  const value = percent?.value ?? parseValue({ value: digits.replace(/,/g, "") });
  if (value.kind !== "number") return null;
  const scaleWord = percent ? undefined : SCALE_AFTER.exec(text.slice(end))?.[1];
  const scale = scaleWord === undefined ? 1 : /^b/i.test(scaleWord) ? 1e9 : 1e6;
  const scaled = scale === 1 ? value : { ...value, value: value.value * scale, step: value.step * scale };
  const qualifier = qualifierAfter(text, end) ?? qualifierBefore(text, first.index) ?? timeTaken(text, end);
  return { ...scaled, qualifier, raw: sentence };
}

/** A time to take after a figure; "6 days a week" is how often, no time to keep within. */
const TIME_TAKEN =
  /^\s*(?:working\s+|calendar\s+|clear\s+|business\s+)?(?:days?|weeks?|hours?|minutes?|months?)\b(?!\s+(?:a|per|each)\s+(?:week|month|year))/i;

/**
 * "in an average of 20 days", "within 14 days of approval", "within 8 weeks": the figure is the time a
 * case takes, met by taking no longer. "6 days a week" is how often, no time to keep within.
 */
function timeTaken(text: string, end: number): Qualifier | null {
  return TIME_TAKEN.test(text.slice(end, end + 40)) ? "atMost" : null;
}
