/** `npm run build` (webpack, production) writes the pane, the manifest with production URLs, and the assets. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
/** Built once for the run by test/support/build-pane.global.js, with ADDIN_PRODUCTION_URL set. */
const out = process.env.PANE_DIST ?? "";

test("dist has taskpane.html, commands.html, manifest.xml, the icons and the offline office.js", () => {
  for (const file of [
    "taskpane.html",
    "commands.html",
    "manifest.xml",
    "help.html",
    "office-fallback.js",
    "office-js/office.js",
  ]) {
    expect(existsSync(join(out, file))).toBe(true);
  }
  for (const size of [16, 32, 64, 80]) expect(existsSync(join(out, "assets", `icon-${size}.png`))).toBe(true);
});

test("the production manifest points at the production URL and nowhere local", () => {
  const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
  expect(manifest).not.toMatch(/localhost/);
  expect(manifest).toContain("https://addin.example.gov.tw/indicators/taskpane.html");
  expect(manifest).toContain("<AppDomain>https://addin.example.gov.tw</AppDomain>");
  const run = spawnSync("node", [join(ROOT, "scripts", "validate-manifest.js"), join(out, "manifest.xml")], {
    encoding: "utf8",
  });
  expect(run.stdout + run.stderr).toMatch(/is valid/);
});

test("taskpane.html loads office.js from Microsoft's CDN, then the offline fallback, then the bundle", () => {
  const html = readFileSync(join(out, "taskpane.html"), "utf8");
  const cdn = html.indexOf("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  const fallback = html.indexOf("office-fallback.js");
  const bundle = html.search(/taskpane\.[0-9a-f]{8}\.js/);
  expect(cdn).toBeGreaterThan(0);
  expect(fallback).toBeGreaterThan(cdn);
  expect(bundle).toBeGreaterThan(fallback);
  const csp = /Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
  const sources = new Set(csp.split(";").flatMap((d) => d.trim().split(/\s+/).slice(1)));
  // Its own origin and Microsoft's office.js CDN, and nothing else (data:/blob: for inline images and downloads).
  expect(
    [...sources].filter((src) => !["'self'", "'none'", "'unsafe-inline'", "data:", "blob:"].includes(src)),
  ).toEqual(["https://appsforoffice.microsoft.com"]);
  expect(csp).toMatch(/default-src 'self'/);
  expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com(;|$)/);
});

test("preview mode's reader and writer (with fflate) are split off the initial bundle; exceljs is in none", () => {
  const main = readdirSync(out).find((f) => /^taskpane\..*\.js$/.test(f))!;
  const initial = readFileSync(join(out, main), "utf8");
  expect(initial).not.toMatch(/exceljs/i);
  const chunks = readdirSync(join(out, "chunks"));
  const preview = chunks.filter((f) => f.startsWith("preview-xlsx"));
  expect(preview.length).toBeGreaterThan(0);
  // fflate's inflate (its "invalid block type" error) is in a chunk loaded with preview, not in the initial bundle.
  expect(initial).not.toMatch(/invalid block type/);
  expect(chunks.some((f) => /invalid block type/.test(readFileSync(join(out, "chunks", f), "utf8")))).toBe(true);
  for (const chunk of chunks) expect(readFileSync(join(out, "chunks", chunk), "utf8")).not.toMatch(/ExcelJS|exceljs/);
});

test("the pane's first download is under its limit; the areas, the engine and the writer come later", () => {
  // scripts/bundle-size.js is the bench's own measure: what taskpane.html loads, gzipped.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { INITIAL_LIMIT_KB, paneBundle } = require(join(ROOT, "scripts", "bundle-size.js")) as {
    INITIAL_LIMIT_KB: number;
    paneBundle: (dist: string) => { files: string[]; initialKb: number; lazy: Array<{ file: string }> };
  };
  const bundle = paneBundle(out);
  expect(bundle.files.some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
  expect(bundle.initialKb).toBeLessThan(INITIAL_LIMIT_KB);
  const lazy = bundle.lazy.map((c) => c.file);
  for (const chunk of ["engine", "excel-write", "area-analyze", "area-reading", "area-targets", "area-report"])
    expect(lazy.some((f) => f.startsWith(`${chunk}.`))).toBe(true);
  const html = readFileSync(join(out, "taskpane.html"), "utf8");
  expect(html).not.toMatch(/chunks\//);
});
