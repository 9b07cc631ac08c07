/** `npm run build` (webpack, production) writes the pane, the manifest with production URLs, and the assets. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const out = mkdtempSync(join(tmpdir(), "dist-"));

beforeAll(() => {
  const run = spawnSync(join(ROOT, "node_modules", ".bin", "webpack"), ["--mode", "production"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, WEBPACK_OUTPUT_DIR: out, ADDIN_PRODUCTION_URL: "https://addin.example.gov.tw/indicators/" },
  });
  if (run.status !== 0) throw new Error(`webpack failed:\n${run.stdout}\n${run.stderr}`);
}, 180_000);

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
  expect(html).toMatch(/Content-Security-Policy/);
});

test("exceljs is not in the initial bundle; it is split off for preview mode", () => {
  const main = readdirSync(out).find((f) => /^taskpane\..*\.js$/.test(f))!;
  expect(readFileSync(join(out, main), "utf8")).not.toMatch(/exceljs/i);
  expect(readdirSync(join(out, "chunks")).some((f) => f.startsWith("preview-xlsx"))).toBe(true);
});
