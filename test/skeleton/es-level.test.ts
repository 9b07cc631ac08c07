/**
 * Old webviews: EdgeHTML (Office 2019) parses ES2017 and no later, so every script the production
 * build emits — ours and what it bundles from node_modules — must parse at ecmaVersion 2017; the
 * Trident (IE11) fallback message's script must parse as plain ES5.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "acorn";

const out = process.env.PANE_DIST ?? "";

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "office-js" ? [] : scripts(path);
    return name.endsWith(".js") ? [path] : [];
  });
}

function syntaxError(path: string, ecmaVersion: 5 | 2017): string | null {
  try {
    parse(readFileSync(path, "utf8"), { ecmaVersion, sourceType: "script" });
    return null;
  } catch (error) {
    return `${relative(out, path)}: ${(error as Error).message}`;
  }
}

// webpack.config.js lowers node_modules JavaScript (Fluent's griffel, exceljs) with TypeScript;
// without that rule the pane and the preview chunk fail here on object spread.
test("every emitted script parses as ES2017 (office.js, Microsoft's own, excepted)", () => {
  const files = scripts(out);
  expect(files.length).toBeGreaterThan(2);
  expect(files.map((f) => syntaxError(f, 2017)).filter((e) => e !== null)).toEqual([]);
});

test("the Trident message's script is plain ES5, and the page loads it and holds the message", () => {
  expect(syntaxError(join(out, "legacy-check.js"), 5)).toBeNull();
  const html = readFileSync(join(out, "taskpane.html"), "utf8");
  // The production build minifies the HTML (no quotes, no spaces in style).
  expect(html).toMatch(/<script src="?legacy-check.js"?><\/script>/);
  expect(html).toMatch(/id="?legacy-message"? style="?display: ?none/);
  expect(html).toMatch(/indicators/);
  expect(html).toMatch(/Excel 2016/);
});

test("a parse at ES2017 does fail on later syntax (the check can fail)", () => {
  expect(() => parse("const a = b ?? c;", { ecmaVersion: 2017 })).toThrow();
  expect(() => parse("var o = { ...p };", { ecmaVersion: 2017 })).toThrow();
  // EdgeHTML has no regex lookbehind; acorn checks regex syntax at the version asked for.
  expect(() => parse("var r = /(?<=a)b/;", { ecmaVersion: 2017 })).toThrow();
  expect(() => parse("var r = /(?:a)b/;", { ecmaVersion: 2017 })).not.toThrow();
});
