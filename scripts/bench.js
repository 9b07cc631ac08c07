#!/usr/bin/env node
/**
 * npm run bench: prints figures and writes docs/benchmarks.md. Not a pass/fail test.
 * 1. `indicators analyze` and `indicators report` end to end (a fresh process each) on generated
 *    long sheets and multi-year blocks: wall time and peak memory, and time per 1,000 indicators.
 * 2. The core alone against HyperFormula evaluating the same achievement and growth formulas.
 * 3. The office.js adapter against office-addin-mock: context.sync calls and the largest request.
 * 4. The task pane's initial JavaScript, gzipped.
 */
const { spawnSync } = require("node:child_process");
const { mkdtempSync, writeFileSync, readFileSync, readdirSync, mkdirSync, existsSync } = require("node:fs");
const { gzipSync } = require("node:zlib");
const { tmpdir } = require("node:os");
const path = require("node:path");
const { longSheet, multiYearSheet, figures } = require("./bench-sheets");
const { nodeStartMs, readFloorMs, writeFloorMs } = require("./bench-floors");

const ROOT = path.join(__dirname, "..");
const BENCH = path.join(ROOT, "dist", "bench");
const core = require(path.join(BENCH, "src", "core"));
const messages = require(path.join(BENCH, "src", "messages"));
const { XlsxWorkbook } = require(path.join(BENCH, "src", "xlsx", "xlsx-workbook"));
const { ExcelWorkbook } = require(path.join(BENCH, "src", "excel", "excel-workbook"));
const { mockExcel } = require(path.join(BENCH, "test", "support", "office-mock"));
const { HyperFormula } = require("hyperformula");

const LONG_SIZES = (process.env.BENCH_SIZES ?? "1000,20000,50000").split(",").map(Number);
const MULTI = { indicators: Number(process.env.BENCH_MULTI ?? 5000), periods: 10 };
const dir = mkdtempSync(path.join(tmpdir(), "bench-"));

function timed(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function runCommand(...args) {
  const run = timed(() =>
    spawnSync("node", [path.join(__dirname, "bench-child.js"), ...args], { encoding: "utf8", maxBuffer: 1 << 30 }),
  );
  if (run.value.status !== 0) throw new Error(`${args.join(" ")}: ${run.value.stderr}`);
  const { code, maxRssKb } = JSON.parse(run.value.stdout);
  if (code !== 0) throw new Error(`${args.join(" ")} exited ${code}: ${run.value.stderr}`);
  return { ms: run.ms, mb: maxRssKb / 1024 };
}

/**
 * HyperFormula given exactly the core's work: the same cells (the grid the core analyses, header,
 * names, units, targets, actuals and reported 達成度, as read) and the same measures per indicator
 * (achievement, met, light, and whether the reported 達成度 disagrees at its own precision). A long
 * table has one period per indicator, so neither side computes growth. Both sides start from the
 * grid in memory: reading the file is excluded on both, HyperFormula's sheet building included as
 * the core's detection and parsing are.
 */
function hyperFormulaRows(grid) {
  return grid.cells.map((row, i) => {
    const values = row.map((cell) => (cell.value === null ? null : cell.value));
    if (i === 0) return [...values, "達成度(計算)", "達成", "燈號", "填報不符"];
    const r = i + 1;
    return [
      ...values,
      `=IF(AND(ISNUMBER(D${r}),ISNUMBER(E${r})),IF(D${r}>0,E${r}/D${r},""),"")`,
      `=IF(ISNUMBER(H${r}),E${r}>=D${r},"")`,
      `=IF(ISNUMBER(H${r}),IF(I${r},"★",IF(H${r}>=0.9,"▲","●")),"□")`,
      `=IF(AND(ISNUMBER(F${r}),ISNUMBER(H${r})),ABS(F${r}-ROUND(H${r},4))>0.00005,FALSE)`,
    ];
  });
}

function hyperFormulaMs(rows) {
  const run = timed(() => HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3", maxRows: 1_000_000 }));
  run.value.destroy();
  return run.ms;
}

async function officeFigures(n) {
  const cells = { A1: "衡量指標", B1: "單位", C1: "目標值", D1: "實際值" };
  for (let i = 0; i < n; i++) {
    const { target, actual } = figures(i);
    Object.assign(cells, {
      [`A${i + 2}`]: `指標 ${i + 1}`,
      [`B${i + 2}`]: "件",
      [`C${i + 2}`]: target,
      [`D${i + 2}`]: actual,
    });
  }
  const excel = mockExcel([{ name: "績效", cells }]);
  const workbook = new ExcelWorkbook(excel.host);
  const grids = await workbook.readAll();
  const readSyncs = excel.syncs();
  const words = messages.reportWords("zh-TW");
  const plan = core.buildReportPlan(grids, core.analyzeWorkbook(grids), { ...core.DEFAULT_REPORT_FIGURES, words });
  const applied = await workbook.applyPlan(plan);
  return { readSyncs, writeSyncs: excel.syncs() - readSyncs, largestKb: applied.largestRequestBytes / 1024 };
}

function bundleKb() {
  const dist = path.join(ROOT, "dist");
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const files = scripts.filter((src) => existsSync(path.join(dist, src)));
  const gz = files.reduce((sum, src) => sum + gzipSync(readFileSync(path.join(dist, src))).length, 0);
  const chunks = readdirSync(path.join(dist, "chunks")).filter((f) => f.endsWith(".js"));
  const lazy = chunks.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dist, "chunks", f))).length, 0);
  return { files, initialKb: gz / 1024, lazyKb: lazy / 1024 };
}

