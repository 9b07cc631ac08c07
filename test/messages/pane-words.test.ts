/**
 * Words through one door (issue 24): every component takes its words from the catalog through
 * useT() with typed keys, and the Excel adapter (src/excel) throws typed errors worded at the edge.
 * This reads both catalogs, every file of the pane and of the adapter, and fails on a literal word
 * in a component or in the adapter, on a key used but not defined, and on a key defined in one
 * language only; and every counted word in English agrees with its count.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { hasKey, keysUnder, translate, type MessageKey, type MessageParams } from "../../src/messages";
import { EN } from "../../src/messages/en";
import { ZH_TW } from "../../src/messages/zh-TW";

const ROOT = join(__dirname, "..", "..", "src");
const SRC = join(ROOT, "taskpane");
const EXCEL = join(ROOT, "excel");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const FILES = filesUnder(SRC);
const ADAPTER = filesUnder(EXCEL);

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/g;
const cjkIn = (text: string): string[] => text.match(CJK) ?? [];

/** The code of a TypeScript file without its comments. */
function codeOf(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/** Props whose text a person reads or hears. */
const WORD_PROPS = new Set([
  "aria-label",
  "aria-description",
  "title",
  "label",
  "placeholder",
  "alt",
  "content",
  "hint",
]);

/**
 * Words in a component that did not come through the catalog: JSX text with a letter, a literal in
 * a prop people read, and any CJK outside comments. Read with TypeScript's own parser.
 */
function literalWordsIn(text: string, name = "x.tsx"): string[] {
  const words: string[] = [];
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      const inner = node.text.replace(/&\w+;/g, " ").replace(/\s+/g, " ").trim();
      if (/[A-Za-z]{2,}/.test(inner) || cjkIn(inner).length > 0) words.push(inner);
    } else if (ts.isJsxAttribute(node) && WORD_PROPS.has(node.name.getText(source))) {
      const init = node.initializer;
      const literal =
        init && ts.isStringLiteral(init)
          ? init.text
          : init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
            ? init.expression.text
            : null;
      if (literal !== null && /[A-Za-z]{2,}/.test(literal)) words.push(literal);
    } else if (ts.isStringLiteralLike(node) && cjkIn(node.text).length > 0) {
      words.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return words;
}

/** The keys a file asks the catalog for: t("…") whole, and `…${x}` as the family its start names. */
function keysUsedIn(text: string): { whole: string[]; families: string[] } {
  const code = codeOf(text);
  const whole = [...code.matchAll(/\bt\(\s*"([^"]+)"/g)].map((m) => m[1] ?? "");
  const families = [...code.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)].map((m) => m[1] ?? "");
  return { whole, families };
}

describe.each(FILES.map((f) => [f.slice(SRC.length + 1), f]))("%s", (_, file) => {
  const text = readFileSync(file, "utf8");
  test("holds no literal word: its words come through useT()", () => {
    expect(literalWordsIn(text, file)).toEqual([]);
  });
  test("every key it uses is in the catalog", () => {
    const { whole, families } = keysUsedIn(text);
    expect(whole.filter((k) => !hasKey(k))).toEqual([]);
    expect(families.filter((prefix) => keysUnder(prefix).length === 0)).toEqual([]);
  });
});

/**
 * Words an adapter file builds itself: any CJK string (a "中文 / English" sentence included), and an
 * error made from an English sentence (two words or more) rather than a code and its values.
 */
function adapterWordsIn(text: string): string[] {
  const words: string[] = [];
  const source = ts.createSourceFile("x.ts", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) && cjkIn(node.text).length > 0) words.push(node.text);
    else if (ts.isTemplateExpression(node) && cjkIn(node.getText(source)).length > 0) words.push(node.getText(source));
    else if (ts.isNewExpression(node) && /Error$/.test(node.expression.getText(source))) {
      const first = node.arguments?.[0];
      const text =
        first && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first)) ? first.getText(source) : "";
      if (/[A-Za-z]{2,} [A-Za-z]{2,}/.test(text)) words.push(text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return words;
}

