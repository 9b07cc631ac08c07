/**
 * The pane's words come from the message catalog (issue 12): strings.ts and reading-strings.ts hold
 * no words of their own, and every counted word in English agrees with its count.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { hasKey, keysUnder } from "../../src/messages";
import { STRINGS, type Strings } from "../../src/taskpane/i18n/strings";
import { READING_STRINGS } from "../../src/taskpane/components/ReadingPane/reading-strings";

const SRC = join(__dirname, "..", "..", "src", "taskpane");
const FILES = [join(SRC, "i18n", "strings.ts"), join(SRC, "components", "ReadingPane", "reading-strings.ts")];

/** Identifiers the types name (languages, record keys): code, not words. */
const IDENTIFIERS = new Set(["zh-TW", "en", "trend", "growth", "hold", "stretch", "green", "yellow", "red", "white"]);

/** The start of a family of catalog keys ("grade."), completed in code by a name. */
const isKeyPrefix = (s: string): boolean => s.endsWith(".") && keysUnder(s).length > 0;

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/g;

const cjkIn = (text: string): string[] => text.match(CJK) ?? [];

/** The string literals of a TypeScript file, its comments removed first. */
function literalsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  return [...code.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? "",
  );
}

/** The literals that are neither a catalog key nor an identifier: words that stayed behind. */
function wordsIn(text: string): string[] {
  return literalsOf(text).filter(
    (s) => /[A-Za-z]/.test(s) && !hasKey(s) && !isKeyPrefix(s) && !IDENTIFIERS.has(s) && !s.startsWith("."),
  );
}

describe.each(FILES)("%s", (file) => {
  const text = readFileSync(file, "utf8");
  test("holds no CJK characters", () => {
    expect(cjkIn(text)).toEqual([]);
  });
  test("holds no English words in its string literals", () => {
    expect(wordsIn(text)).toEqual([]);
  });
});

test("the check can fail: a word left in a literal is caught, a key or an identifier is not", () => {
  expect(wordsIn('const a = { x: "Close", y: t("pane.closeHistory"), z: "trend" };')).toEqual(["Close"]);
  expect(wordsIn('const a = `Wrote ${n} comments`; // "Comment"')).toEqual(["Wrote ${n} comments"]);
  expect(cjkIn("績效 x")).toEqual(["績", "效"]);
});

/** Every function-valued pane word, called with n: counts take n, names and cells a fixed word. */
type Call = (n: number) => string;
const en = STRINGS.en;
const CALLS: Readonly<Record<string, Call>> = {
  indicatorsFound: (n) => en.indicatorsFound(n, n, n),
  belowTarget: (n) => en.belowTarget(n),
  reportDone: () => en.reportDone("Sheet"),
  findingsTitle: (n) => en.findingsTitle(n),
  goToCell: () => en.goToCell("C9"),
  commentsDone: (n) => en.commentsDone(n, n),
  draftsDone: (n) => en.draftsDone("Sheet", n),
  sampleInserted: () => en.sampleInserted("Sheet"),
  status: (n) => en.status(n, n, n, "107"),
  lightFilter: (n) => en.lightFilter("red", n),
  hasFindingsCount: (n) => en.hasFindingsCount(n),
  shownOf: (n) => en.shownOf(n, n),
  findingMark: (n) => en.findingMark(n),
  showHistory: () => en.showHistory("X"),
  onlyInExcel: () => en.onlyInExcel("S!B3"),
  groupToggle: (n) => en.groupToggle("Target missing", n),
  findingsShown: (n) => en.findingsShown(n, n),
  methodExample: () => en.methodExample("X"),
  scoreLine: (n) => en.scoreLine("Score", n, "特優"),
  "reading.columnRead": () => READING_STRINGS.en.columnRead("A1", "Indicator", "indicator"),
  "reading.sheetOf": () => READING_STRINGS.en.sheetOf("S"),
  "reading.problemLine": () => READING_STRINGS.en.problemLine("B2", "Check it."),
  "reading.table": () => READING_STRINGS.en.table("S", "A1:C3", "long table"),
  "reading.saved": (n) => READING_STRINGS.en.saved(n),
  "reading.roleOf": () => READING_STRINGS.en.roleOf("A", "X"),
  "reading.declared": (n) => READING_STRINGS.en.declared(n),
  "reading.shown": (n) => READING_STRINGS.en.shown(30, n),
  "reading.noMatch": () => READING_STRINGS.en.noMatch("X"),
};

