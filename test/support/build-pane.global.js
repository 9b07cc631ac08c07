/**
 * Jest globalSetup: one production build of the pane for the suites that need it (the build
 * checks and the end-to-end tests), into a temporary folder named in PANE_DIST; and the office.js
 * double bundled for the page (office-double.webpack.js), named in OFFICE_DOUBLE_JS, for the
 * end-to-end tests in Excel mode.
 */
const { spawnSync } = require("node:child_process");
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");

/** The double's bundle; resolves to its path. */
function buildOfficeDouble() {
  const webpack = require("webpack");
  const out = mkdtempSync(path.join(tmpdir(), "office-double-"));
  const config = require("./office-double.webpack.js")(out);
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error || stats.hasErrors()) reject(error ?? new Error(`office double: ${stats.toString("errors-only")}`));
      else resolve(path.join(out, "office-double.js"));
    }),
  );
}

module.exports = async function buildPane() {
  if (!process.env.OFFICE_DOUBLE_JS) process.env.OFFICE_DOUBLE_JS = await buildOfficeDouble();
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