describe.each(ADAPTER.map((f) => [f.slice(ROOT.length + 1), f]))("%s", (_, file) => {
  test("builds no sentence: its errors are codes and values, worded from the catalog at the edge", () => {
    expect(adapterWordsIn(readFileSync(file, "utf8"))).toEqual([]);
  });
});

test("the adapter check can fail: a two-language sentence, an English error", () => {
  expect(adapterWordsIn('throw new Error("無法儲存設定 / Could not save the settings");').length).toBeGreaterThan(0);
  expect(adapterWordsIn("const zh = `寫入失敗：${x}`;")).toHaveLength(1);
  expect(adapterWordsIn("throw new Error(`sheets no longer there: ${lost}`);")).toHaveLength(1);
  expect(adapterWordsIn('throw new WorkbookWriteError("SHEET_PROTECTED", { sheets: locked });')).toEqual([]);
  expect(adapterWordsIn('throw new Error(lost.join(", "));')).toEqual([]);
});

test("the pane's words come through one door: no strings.ts, no reading-strings.ts, no useStrings", () => {
  const all = FILES.map((f) => readFileSync(f, "utf8")).join("\n");
  expect(FILES.some((f) => /strings\.tsx?$/.test(f))).toBe(false);
  expect(all).not.toMatch(/useStrings|READING_STRINGS|paneStrings/);
  expect(all).toMatch(/useT\(\)/);
});

test("every key is defined in both languages", () => {
  const zh = Object.keys(ZH_TW).sort();
  const en = Object.keys(EN).sort();
  expect(zh.filter((k) => !en.includes(k))).toEqual([]);
  expect(en.filter((k) => !zh.includes(k))).toEqual([]);
  for (const k of zh) expect((EN as Record<string, string>)[k]?.trim()).not.toBe("");
});

test("the checks can fail: a literal word, an unknown key, a key in one language", () => {
  expect(literalWordsIn('const a = <Button title="Close">{t("pane.closeHistory")}</Button>;')).toEqual(["Close"]);
  expect(literalWordsIn("const a = <Caption1>Analyze again</Caption1>;")).toEqual(["Analyze again"]);
  expect(literalWordsIn('const a = <Body1>{t("pane.live")}</Body1>; const b = "重新分析";')).toEqual(["重新分析"]);
  expect(literalWordsIn("const f = (): Promise<Session> => x; const g = a > b && <X />;")).toEqual([]);
  expect(literalWordsIn('const a = <Spinner size="tiny" label={t("pane.opening")} />;')).toEqual([]);
  expect(keysUsedIn('t("pane.nope"); t(`pane.tabs.${a}`)')).toEqual({ whole: ["pane.nope"], families: ["pane.tabs."] });
  expect(hasKey("pane.nope")).toBe(false);
});

const en = (key: MessageKey, params?: MessageParams): string => translate("en", key, params);
const zh = (key: MessageKey, params?: MessageParams): string => translate("zh-TW", key, params);

/** Every counted pane word, called with n: counts take n, names and cells a fixed word. */
type Call = (n: number) => string;
const status = (n: number, period: string | null) =>
  en("pane.status", { n, below: n, tables: n, period: period ?? "", hasPeriod: String(period !== null) });
