#!/usr/bin/env node
/**
 * npm run bench: generates long indicator sheets and times `indicators analyze` end to end
 * (a fresh process, as a user runs it) and the engine alone on the grid already read.
 * Prints figures; it is not a pass/fail test.
 */
const { spawnSync } = require("node:child_process");
const { mkdtempSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");
const ExcelJS = require("exceljs");

const LIB = path.join(__dirname, "..", "dist", "lib");
const { analyzeWorkbook } = require(path.join(LIB, "core"));
const { XlsxWorkbook } = require(path.join(LIB, "xlsx", "xlsx-workbook"));
const CLI = path.join(LIB, "cli", "main.js");

async function longSheet(n) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("績效");
  sheet.addRow(["年度績效目標", "衡量指標", "單位", "原定目標值", "實際值", "達成度", "備註"]);
  for (let i = 0; i < n; i++) {
    const target = 100 + (i % 900);
    const actual = Math.round(target * (0.8 + ((i * 7919) % 400) / 1000));
    const row = sheet.addRow([`目標 ${i % 50}`, `指標 ${i + 1}`, "件", target, actual, actual / target, ""]);
    row.getCell(6).numFmt = "0.00%";
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function ms(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-"));
  const sizes = (process.env.BENCH_SIZES ?? "1000,10000,20000").split(",").map(Number);
  const rows = [];
  for (const n of sizes) {
    const file = path.join(dir, `long-${n}.xlsx`);
    writeFileSync(file, await longSheet(n));
    const cli = ms(() => spawnSync("node", [CLI, "analyze", file, "--json"], { encoding: "utf8", maxBuffer: 1 << 30 }));
    if (cli.value.status !== 0) throw new Error(cli.value.stderr);
    const grids = await (await XlsxWorkbook.fromFile(file)).readAll();
    const core = ms(() => analyzeWorkbook(grids));
    const found = core.value.sheets[0].indicators.length;
    rows.push({ indicators: n, found, endToEndMs: Math.round(cli.ms), coreMs: Math.round(core.ms) });
  }
  console.log("indicators analyze on a long sheet (one row per indicator)\n");
  console.log("| indicators | found | end to end (ms) | core alone (ms) | core share |");
  console.log("|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(`| ${r.indicators} | ${r.found} | ${r.endToEndMs} | ${r.coreMs} | ${Math.round((100 * r.coreMs) / r.endToEndMs)}% |`);
  }
}

main().catch((error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
