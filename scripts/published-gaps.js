#!/usr/bin/env node
/**
 * Rewrites test/published/known-gaps.json from a jest JSON run of test/published, and prints what
 * changed. A gap that disappears is a table now read right; a gap that appears is a new misreading,
 * which this script refuses to record unless --accept-new is given (so a regression is never filed
 * away by accident).
 *   npx jest test/published --json --outputFile=/tmp/published.json; node scripts/published-gaps.js /tmp/published.json
 */
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const file = join(__dirname, "..", "test", "published", "known-gaps.json");
const run = JSON.parse(readFileSync(process.argv[2], "utf8"));
const old = JSON.parse(readFileSync(file, "utf8"));
const gaps = {};
const suffixOf = (title) => (title.startsWith("score sheets") ? "#score" : title.startsWith("says so") ? "#findings" : "");
const strip = (text) => text.replace(/\x1b\[[0-9;]*m/g, "");
for (const suite of run.testResults) {
  for (const test of suite.assertionResults) {
    const id = test.ancestorTitles[0];
    if (!/gaps on record|^says so|^score sheets/.test(test.title)) continue;
    const key = id + suffixOf(test.title);
    if (test.status === "passed") {
      if (old[key]) gaps[key] = old[key];
      continue;
    }
    const message = strip(test.failureMessages.join("\n"));
    const received = [...message.matchAll(/^\s*\+\s+"(.*)",?$/gm)].map((m) => JSON.parse(`"${m[1]}"`));
    const expected = new Set([...message.matchAll(/^\s*-\s+"(.*)",?$/gm)].map((m) => JSON.parse(`"${m[1]}"`)));
    const kept = (old[key] ?? []).filter((g) => !expected.has(g));
    const now = [...kept, ...received];
    if (now.length > 0) gaps[key] = now;
  }
}
const added = [];
const removed = [];
for (const key of new Set([...Object.keys(old), ...Object.keys(gaps)])) {
  const before = new Set(old[key] ?? []);
  const after = new Set(gaps[key] ?? []);
  for (const g of after) if (!before.has(g)) added.push(`${key}: ${g}`);
  for (const g of before) if (!after.has(g)) removed.push(`${key}: ${g}`);
}
for (const r of removed) console.log(`- ${r}`);
for (const a of added) console.log(`+ ${a}`);
if (added.length > 0 && !process.argv.includes("--accept-new")) {
  console.error(`${added.length} new misreading(s): not recorded. Fix them, or pass --accept-new to record them as gaps.`);
  process.exit(1);
}
const sorted = Object.fromEntries(Object.entries(gaps).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
const count = Object.values(sorted).reduce((n, list) => n + list.length, 0);
console.log(`${count} gaps in ${Object.keys(sorted).length} entries (${removed.length} removed, ${added.length} added).`);
