#!/usr/bin/env node
/**
 * The last step of `npm run build:cli`: the command's bundle (dist/lib/cli/main.js as webpack wrote
 * it) becomes main-bundle.js, and main.js a small loader that compiles it with V8's code cache,
 * main-bundle.cache, made here after a run of analyze and report on a sample. Compiling the 1.5 MB
 * bundle, and then each function the command calls, was some 40–60 ms of every command's start.
 *
 * The bundle runs as it did (the loader hands it its own module, require, __filename and __dirname).
 * A cache V8 does not accept (another node version, other V8 flags, an edited bundle) is ignored and
 * the bundle compiled as before: the cache only ever saves time.
 */
const { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { createHash } = require("node:crypto");
const vm = require("node:vm");
const Module = require("node:module");

const DIR = join(__dirname, "..", "dist", "lib", "cli");
const MAIN = join(DIR, "main.js");
const BUNDLE = join(DIR, "main-bundle.js");
const CACHE = join(DIR, "main-bundle.cache");
const SAMPLE = join(__dirname, "..", "samples", "kpi-report-107.xlsx");

/**
 * The loader. V8 checks a cache against the length of the source, not its text: the cache is used
 * only for the bundle it was made with (its SHA-256), so a bundle edited by hand is compiled afresh.
 */
const loader = (digest) => `#!/usr/bin/env node
"use strict";
// The command's bundle, compiled with the code cache built with it (scripts/code-cache.js); V8
// ignores a cache it cannot use, and the bundle is then compiled as any script is.
const { readFileSync } = require("node:fs");
const { createHash } = require("node:crypto");
const { join } = require("node:path");
const { Script } = require("node:vm");
const { wrap } = require("node:module");
const file = join(__dirname, "main-bundle.js");
const bytes = readFileSync(file);
let cachedData;
try {
  if (createHash("sha256").update(bytes).digest("hex") === "${digest}")
    cachedData = readFileSync(join(__dirname, "main-bundle.cache"));
} catch {
  cachedData = undefined;
}
new Script(wrap(bytes.toString("utf8")), { filename: file, cachedData })
  .runInThisContext()
  .call(exports, exports, require, module, __filename, __dirname);
`;

function main() {
  const source = readFileSync(MAIN, "utf8");
  // webpack's bundle starts with the bin's #! line, which a wrapped script cannot hold: a comment
  // in its place keeps the line numbers of stack traces.
  const bundle = source.startsWith("#!") ? `//${source.slice(2)}` : source;
  writeFileSync(BUNDLE, bundle);
  writeFileSync(MAIN, loader(createHash("sha256").update(bundle, "utf8").digest("hex")), { mode: 0o755 });
  rmSync(CACHE, { force: true });
  const script = new vm.Script(Module.wrap(bundle), { filename: BUNDLE });
  const exported = { exports: {} };
  script.runInThisContext().call(exported.exports, exported.exports, require, exported, MAIN, DIR);
  // A warm-up that fails costs only the functions it would have compiled: the cache is written anyway.
  warmUp(exported.exports.runCli)
    .catch((error) => console.warn(`code-cache: warm-up failed (${error}); the cache holds less`))
    .then(() => writeFileSync(CACHE, script.createCachedData()));
}

/** analyze (text and JSON) and report on a sample, so that the functions they call are in the cache. */
async function warmUp(runCli) {
  if (!existsSync(SAMPLE)) return;
  const quiet = { out: () => {}, err: () => {} };
  const dir = mkdtempSync(join(tmpdir(), "indicators-code-cache-"));
  try {
    await runCli(["analyze", SAMPLE], quiet);
    await runCli(["analyze", SAMPLE, "--json"], quiet);
    await runCli(["report", SAMPLE, "-o", join(dir, "report.xlsx")], quiet);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
