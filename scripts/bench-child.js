#!/usr/bin/env node
/**
 * Runs one `indicators` command in this fresh process and reports its peak memory. What the command
 * prints goes to /dev/null, written as it would be to a terminal: building and writing the output
 * (35 MB of JSON for 20,000 indicators) is part of the figure.
 */
const path = require("node:path");
const { openSync, writeSync } = require("node:fs");
const { runCli } = require(path.join(__dirname, "..", "dist", "lib", "cli", "main.js"));

const sink = openSync("/dev/null", "w");
runCli(process.argv.slice(2), {
  // As the command writes it (src/cli/main.ts): the text, then its newline, not a copy of both.
  out: (text) => {
    writeSync(sink, text);
    if (!text.endsWith("\n")) writeSync(sink, "\n");
  },
  err: (text) => process.stderr.write(`${text}\n`),
}).then((code) => {
  process.stdout.write(JSON.stringify({ code, maxRssKb: peakKb() }));
});

/**
 * The command's own peak (KB): VmHWM, the high-water mark of the address space exec gave it. maxRSS
 * is carried over from the parent at fork on Linux, so it can report the bench's own size instead.
 */
function peakKb() {
  try {
    const m = /VmHWM:\s*(\d+)/.exec(require("node:fs").readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]);
  } catch {
    // not Linux: the kernel's maxRSS
  }
  return process.resourceUsage().maxRSS;
}