const f0 = (x) => x.toFixed(0);
const f1 = (x) => x.toFixed(1);

async function main() {
  const lines = [];
  const say = (line = "") => {
    console.log(line);
    lines.push(line);
  };
  say("# Benchmarks");
  say();
  say(
    `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${require("node:os").cpus().length} cores.`,
  );
  say("Each command runs in a fresh process, as a user runs it: wall time includes Node's start and reading the file.");
  // A shared machine's load multiplies every wall time; the floors, measured in the same run, do not lie about it.
  say(`Load average when the run began: ${require("node:os").loadavg().map((x) => x.toFixed(1)).join(", ")} (1, 5, 15 min).`);
  say();
  say("## indicators analyze and report, end to end");
  say();
  const startMs = nodeStartMs();
  say(`Floors beside each figure: what the format allows on this machine, Node's start (${f0(startMs)} ms) included. Analyze: zlib inflating the package and one scan of the sheet XML. Report: that, plus the report sheet's XML written as strings with shared formulas and every part deflated with zlib (scripts/bench-floors.js).`);
  say();
  say("| sheet | indicators | analyze (ms) | floor | ms per 1,000 | peak MB | report (ms) | floor | ms per 1,000 | peak MB |");
  say("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  const cases = [
    ...LONG_SIZES.map((n) => ({ label: "long table", n, build: () => longSheet(n) })),
    {
      label: `multi-year × ${MULTI.periods} periods`,
      n: MULTI.indicators,
      build: () => multiYearSheet(MULTI.indicators, MULTI.periods),
    },
  ];
  for (const c of cases) {
    const file = path.join(dir, `${c.label.replace(/\W+/g, "-")}-${c.n}.xlsx`);
    writeFileSync(file, await c.build());
    const analyze = runCommand("analyze", file, "--json");
    const report = runCommand("report", file, "-o", path.join(dir, `out-${c.n}.xlsx`));
    const readFloor = startMs + readFloorMs(file);
    const writeFloor = readFloor + writeFloorMs(file, c.n);
    say(`| ${c.label} | ${c.n.toLocaleString("en-US")} | ${f0(analyze.ms)} | ${f0(readFloor)} | ${f0((analyze.ms * 1000) / c.n)} | ${f0(analyze.mb)} | ${f0(report.ms)} | ${f0(writeFloor)} | ${f0((report.ms * 1000) / c.n)} | ${f0(report.mb)} |`);
  }
  say();
  say("## The core against HyperFormula");
  say();
  say("Both start from the grid already in memory (reading the file excluded on both sides) and do the same work: the core analyses the grid (detection, parsing, achievement, met, lights, the reported-figure check); HyperFormula builds a sheet of the same cells with formulas for the same measures (achievement, met, light, reported 達成度 disagreeing at its precision) and evaluates it. Each side runs once on the same grid before it is timed. HyperFormula is a dev dependency used here only, under its GPLv3 licence (`licenseKey: \"gpl-v3\"`); it is not bundled or distributed with the add-in.");
  say();
  say("| indicators | core (ms) | HyperFormula (ms) | core ÷ HyperFormula | core is N× faster |");
  say("|---:|---:|---:|---:|---:|");
  for (const n of LONG_SIZES) {
    const grids = await (await XlsxWorkbook.fromFile(path.join(dir, `long-table-${n}.xlsx`))).readAll();
    const rows = hyperFormulaRows(grids[0]);
    core.analyzeWorkbook(grids);
    const ours = timed(() => core.analyzeWorkbook(grids)).ms;
    hyperFormulaMs(rows);
    const theirs = hyperFormulaMs(rows);
    say(`| ${n.toLocaleString("en-US")} | ${f0(ours)} | ${f0(theirs)} | ${(ours / theirs).toFixed(2)} | ${(theirs / ours).toFixed(1)} |`);
  }
  say();
  say("## The office.js adapter (office-addin-mock)");
  say();
  say("| indicators | syncs to read | syncs to write the report | largest request (KB) |");
  say("|---:|---:|---:|---:|");
  for (const n of LONG_SIZES) {
    const o = await officeFigures(n);
    say(`| ${n.toLocaleString("en-US")} | ${o.readSyncs} | ${o.writeSyncs} | ${f0(o.largestKb)} |`);
  }
  say();
  say(
    "Requests are kept under a 4 MB budget (Excel on the web refuses 5 MB); past it, a write is split and costs one more sync.",
  );
  say();
  say("## The task pane's initial JavaScript");
  say();
  const bundle = bundleKb();
  say(`${bundle.files.join(", ")}: **${f1(bundle.initialKb)} KB** gzipped (office.js not counted); split-off chunks loaded on demand (exceljs for preview): ${f1(bundle.lazyKb)} KB gzipped.`);
  await benchHostile(say, startMs);
  await require("./bench-batch").benchBatch(say);
  await require("./bench-pane").benchPane(say);
  mkdirSync(path.join(ROOT, "docs"), { recursive: true });
  writeFileSync(path.join(ROOT, "docs", "benchmarks.md"), `${lines.join("\n")}\n`);
  console.log("\nwritten to docs/benchmarks.md");
}