const CALLS: Readonly<Record<string, Call>> = {
  indicatorsFound: (n) => status(n, null),
  belowTarget: (n) => en("pane.belowTarget", { n }),
  reportDone: () => en("pane.reportDone", { sheet: "Sheet" }),
  findingsTitle: (n) => en("pane.findingsTitle", { n }),
  goToCell: () => en("pane.goToCell", { cell: "C9" }),
  commentsDone: (n) => en("pane.commentsDone", { written: n, kept: n }),
  draftsDone: (n) => en("pane.draftsDone", { sheet: "Sheet", n }),
  sampleInserted: () => en("pane.sampleInserted", { sheets: "Sheet" }),
  status: (n) => status(n, "107"),
  lightFilter: (n) => en("pane.lightFilter", { light: en("pane.lightName.red"), n }),
  hasFindingsCount: (n) => en("pane.hasFindingsCount", { n }),
  shownOf: (n) => en("pane.shownOf", { shown: n, total: n }),
  findingMark: (n) => en("pane.findingMark", { n }),
  showHistory: () => en("pane.showHistory", { name: "X" }),
  onlyInExcel: () => en("pane.onlyInExcel", { where: "S!B3" }),
  groupToggle: (n) => en("pane.groupToggle", { kind: "Target missing", n }),
  findingsShown: (n) => en("pane.findingsShown", { n, cells: n }),
  methodExample: () => en("pane.methodExample", { name: "X" }),
  scoreLine: (n) => en("pane.scoreLine", { column: "Score", total: String(n), grade: en("grade.特優") }),
  "reading.columnRead": () => en("reading.columnRead", { cell: "A1", header: "Indicator", role: "indicator" }),
  "reading.sheetOf": () => en("reading.sheetOf", { sheet: "S" }),
  "reading.problemLine": () => en("reading.problemLine", { cell: "B2", message: "Check it." }),
  "reading.table": () => en("reading.table", { sheet: "S", range: "A1:C3", layout: "long table" }),
  "reading.saved": (n) => en("reading.saved", { n }),
  "reading.roleOf": () => en("reading.roleOf", { column: "A", text: "X" }),
  "reading.declared": (n) => en("reading.declared", { n }),
  "reading.shown": (n) => en("reading.shown", { shown: 30, total: n }),
  "reading.noMatch": () => en("reading.noMatch", { query: "X" }),
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
    "Wrote the settings sheet (1 indicator) and analyzed again.",
    "Wrote the settings sheet (2 indicators) and analyzed again.",
  ],
  "reading.roleOf": ['Column A "X"', 'Column A "X"'],
  "reading.declared": ["1 declared table", "2 declared tables"],
  "reading.shown": [
    "Showing 30 of 1 indicator; type a name to find another.",
    "Showing 30 of 2 indicators; type a name to find another.",
  ],
  "reading.noMatch": ['No indicator\'s name contains "X".', 'No indicator\'s name contains "X".'],
};

test.each(Object.keys(CALLS))("English %s agrees with its count: 1 and 2", (name) => {
  const call = CALLS[name]!;
  expect([call(1), call(2)]).toEqual(EXPECTED[name]);
});

test("English counts take the singular at 1 only, and thousands separators come from the catalog", () => {
  for (const name of Object.keys(CALLS)) {
    expect(CALLS[name]!(1)).not.toMatch(/\b1 (tables|indicators|periods|findings|comments|cells|drafts)\b/);
    expect(CALLS[name]!(2)).not.toMatch(/\b2 (table|indicator|period|finding|comment|cell|draft)\b(?!s)/);
  }
  const counts = { n: 20000, below: 1500, tables: 1, period: "", hasPeriod: "false" };
  expect(en("pane.status", counts)).toBe("1 table, 20,000 indicators; 1,500 below target.");
  expect(zh("pane.status", counts)).toBe("1 個表、20,000 項指標，其中 1,500 項未達目標。");
  expect(en("pane.findingMark", { n: 0 })).toBe("0 findings");
});

test("a method's explanation names its figure when there is one, in both languages", () => {
  const methods = ["trend", "growth", "hold", "stretch"] as const;
  for (const m of methods) {
    for (const t of [en, zh]) {
      const without = t(`pane.methodExplain.${m}`, { figure: "", hasFigure: "false", stretch: "5%" });
      expect(t(`pane.methodExplain.${m}`, { figure: "12.5", hasFigure: "true", stretch: "5%" })).toMatch(/12\.5$/);
      expect(without).not.toMatch(/[:：]/);
      if (m === "stretch") expect(without).toContain("5%");
    }
  }
});

test("the separators are each language's own", () => {
  expect([en("pane.colon"), en("pane.listSeparator")]).toEqual([": ", ", "]);
  expect([zh("pane.colon"), zh("pane.listSeparator")]).toEqual(["：", "、"]);
  expect(zh("pane.scoreLine", { column: "評分", total: "92.5", grade: zh("grade.特優") })).toBe(
    "評分：總分 92.5 → 特優",
  );
  expect(zh("reading.sheetOf", { sheet: "自訂" })).toBe("（自訂）");
  expect(zh("reading.columnsSeparator")).toBe("；");
});