/** What each call says for n = 1 and for n = 2 in English. */
const EXPECTED: Readonly<Record<string, readonly [string, string]>> = {
  indicatorsFound: ["1 table, 1 indicator; 1 below target.", "2 tables, 2 indicators; 2 below target."],
  belowTarget: ["1 period below target", "2 periods below target"],
  reportDone: ['Wrote sheet "Sheet".', 'Wrote sheet "Sheet".'],
  findingsTitle: ["1 finding", "2 findings"],
  goToCell: ["Go to C9", "Go to C9"],
  commentsDone: [
    "Wrote 1 comment; 1 cell holds a person's comment and is listed on the findings sheet.",
    "Wrote 2 comments; 2 cells hold a person's comment and are listed on the findings sheet.",
  ],
  draftsDone: ['Wrote sheet "Sheet" with 1 draft.', 'Wrote sheet "Sheet" with 2 drafts.'],
  sampleInserted: ["Inserted the sample sheets: Sheet.", "Inserted the sample sheets: Sheet."],
  status: ["1 table, 1 indicator; 1 below target in 107.", "2 tables, 2 indicators; 2 below target in 107."],
  lightFilter: ["Behind: 1", "Behind: 2"],
  hasFindingsCount: ["With findings: 1", "With findings: 2"],
  shownOf: ["Showing 1 of 1", "Showing 2 of 2"],
  findingMark: ["1 finding", "2 findings"],
  showHistory: ['History of "X"', 'History of "X"'],
  onlyInExcel: [
    "Selecting cells works when the add-in runs inside Excel; in preview, look at S!B3 in the downloaded workbook.",
    "Selecting cells works when the add-in runs inside Excel; in preview, look at S!B3 in the downloaded workbook.",
  ],
  groupToggle: ["Target missing (1)", "Target missing (2)"],
  findingsShown: ["1 finding on 1 cell", "2 findings on 2 cells"],
  methodExample: ['The figures are next period\'s drafts for "X".', 'The figures are next period\'s drafts for "X".'],
  scoreLine: ["Score: Total 1 → Outstanding", "Score: Total 2 → Outstanding"],
  "reading.columnRead": ["A1 Indicator → indicator", "A1 Indicator → indicator"],
  "reading.sheetOf": ["(S)", "(S)"],
  "reading.problemLine": ["B2: Check it.", "B2: Check it."],
  "reading.table": ["S!A1:C3: long table", "S!A1:C3: long table"],
  "reading.saved": [
    "Wrote the settings sheet (1 indicator) and analysed again.",
    "Wrote the settings sheet (2 indicators) and analysed again.",
  ],
  "reading.roleOf": ['Column A "X"', 'Column A "X"'],
  "reading.declared": ["1 declared table", "2 declared tables"],
  "reading.shown": [
    "Showing 30 of 1 indicator; type a name to find another.",
    "Showing 30 of 2 indicators; type a name to find another.",
  ],
  "reading.noMatch": ['No indicator\'s name contains "X".', 'No indicator\'s name contains "X".'],
};

test("every function-valued pane word is called here", () => {
  const functions = (o: object, prefix: string): string[] =>
    Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
      typeof v === "function"
        ? [`${prefix}${k}`]
        : typeof v === "object" && v !== null && !Array.isArray(v)
          ? functions(v, `${prefix}${k}.`)
          : [],
    );
  const named = [...functions(en, ""), ...functions(READING_STRINGS.en, "reading.")].filter(
    (k) => !k.startsWith("methodExplain."),
  );
  expect(named.sort()).toEqual(Object.keys(CALLS).sort());
});

test.each(Object.keys(CALLS))("English %s agrees with its count: 1 and 2", (name) => {
  const call = CALLS[name]!;
  expect([call(1), call(2)]).toEqual(EXPECTED[name]);
});

test("English counts take the singular at 1 only, and thousands separators come from the catalog", () => {
  for (const name of Object.keys(CALLS)) {
    expect(CALLS[name]!(1)).not.toMatch(/\b1 (tables|indicators|periods|findings|comments|cells|drafts)\b/);
    expect(CALLS[name]!(2)).not.toMatch(/\b2 (table|indicator|period|finding|comment|cell|draft)\b(?!s)/);
  }
  expect(en.status(20000, 1500, 1, null)).toBe("1 table, 20,000 indicators; 1,500 below target.");
  expect(STRINGS["zh-TW"].status(20000, 1500, 1, null)).toBe("1 個表、20,000 項指標，其中 1,500 項未達目標。");
  expect(en.findingMark(0)).toBe("0 findings");
});

test("a method's explanation names its figure when there is one, in both languages", () => {
  const methods = ["trend", "growth", "hold", "stretch"] as const;
  for (const m of methods) {
    for (const s of [STRINGS.en, STRINGS["zh-TW"]] as Strings[]) {
      const without = s.methodExplain[m](null, "5%");
      expect(s.methodExplain[m]("12.5", "5%")).toMatch(/12\.5$/);
      expect(without).not.toMatch(/[:：]/);
      if (m === "stretch") expect(without).toContain("5%");
    }
  }
});

test("the separators are each language's own, and a grade the catalog does not name is shown as it is", () => {
  expect([STRINGS.en.colon, STRINGS.en.listSeparator]).toEqual([": ", ", "]);
  expect([STRINGS["zh-TW"].colon, STRINGS["zh-TW"].listSeparator]).toEqual(["：", "、"]);
  expect(STRINGS["zh-TW"].scoreLine("評分", 92.5, "特優")).toBe("評分：總分 92.5 → 特優");
  expect(STRINGS.en.scoreLine("Score", 1234.5, "A+")).toBe("Score: Total 1234.5 → A+");
  expect(READING_STRINGS["zh-TW"].sheetOf("自訂")).toBe("（自訂）");
  expect(READING_STRINGS["zh-TW"].columnsSeparator).toBe("；");
});
