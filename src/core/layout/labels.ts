/**
 * The words the seeds (and their English counterparts) use for the rows of a multi-year block
 * (column headers are read by header-words.ts).
 * Matching is on normalised text: spaces removed, lower case, a trailing "(單位)" set aside.
 */
import { memoByText } from "../values/memo";

export type RowRole = "target" | "actual" | "reported" | "rating" | "criteria" | "item";
const ROW_WORDS: Readonly<Record<RowRole, readonly string[]>> = {
  target: ["原訂目標值", "原定目標值", "目標值", "年度目標值", "目標", "target", "targets", "targetvalue"],
  actual: ["實際值", "實績值", "實際達成值", "實際", "actual", "actuals", "actualvalue", "result"],
  reported: ["達成度", "達成率", "achievement", "achievementrate", "reportedachievement"],
  rating: [
    "初核結果",
    "複核結果",
    "評核結果",
    "初核",
    "複核",
    "rating",
    "initialrating",
    "finalrating",
    "reviewrating",
  ],
  criteria: ["衡量標準", "criteria", "measurementcriteria", "measure"],
  item: ["項目", "item", "items", "年度", "year", "period"],
};

export function labelKey(text: string): string {
  return text
    .replace(/[(（][^)）]*[)）]\s*$/, "")
    .replace(/[\s:：]/g, "")
    .toLowerCase();
}

function lookup<R extends string>(words: Readonly<Record<R, readonly string[]>>, text: string): R | null {
  const key = labelKey(text);
  if (key === "") return null;
  for (const role of Object.keys(words) as R[]) {
    if (words[role].includes(key)) return role;
  }
  return null;
}

const roleOfRow = memoByText((text) => lookup(ROW_WORDS, text));

/** The first letters the row words have, either case: labelKey keeps a text's first letter but for case. */
const FIRST_LETTERS = new Set(
  Object.values<readonly string[]>(ROW_WORDS).flatMap((words) => words.flatMap((w) => [w[0], w[0]?.toUpperCase()])),
);

/**
 * Asked of every cell while looking for multi-year blocks: a text that cannot be a row word (its
 * first letter starts none, and labelKey only drops leading spaces and colons) is settled at once,
 * the rest once per distinct text.
 */
export function rowRole(text: string): RowRole | null {
  if (!FIRST_LETTERS.has(text[0]) && !/^[\s:：]/.test(text)) return null;
  return roleOfRow(text);
}

/** A ratio column beside a period comparison: 達成率, 增減率, 比率, Ratio, Change. */
export function isRatioHeader(text: string): boolean {
  return /^(達成率|達成度|增減率|成長率|比率|比較|ratio|change|growth|index)$/i.test(labelKey(text));
}
