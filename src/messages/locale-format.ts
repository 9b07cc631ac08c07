import type { Language } from "../core/plan/report-strings";
import { translate } from "./translate";

/**
 * What differs between the languages that is not a word: the calendar a year is counted in, how a
 * list is joined (by the catalog's separator), whether sentences are spaced. Kept here, in one table, so that no edge of the
 * add-in (the command, the writers) chooses by language inline; the words are in the catalogs.
 */
interface LocaleFormat {
  /** Subtracted from the Gregorian year: 中華民國 years count from 1912 (2026 is 115). */
  readonly yearOffset: number;
  /** After one sentence's full stop, before the next: none after 。, a space after ".". */
  readonly sentenceGap: string;
}

const FORMATS: Readonly<Record<Language, LocaleFormat>> = {
  "zh-TW": { yearOffset: 1911, sentenceGap: "" },
  en: { yearOffset: 0, sentenceGap: " " },
};

/** The year as the language's documents count it: 115 in zh-TW for 2026, 2026 in English. */
export function calendarYear(language: Language, gregorianYear: number): number {
  return gregorianYear - FORMATS[language].yearOffset;
}

/** Items of a list in running text, joined as the language joins them (甲、乙 / a, b), as the pane joins them. */
export function joinList(language: Language, items: readonly string[]): string {
  return items.join(translate(language, "pane.listSeparator"));
}

/** Sentences one after another, spaced as the language spaces them (an empty one leaves no gap). */
export function joinSentences(language: Language, ...sentences: readonly string[]): string {
  return sentences.filter((s) => s !== "").join(FORMATS[language].sentenceGap);
}
