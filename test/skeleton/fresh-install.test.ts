/**
 * Every script the README names runs after a plain `npm ci` (issue 24). npm 11 does not install a
 * package the lock marks optional and peer only (as it marked fs-extra, which
 * @microsoft/app-manifest requires at load without declaring it): `npm run bench` then stopped with
 * "Cannot find module 'fs-extra'". This loads what the scripts load, refusing every module such a
 * lock would leave out. `.ci/readme-scripts` runs the scripts themselves in a fresh clone.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

/** What the scripts require from node_modules: the bench, its office.js double, the pane bench. */
const LOADED_BY_SCRIPTS = ["office-addin-mock", "office-addin-manifest", "hyperformula", "exceljs", "playwright-core"];

/** A node process that fails to resolve any package npm 11 would not have installed from the lock. */
const PROBE = `
const Module = require("node:module");
const path = require("node:path");
const lock = require(path.join(process.cwd(), "package-lock.json"));
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const file = resolve.call(this, request, parent, ...rest);
  const at = file.lastIndexOf("node_modules" + path.sep);
  if (at >= 0) {
    const parts = file.slice(at).split(path.sep);
    const name = parts[1].startsWith("@") ? parts[1] + "/" + parts[2] : parts[1];
    const entry = lock.packages[file.slice(0, at).replace(process.cwd() + path.sep, "") + "node_modules/" + name];
    if (entry && entry.optional && entry.peer)
      throw new Error("Cannot find module '" + name + "' (the lock marks it optional and peer: npm ci leaves it out)");
  }
  return file;
};
for (const name of JSON.parse(process.argv[1])) require(name);
console.log("loaded");
`;

test("what the README's scripts load is what npm ci installs", () => {
  const run = spawnSync("node", ["-e", PROBE, JSON.stringify(LOADED_BY_SCRIPTS)], { cwd: ROOT, encoding: "utf8" });
  expect(run.stderr).not.toMatch(/Cannot find module/);
  expect(run.stdout.trim()).toBe("loaded");
});

test("the lock installs fs-extra for @microsoft/app-manifest (a direct dev dependency)", () => {
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, { optional?: boolean; peer?: boolean; devDependencies?: Record<string, string> }>;
  };
  expect(lock.packages[""]?.devDependencies?.["fs-extra"]).toBeDefined();
  expect(lock.packages["node_modules/fs-extra"]?.peer).toBeUndefined();
});

test("every script the README names is a script of package.json", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> })
    .scripts;
  const named = new Set([...readme.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1] ?? ""));
  const table = readme.slice(readme.indexOf("## Scripts"), readme.indexOf("\n## ", readme.indexOf("## Scripts") + 1));
  for (const m of table.matchAll(/^\| `([a-z:-]+)`(?: \/ `([a-z:-]+)`)?\s*\|/gm)) {
    named.add(m[1] ?? "");
    if (m[2]) named.add(m[2]);
  }
  expect(named.size).toBeGreaterThan(8);
  for (const name of named) expect(Object.keys(scripts)).toContain(name);
  // .ci/readme-scripts runs each of them (the long-running servers and sideloading aside).
  const step = readFileSync(join(ROOT, ".ci", "readme-scripts"), "utf8");
  const longRunning = new Set(["dev-server", "watch", "start", "stop", "test"]);
  for (const name of named) if (!longRunning.has(name)) expect(step).toMatch(new RegExp(`npm run ${name}\\b`));
});
