#!/usr/bin/env node
/** Runs one `indicators` command in this fresh process and reports its peak memory. */
const path = require("node:path");
const { runCli } = require(path.join(__dirname, "..", "dist", "lib", "cli", "main.js"));

runCli(process.argv.slice(2), { out: () => undefined, err: (text) => process.stderr.write(`${text}\n`) }).then((code) => {
  process.stdout.write(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS }));
});
