/**
 * Words through one door, on the command's side (issue 24): the command (src/cli), the file
 * adapters (src/xlsx, src/ods), the Excel adapter (src/excel) and the use-cases choose no sentence
 * by language. A line in two languages is not written twice inline (`lang === "zh-TW" ? "…" : "…"`)
 * nor kept in a table per language: it is one catalog key, worded by translate(). What differs
 * between the languages without being a word (the ROC year, a list's separator, the gap between
 * sentences) is in src/messages/locale-format.ts. Read with TypeScript's own parser, so comments
 * (which may say what a word means in either language) do not count.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const SRC = join(__dirname, "..", "..", "src");
const DIRS = ["cli", "xlsx", "excel", "ods", "usecases"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const FILES = DIRS.flatMap((dir) => filesUnder(join(SRC, dir)));

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** The names a language goes by in the code: "zh-TW", "en", and the "zh" of a --lang value. */
const LANGUAGE_NAMES = new Set(["zh-TW", "zh-tw", "zh", "en"]);

const isLanguageName = (node: ts.Node): boolean => ts.isStringLiteralLike(node) && LANGUAGE_NAMES.has(node.text);

const EQUALITY = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/**
 * What in `text` chooses words by language, or builds them outside the catalog: a comparison with a
 * language's name (`lang === "zh-TW"`, `language !== "en"`), a `case "en":`, a table keyed by
 * language (`{ "zh-TW": …, en: … }`), and any Chinese in a string or template (a sentence the
 * catalog should hold, a "中文 / English" pair included). Regular expressions are not counted: they
 * recognise what a sheet says, they print nothing.
 */
export function languageChoicesIn(text: string, name = "x.ts"): string[] {
  const found: string[] = [];
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const line = (node: ts.Node): string =>
    `${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${node.getText(source).slice(0, 80)}`;
  const visit = (node: ts.Node): void => {
    if (
      ts.isBinaryExpression(node) &&
      EQUALITY.has(node.operatorToken.kind) &&
      (isLanguageName(node.left) || isLanguageName(node.right))
    )
      found.push(line(node));
    else if (ts.isCaseClause(node) && isLanguageName(node.expression)) found.push(line(node));
    else if (ts.isObjectLiteralExpression(node)) {
      const keys = node.properties
        .map((p) =>
          p.name === undefined ? "" : ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : "",
        )
        .filter((k) => LANGUAGE_NAMES.has(k));
      if (keys.length >= 2) found.push(line(node));
    } else if ((ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) && CJK.test(node.getText(source))) {
      found.push(line(node));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe.each(FILES.map((f) => [f.slice(SRC.length + 1), f]))("%s", (_, file) => {
  test("chooses no words by language: they come from the catalog through translate()", () => {
    expect(languageChoicesIn(readFileSync(file, "utf8"), file)).toEqual([]);
  });
});

test("the scan reads the command, the writers and both adapters", () => {
  const under = (dir: string) => FILES.filter((f) => f.startsWith(join(SRC, dir))).length;
  for (const dir of DIRS) expect(under(dir)).toBeGreaterThan(0);
  expect(FILES.some((f) => f.endsWith(join("cli", "main.ts")))).toBe(true);
});

test("the scan can fail: each way of choosing words by language is caught", () => {
  const caught = (code: string) => languageChoicesIn(code).length;
  expect(caught('const s = lang === "zh-TW" ? `已寫入 ${o}` : `Wrote ${o}`;')).toBeGreaterThan(0);
  expect(caught('const zh = language === "zh-TW";')).toBe(1);
  expect(caught('const s = language !== "en" ? a : b;')).toBe(1);
  expect(caught('const s = "en" === language ? "unexpected error" : x;')).toBe(1);
  expect(caught('switch (language) { case "en": return "Total"; }')).toBe(1);
  expect(caught('const WORDS = { "zh-TW": { summary: s }, en: { summary: t } };')).toBe(1);
  expect(caught("const s = `${what}需要 LibreOffice`;")).toBe(1);
  expect(caught('throw new Error("無法讀取 / Cannot read");')).toBe(1);
  expect(caught('line.replace(/^unknown option (\\S+)/, "不認得的選項 $1");')).toBe(1);
  // What is not a choice of words: a regular expression that reads a sheet, a key, a language passed on.
  expect(caught("const TAG = /績效指標助手|Indicators add-in/;")).toBe(0);
  expect(caught('translate(language, "cli.analyzed", { read });')).toBe(0);
  expect(caught('const lang = languageNamed(value) ?? "zh-TW";')).toBe(0);
  expect(caught('const xml = `<a:endParaRPr lang="zh-TW"/>`;')).toBe(0);
});
