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

/**
 * The first letters the row words have, either case, by code: labelKey keeps a text's first letter
 * but for case. Codes, not one-letter strings: text[0] of a CJK cell is a new string each time.
 */
const FIRST_LETTERS = new Set(
  Object.values<readonly string[]>(ROW_WORDS).flatMap((words) =>
    words.flatMap((w) => [
      w.charCodeAt(0),
      ...(w[0]?.toUpperCase().length === 1 ? [w[0].toUpperCase().charCodeAt(0)] : []),
    ]),
  ),
);

/** What /[\s:：]/ matches: ECMAScript's white space and line terminators, and both colons. */
function spaceOrColon(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return code === 0x3a;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0xff1a
  );
}

/**
 * Asked of every cell while looking for multi-year blocks: a text that cannot be a row word (its
 * first letter starts none, and labelKey only drops leading spaces and colons) is settled at once,
 * the rest once per distinct text.
 */
export function rowRole(text: string): RowRole | null {
  const first = text.charCodeAt(0);
  if (!FIRST_LETTERS.has(first) && !spaceOrColon(first)) return null;
  return roleOfRow(text);
}

/** A ratio column beside a period comparison: 達成率, 增減率, 比率, Ratio, Change. */
export function isRatioHeader(text: string): boolean {
  return /^(達成率|達成度|增減率|成長率|比率|比較|ratio|change|growth|index)$/i.test(labelKey(text));
}