/**
 * Huge and hostile sheets (issue 25): a million rows, and 1.5 KB files that claim the whole sheet.
 * Memory must follow the cells present. Built with the hostile corpus's zip writer.
 */
async function benchHostile(say, startMs) {
  const f0 = (x) => x.toFixed(0);
  const { xlsx, tableRows, tableStrings } = require(path.join(BENCH, "test", "hostile", "zip"));
  const rows = Number(process.env.BENCH_HUGE_ROWS ?? 1_000_000);
  const merge = (ref) => `<mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`;
  const cases = [
    { label: `long table, ${rows.toLocaleString("en-US")} rows`, rows, body: () => `<sheetData>${tableRows(rows)}</sheetData>` },
    { label: "merge H1:XFD1048576", rows: 3, body: () => `<sheetData>${tableRows(3)}</sheetData>${merge("H1:XFD1048576")}` },
    {
      label: "one value at XFD1048576",
      rows: 3,
      body: () => `<sheetData>${tableRows(3)}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>`,
    },
    { label: "whole columns H:J merged", rows: 3, body: () => `<sheetData>${tableRows(3)}</sheetData>${merge("H1:J1048576")}` },
  ];
  say();
  say("## Huge and hostile sheets");
  say();
  say("`indicators analyze` (the table, not --json) in a fresh process; the floor as above. Memory follows the cells present: the whole-sheet merge and the far cell cost what the 3-indicator file does.");
  say();
  say("| sheet | file KB | analyze (ms) | floor | peak MB |");
  say("|---|---:|---:|---:|---:|");
  for (const c of cases) {
    const file = path.join(dir, `hostile-${c.label.replace(/\W+/g, "-")}.xlsx`);
    writeFileSync(file, xlsx({ sheetBody: c.body(), sharedStrings: tableStrings(c.rows) }));
    // Bounded: a million rows took over 400 s when this was added (issue 25); 43 s of CPU (3.0 GB) once the
    // terminal table stopped measuring each cell with string-width twice and wording every finding four times.
    const limitMs = Number(process.env.BENCH_HUGE_TIMEOUT_MS ?? 600_000);
    const run = timed(() =>
      spawnSync("node", [path.join(__dirname, "bench-child.js"), "analyze", file], {
        encoding: "utf8",
        maxBuffer: 1 << 30,
        timeout: limitMs,
      }),
    );
    const floor = startMs + readFloorMs(file);
    const kb = f0(readFileSync(file).length / 1024);
    if (run.value.status !== 0 || run.value.signal !== null) {
      say(`| ${c.label} | ${kb} | did not finish in ${f0(limitMs / 1000)} s | ${f0(floor)} | — |`);
      continue;
    }
    const { maxRssKb } = JSON.parse(run.value.stdout);
    say(`| ${c.label} | ${kb} | ${f0(run.ms)} | ${f0(floor)} | ${f0(maxRssKb / 1024)} |`);
  }
}

main().catch((error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
