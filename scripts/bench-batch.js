#!/usr/bin/env node
/**
 * The batch part of `npm run bench` (issue 15): `indicators review DIR -o SUMMARY.xlsx` over 200
 * agency workbooks of 50 indicators each, with 1 worker thread and with every core; and the .ods
 * read and write cost against .xlsx on the same content. Needs `npm run build:cli` and LibreOffice.
 * Alone: node scripts/bench-batch.js (BENCH_BATCH_FILES, BENCH_BATCH_INDICATORS to change the size).
 */
const { spawnSync, execFileSync } = require("node:child_process");
const { mkdtempSync, mkdirSync, writeFileSync, copyFileSync, readdirSync } = require("node:fs");
const { tmpdir, availableParallelism, loadavg } = require("node:os");
const path = require("node:path");
const { longSheet } = require("./bench-sheets");

const FILES = Number(process.env.BENCH_BATCH_FILES ?? 200);
const INDICATORS = Number(process.env.BENCH_BATCH_INDICATORS ?? 50);
const LARGE = Number(process.env.BENCH_BATCH_LARGE ?? 1000);
const MAIN = path.join(__dirname, "..", "dist", "lib", "cli", "main.js");
/** Runs one command in a fresh process; reports its exit code, peak memory and CPU time (every thread). */
const CHILD = `
const { runCli } = require(${JSON.stringify(MAIN)});
runCli(process.argv.slice(1), { out: () => undefined, err: () => undefined }).then((code) => {
  const u = process.resourceUsage();
  process.stdout.write(JSON.stringify({ code, maxRssKb: u.maxRSS, cpuUs: u.userCPUTime + u.systemCPUTime }));
});`;

function command(...args) {
  const start = process.hrtime.bigint();
  const run = spawnSync("node", ["-e", CHILD, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(" ")}: ${run.stderr}`);
  const { code, maxRssKb, cpuUs } = JSON.parse(run.stdout);
  return { ms, mb: maxRssKb / 1024, cpuS: cpuUs / 1e6, code };
}

function soffice(to, outDir, ...files) {
  execFileSync("soffice", ["--headless", "--convert-to", to, "--outdir", outDir, ...files], {
    stdio: "pipe",
    env: { ...process.env, HOME: path.dirname(outDir) },
  });
}

async function benchBatch(say) {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-batch-"));
  const books = path.join(dir, "agencies");
  mkdirSync(books);
  const one = await longSheet(INDICATORS);
  for (let i = 0; i < FILES; i++) writeFileSync(path.join(books, `agency-${String(i).padStart(3, "0")}.xlsx`), one);
  const cores = availableParallelism();
  say("## Many workbooks: `indicators review DIR -o SUMMARY.xlsx`");
  say();
  say(`${FILES} agency workbooks of ${INDICATORS} indicators each (.xlsx), one consolidated summary workbook; a fresh process, wall time and the process's peak memory (worker threads included).`);
  say();
  say(`Load average when run: ${loadavg().map((l) => l.toFixed(1)).join(", ")} on ${cores} cores (a shared machine shows less gain from more threads than an idle one).`);
  say();
  say("| worker threads | wall (s) | per workbook (ms) | CPU, all threads (s) | peak memory (MB) |");
  say("|---:|---:|---:|---:|---:|");
  for (const jobs of [...new Set([1, cores])]) {
    const r = command("review", books, "-o", path.join(dir, `summary-${jobs}.xlsx`), "--jobs", String(jobs));
    if (r.code !== 0) throw new Error(`review exited ${r.code}`);
    say(`| ${jobs} | ${(r.ms / 1000).toFixed(1)} | ${(r.ms / FILES).toFixed(0)} | ${r.cpuS.toFixed(1)} | ${r.mb.toFixed(0)} |`);
  }
  // Where one machine's batch goes: the same workbooks, five times as many, every core.
  const large = path.join(dir, "large");
  mkdirSync(large);
  for (let i = 0; i < LARGE; i++) writeFileSync(path.join(large, `agency-${String(i).padStart(4, "0")}.xlsx`), one);
  const r = command("review", large, "-o", path.join(dir, "summary-large.xlsx"), "--jobs", String(cores));
  say(`| ${cores} (${LARGE} workbooks) | ${(r.ms / 1000).toFixed(1)} | ${(r.ms / LARGE).toFixed(0)} | ${r.cpuS.toFixed(1)} | ${r.mb.toFixed(0)} |`);
  say();

  // The same content as .ods: one workbook read and written either way, a fresh process each.
  const xlsx = path.join(dir, "one.xlsx");
  copyFileSync(path.join(books, readdirSync(books)[0]), xlsx);
  soffice("ods", dir, xlsx);
  const ods = path.join(dir, "one.ods");
  const best = (...args) => Math.min(...[0, 1, 2].map(() => command(...args).ms));
  const rows = [
    ["analyze (read)", best("analyze", xlsx), best("analyze", ods)],
    ["report (read and write)", best("report", xlsx, "-o", path.join(dir, "r.xlsx")), best("report", ods, "-o", path.join(dir, "r.ods"))],
  ];
  say(`### .ods against .xlsx (one workbook of ${INDICATORS} indicators, best of 3)`);
  say();
  say("| command | .xlsx (ms) | .ods (ms) | .ods cost |");
  say("|---|---:|---:|---:|");
  for (const [label, a, b] of rows) say(`| ${label} | ${a.toFixed(0)} | ${b.toFixed(0)} | +${(b - a).toFixed(0)} ms |`);
  say();
  say("An .ods goes through LibreOffice headless (a start per file alone; in a batch, 25 files per start), which is most of its cost.");
  say();
  // A batch of .ods: how much the one-start-per-chunk conversion saves.
  const odsBooks = path.join(dir, "ods-agencies");
  mkdirSync(odsBooks);
  for (let i = 0; i < 50; i++) copyFileSync(ods, path.join(odsBooks, `agency-${i}.ods`));
  const batch = command("review", odsBooks, "-o", path.join(dir, "summary-ods.xlsx"));
  say(`50 such .ods in one \`review\` (${cores} worker threads): ${(batch.ms / 1000).toFixed(1)} s, ${(batch.ms / 50).toFixed(0)} ms per workbook, peak ${batch.mb.toFixed(0)} MB (LibreOffice's own time and memory are in other processes, not counted in the peak).`);
  say();
}

module.exports = { benchBatch };

if (require.main === module) {
  benchBatch((line = "") => console.log(line)).catch((error) => {
    console.error(`bench-batch failed: ${error.message}`);
    process.exit(1);
  });
}
