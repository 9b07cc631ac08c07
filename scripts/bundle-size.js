/* eslint-disable no-undef */
/**
 * The task pane's first download, measured as a browser makes it: the scripts taskpane.html loads
 * from the add-in's own origin (office.js from Microsoft's CDN aside), gzipped. Chunks fetched later
 * by import() (areas, the engine, preview's reader, the writer) are listed apart. Used by
 * `npm run bench` and by test/skeleton/build.test.ts, which holds the limit.
 */
const { readFileSync, readdirSync, existsSync, mkdtempSync, rmSync } = require("node:fs");
const { gzipSync } = require("node:zlib");
const { tmpdir } = require("node:os");
const path = require("node:path");

/** Issue 24: the initial JavaScript stays under this many KB gzipped. */
const INITIAL_LIMIT_KB = 200;

const gzKb = (file) => gzipSync(readFileSync(file)).length / 1024;

function initialScripts(dist) {
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src) && existsSync(path.join(dist, src)));
}

/** { files, initialKb, lazy: [{ file, kb }], lazyKb } for a built dist/. */
function paneBundle(dist) {
  const files = initialScripts(dist);
  const initialKb = files.reduce((sum, src) => sum + gzKb(path.join(dist, src)), 0);
  const chunks = existsSync(path.join(dist, "chunks")) ? readdirSync(path.join(dist, "chunks")) : [];
  const lazy = chunks
    .filter((f) => f.endsWith(".js"))
    .map((file) => ({ file, kb: gzKb(path.join(dist, "chunks", file)) }))
    .sort((a, b) => b.kb - a.kb);
  return { files, initialKb, lazy, lazyKb: lazy.reduce((sum, c) => sum + c.kb, 0) };
}

/**
 * The floor: scripts/bundle-floor-entry.js (React, react-dom, FluentProvider, webLightTheme, one
 * Button) through the pane's own webpack rules and production settings; its gzipped KB.
 */
async function floorKb(root) {
  const webpack = require("webpack");
  const out = mkdtempSync(path.join(tmpdir(), "pane-floor-"));
  const base = await require(path.join(root, "webpack.config.js"))({}, { mode: "production" });
  const config = {
    ...base,
    mode: "production",
    entry: { floor: path.join(root, "scripts", "bundle-floor-entry.js") },
    output: { path: out, filename: "[name].js" },
    plugins: [],
    devServer: undefined,
  };
  delete config.devServer;
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (error, result) => (error ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  const kb = gzKb(path.join(out, "floor.js"));
  rmSync(out, { recursive: true, force: true });
  return kb;
}

module.exports = { INITIAL_LIMIT_KB, paneBundle, floorKb };
