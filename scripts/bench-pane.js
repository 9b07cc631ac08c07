#!/usr/bin/env node
/**
 * The task pane in headless Chromium (Debian's /usr/bin/chromium through playwright-core), in
 * preview mode on generated long tables: time from the file chosen to the analysis finishing and to
 * the table shown, the time to switch areas and filters, and the number of DOM nodes. Needs the
 * webpack build in dist/. Run alone (`node scripts/bench-pane.js`) or from bench.js.
 */
const http = require("node:http");
const { mkdtempSync, writeFileSync, readFileSync, existsSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");
const { longSheet } = require("./bench-sheets");

const ROOT = path.join(__dirname, "..");
const SIZES = (process.env.BENCH_PANE_SIZES ?? "200,2000,20000").split(",").map(Number);
const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xlsx": "application/octet-stream",
  ".xml": "text/xml",
};

function serve(dist) {
  const server = http.createServer((req, res) => {
    const file = path.join(dist, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
    res
      .writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** In the page: time from a click until `ready()` holds and a frame has been drawn. */
async function timeClick(page, locator, ready) {
  await locator.evaluate((el) => (window.__clickTarget = el));
  return page.evaluate(async (readySource) => {
    const ready = new Function(`return (${readySource})`)();
    const start = performance.now();
    window.__clickTarget.click();
    while (!ready()) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - start;
  }, ready.toString());
}

const nodes = (page) => page.evaluate(() => document.getElementsByTagName("*").length);

async function measure(browser, url, file) {
  const context = await browser.newContext({ locale: "zh-TW", viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const input = page.getByLabel("選擇活頁簿 (.xlsx)");
  await input.waitFor({ state: "attached" });
  const chosen = await page.evaluate(() => performance.now());
  await input.setInputFiles(file);
  await page.waitForFunction(
    () => document.querySelector('[role="grid"] [aria-rowindex="2"]') !== null && (window.__shown = performance.now()),
    undefined,
    { polling: "raf", timeout: 600_000 },
  );
  const { shown, analysed } = await page.evaluate(() => ({
    shown: window.__shown,
    analysed: performance.getEntriesByName("indicators:analysis-done").at(-1)?.startTime ?? NaN,
  }));
  const counts = { analyze: await nodes(page) };
  const switches = [];
  const tab = (name) => page.getByRole("tab", { name });
  const areas = [
    [
      "檢核",
      () =>
        /檢核發現|沒有檢核發現/.test(document.querySelector('[role="tabpanel"] [role="status"]')?.textContent ?? ""),
    ],
    ["目標", () => document.querySelector('[role="tabpanel"] [role="radiogroup"]') !== null],
    ["報表", () => /插入或更新報表/.test(document.querySelector('[role="tabpanel"]')?.textContent ?? "")],
    ["讀取", () => /這份活頁簿是怎麼讀的/.test(document.querySelector('[role="tabpanel"]')?.textContent ?? "")],
    ["分析", () => document.querySelector('[role="grid"] [aria-rowindex="2"]') !== null],
  ];
  for (const [name, ready] of areas) {
    switches.push(await timeClick(page, tab(name), ready));
    counts[name] = await nodes(page);
  }
  const before = await page.evaluate(() => document.querySelector('[aria-live="polite"]')?.textContent);
  const filter = await timeClick(
    page,
    page.getByRole("button", { name: /^落後/ }),
    new Function(
      `return () => document.querySelector('[aria-live="polite"]')?.textContent !== ${JSON.stringify(before)}`,
    )(),
  );
  counts.filtered = await nodes(page);
  await context.close();
  return {
    toTable: shown - chosen,
    afterAnalysis: shown - analysed,
    analysis: analysed - chosen,
    switches,
    filter,
    maxNodes: Math.max(...Object.values(counts)),
  };
}

async function benchPane(say = console.log) {
  const { chromium } = require("playwright-core");
  const dist = path.join(ROOT, "dist");
  const server = await serve(dist);
  const url = `http://127.0.0.1:${server.address().port}/taskpane.html`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const dir = mkdtempSync(path.join(tmpdir(), "bench-pane-"));
  say();
  say("## The task pane in headless Chromium");
  say();
  say(
    "Preview mode at 320 px, a long table picked as a file: from the file chosen to the analysis done (read by the add-in's own xlsx reader over fflate and analysed, in the page) and to the table drawn; then the slowest switch between the five areas, a filter chip (● behind), and the most DOM nodes seen on any area.",
  );
  say();
  say(
    "| indicators | analysis done (ms) | table shown (ms) | table after analysis (ms) | slowest area switch (ms) | filter (ms) | most DOM nodes |",
  );
  say("|---:|---:|---:|---:|---:|---:|---:|");
  try {
    // One unreported run first: the first page in a fresh browser pays for compiling the bundle,
    // which would land on whichever size came first.
    const warm = path.join(dir, "warm-up.xlsx");
    writeFileSync(warm, await longSheet(200));
    await measure(browser, url, warm);
    for (const n of SIZES) {
      const file = path.join(dir, `long-${n}.xlsx`);
      writeFileSync(file, await longSheet(n));
      const m = await measure(browser, url, file);
      say(
        `| ${n.toLocaleString("en-US")} | ${m.analysis.toFixed(0)} | ${m.toTable.toFixed(0)} | ${m.afterAnalysis.toFixed(0)} | ${Math.max(...m.switches).toFixed(0)} | ${m.filter.toFixed(0)} | ${m.maxNodes.toLocaleString("en-US")} |`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  say();
}

module.exports = { benchPane };
if (require.main === module)
  benchPane().catch((error) => {
    console.error(`bench-pane failed: ${error.stack}`);
    process.exit(1);
  });
