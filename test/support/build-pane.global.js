/**
 * Jest globalSetup: one production build of the pane for the suites that need it (the build
 * checks and the end-to-end tests), into a temporary folder named in PANE_DIST.
 */
const { spawnSync } = require("node:child_process");
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");

module.exports = async function buildPane() {
  if (process.env.PANE_DIST) return;
  const out = mkdtempSync(path.join(tmpdir(), "pane-dist-"));
  const root = path.join(__dirname, "..", "..");
  const run = spawnSync(path.join(root, "node_modules", ".bin", "webpack"), ["--mode", "production"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, WEBPACK_OUTPUT_DIR: out, ADDIN_PRODUCTION_URL: "https://addin.example.gov.tw/indicators/" },
  });
  if (run.status !== 0) throw new Error(`webpack failed:\n${run.stdout}\n${run.stderr}`);
  process.env.PANE_DIST = out;
};
