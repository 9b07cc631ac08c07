/**
 * A person's path through the pane in headless Chromium, for every fixture, in preview mode (Excel
 * cannot run here): pick the workbook, see indicators and lights, insert the report, see and write
 * findings, draft targets, download; no console errors, no foreign requests, axe finds nothing.
 */
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { cellsOf } from "../support/cells-of";
import { PaneBrowser } from "../support/pane-browser";
import { writeXlsx } from "../support/workbook-spec";

const ROOT = join(__dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "fixtures", "shared");
const SHOTS =
  process.env.UPDATE_SCREENSHOTS === "1" ? join(ROOT, "docs", "screenshots") : mkdtempSync(join(tmpdir(), "shots-"));
const dir = mkdtempSync(join(tmpdir(), "e2e-"));
let pane: PaneBrowser;

beforeAll(async () => {
  pane = await PaneBrowser.start(process.env.PANE_DIST ?? join(ROOT, "dist"));
  mkdirSync(SHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await pane.close();
});

async function axe(page: Page): Promise<string[]> {
  // Fluent's TabList keeps arrow-key focus with tabster's sentinel <i data-tabster-dummy> elements,
  // which pass focus on at once; axe reads them as focusable aria-hidden nodes. Everything else is checked.
  const results = await new AxeBuilder({ page }).include("main").exclude("[data-tabster-dummy]").analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function pick(page: Page, file: string): Promise<void> {
  await page.getByLabel("選擇活頁簿 (.xlsx)").setInputFiles(file);
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
}

interface Flow {
  readonly file: string;
  readonly status: RegExp;
  readonly lights: readonly string[];
  readonly findings: RegExp;
  readonly drafts: RegExp | null;
  /** Which areas this fixture shows best, for docs/screenshots. */
  readonly shots: ReadonlyArray<"analyze" | "report" | "review" | "targets">;
  readonly singleYear?: boolean;
}

const FLOWS: Flow[] = [
  {
    file: "kpi-report-107.xlsx",
    status: /2 個表、2 項指標，其中 1 項未達目標/,
    // The table shows the reporting period (107): ★ and ▲; the earlier □ is in the history.
    lights: ["★", "▲"],
    findings: /沒有檢核發現/,
    drafts: /3,343 人/,
    shots: ["analyze", "report", "targets"],
  },
  {
    file: "budget-performance-100.xlsx",
    status: /1 個表、11 項指標，其中 0 項未達目標/,
    lights: ["★"],
    findings: /檢核發現 3 項/,
    drafts: null,
    // A single-year table (100 年度): hold and stretch draft; trend and growth need two periods.
    singleYear: true,
    shots: ["review"],
  },
  {
    file: "evaluation-scorecard-110.xlsx",
    status: /找不到指標表|評分/,
    lights: [],
    findings: /沒有檢核發現/,
    drafts: null,
    shots: [],
  },
];

describe.each(FLOWS)("$file", (flow) => {
  test("open, analyze, report, review, targets, download", async () => {
    const run = await pane.open();
    const { page } = run;
    const input = join(FIXTURES, flow.file);
    await pick(page, input);
    await page
      .getByText(flow.status)
      .or(page.getByText(/總分 86 → 甲等/))
      .first()
      .waitFor();
    for (const light of flow.lights)
      expect(
        await page
          .getByRole("img", { name: /達標|接近目標|落後|無法計算/ })
          .and(page.locator(`[data-light="${light}"]`))
          .count(),
      ).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);
    if (flow.shots.includes("analyze")) await page.screenshot({ path: join(SHOTS, "analyze.png"), fullPage: true });

    await openTab(page, "報表");
    await page.getByRole("button", { name: "插入或更新報表" }).click();
    await page.getByText(/已寫入工作表「績效報告」/).waitFor();
    expect(await axe(page)).toEqual([]);
    if (flow.shots.includes("report")) await page.screenshot({ path: join(SHOTS, "report.png"), fullPage: true });

    await openTab(page, "檢核");
    await page.getByText(flow.findings).first().waitFor();
    await page.getByRole("button", { name: "寫入檢核註解" }).click();
    await page.getByText(/已寫入 \d+ 則註解/).waitFor();
    expect(await axe(page)).toEqual([]);
    if (flow.shots.includes("review")) await page.screenshot({ path: join(SHOTS, "review.png"), fullPage: true });

    await openTab(page, "目標");
    if (flow.drafts) {
      await page.getByText(flow.drafts).waitFor();
      await page.getByRole("button", { name: "寫入目標草案" }).click();
      await page.getByText(/已寫入工作表「目標草案」/).waitFor();
    } else if (flow.singleYear) {
      await page
        .getByText(/需要兩期以上的實際值/)
        .first()
        .waitFor();
      await page.getByRole("radio", { name: /維持/ }).check();
      await page.getByRole("button", { name: "寫入目標草案" }).click();
      await page.getByText(/已寫入工作表「目標草案」，11 項草案/).waitFor();
    } else {
      await page.getByText("沒有含歷史期別的指標可草擬。").waitFor();
      expect(await page.getByRole("button", { name: "寫入目標草案" }).isDisabled()).toBe(true);
    }
    expect(await axe(page)).toEqual([]);
    if (flow.shots.includes("targets")) await page.screenshot({ path: join(SHOTS, "targets.png"), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下載活頁簿" }).click(),
    ]);
    const saved = join(dir, `downloaded-${flow.file}`);
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["績效報告", "檢核結果", ...(flow.drafts ? ["目標草案"] : [])]));
    const userSheets = (await cellsOf(input)).size;
    const before = await cellsOf(input);
    const after = await cellsOf(saved);
    expect(userSheets).toBeGreaterThan(0);
    for (const [cell, value] of before) expect(after.get(cell)).toEqual(value);

    expect(run.problems).toEqual([]);
    expect(run.dialogs).toEqual([]);
    expect(pane.foreign(run.requests)).toEqual([]);
    await run.context.close();
  }, 120_000);
});

test("the language follows the browser, and the switch changes it", async () => {
  const run = await pane.open({ locale: "en-US" });
  await run.page.getByRole("button", { name: "Pick a workbook (.xlsx)" }).waitFor();
  await run.page.getByRole("button", { name: "中文" }).click();
  await run.page.getByRole("button", { name: "選擇活頁簿 (.xlsx)" }).waitFor();
  expect(run.problems).toEqual([]);
  await run.context.close();
});

test("workbook text is rendered as text, never as HTML", async () => {
  const file = join(dir, "html.xlsx");
  await writeXlsx(file, [
    {
      name: "S",
      cells: {
        A1: "衡量指標",
        B1: "目標值",
        C1: "實際值",
        A2: '<img src=x onerror="window.__owned=1">',
        B2: 10,
        C2: 9,
      },
    },
  ]);
  const run = await pane.open();
  await pick(run.page, file);
  await run.page.getByText('<img src=x onerror="window.__owned=1">').first().waitFor();
  expect(await run.page.locator("img[src=x]").count()).toBe(0);
  expect(await run.page.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
  await run.context.close();
});

test("a file that is not a workbook: an error message with what to do, no alert", async () => {
  const file = join(dir, "not.xlsx");
  writeFileSync(file, "指標,目標值\n");
  const run = await pane.open();
  await pick(run.page, file);
  await run.page
    .getByRole("alert")
    .getByText(/這不是 \.xlsx 活頁簿/)
    .waitFor();
  expect(run.dialogs).toEqual([]);
  expect(run.problems).toEqual([]);
  await run.context.close();
});

test("keyboard: the picker and the tabs are reachable without a mouse", async () => {
  const run = await pane.open();
  const { page } = run;
  await pick(page, join(FIXTURES, "kpi-report-107.xlsx"));
  await page.getByText(/項指標，其中/).waitFor();
  const focused: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Tab");
    focused.push(await page.evaluate(() => document.activeElement?.textContent ?? ""));
  }
  expect(focused).toEqual(expect.arrayContaining(["選擇活頁簿 (.xlsx)", "分析"]));
  await page.getByRole("tab", { name: "分析" }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "插入或更新報表" }).waitFor();
  await run.context.close();
});

test("inside an Office host that does not answer, the pane says it is connecting and waits; preview only on request", async () => {
  // Plain Chromium with Office's _host_Info: the bundled office.js loads (the CDN is unreachable),
  // and no host ever answers Office.onReady, as in a slow Excel on the web.
  const run = await pane.open({ query: "?_host_Info=Excel$Win32$16.01$en-US$$$$0", fakeClock: true });
  const { page } = run;
  await page.getByText("正在連線 Excel…").waitFor({ timeout: 20_000 });
  const picker = page.getByRole("button", { name: "選擇活頁簿 (.xlsx)" });
  const toPreview = page.getByRole("button", { name: "改用預覽模式" });
  // Twice the old 5-second limit: still waiting, and no way into preview yet.
  await page.clock.fastForward(10_000);
  await page.waitForTimeout(300);
  expect(await picker.count()).toBe(0);
  expect(await toPreview.count()).toBe(0);
  expect(await page.getByText("正在連線 Excel…").count()).toBe(1);
  // After 20 s the user may choose preview; the pane goes there only when asked.
  await page.clock.fastForward(11_000);
  await toPreview.waitFor();
  expect(await picker.count()).toBe(0);
  await toPreview.click();
  await picker.waitFor();
  expect(run.requests.some((u) => u.endsWith("/office-js/office.js"))).toBe(true);
  expect(run.problems).toEqual([]);
  expect(pane.foreign(run.requests)).toEqual([]);
  await run.context.close();
});

/** n indicators on one long table; every 97th reported achievement disagrees, every 7th has no actual. */
async function longWorkbook(n: number): Promise<string> {
  const cells: Record<string, string | number> = { A1: "衡量指標", B1: "目標值", C1: "實際值", D1: "達成度" };
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    const actual = i % 7 === 0 ? "--" : 50 + (i % 100);
    cells[`A${r}`] = `指標 ${i + 1}`;
    cells[`B${r}`] = 100;
    cells[`C${r}`] = actual;
    cells[`D${r}`] = typeof actual === "number" ? (i % 97 === 0 ? "1%" : `${actual}%`) : "--";
  }
  const file = join(dir, `long-${n}.xlsx`);
  await writeXlsx(file, [{ name: "績效", cells }]);
  return file;
}

const overflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("2,000 indicators: chips and search filter the table, the DOM stays small, axe is clean on every area", async () => {
  const run = await pane.open();
  const { page } = run;
  await pick(page, await longWorkbook(2_000));
  await page.getByText(/2,000 項指標/).waitFor({ timeout: 60_000 });
  const shown = page.getByText(/^顯示 [\d,]+ \/ 2,000 項$/);
  expect(await shown.textContent()).toBe("顯示 2,000 / 2,000 項");
  expect(await page.locator('[role="grid"] [role="row"]').count()).toBeLessThan(60);
  expect(await page.evaluate(() => document.getElementsByTagName("*").length)).toBeLessThan(3_000);
  expect(await axe(page)).toEqual([]);
  // The README's table at scale: every indicator, the chips with their counts, before any filter.
  await page.screenshot({ path: join(SHOTS, "pane-table.png") });

  const red = page.getByRole("button", { name: /^落後 [\d,]+ 項$/ });
  const redCount = /落後 ([\d,]+) 項/.exec((await red.getAttribute("aria-label")) ?? "")?.[1];
  await red.click();
  expect(await shown.textContent()).toBe(`顯示 ${redCount} / 2,000 項`);
  const lights = await page
    .locator('[role="grid"] [role="img"][data-light]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
  expect(new Set(lights)).toEqual(new Set(["落後"]));
  await red.click();

  await page.getByRole("searchbox", { name: "搜尋指標名稱" }).fill("指標 1999");
  await page.getByText("顯示 1 / 2,000 項").waitFor();
  await page.getByRole("button", { name: "指標 1999" }).click();
  await page.getByRole("table", { name: "「指標 1999」的歷年資料" }).waitFor();
  await page.getByRole("button", { name: "選取儲存格" }).click();
  await page.getByText(/在 Excel 中開啟本增益集時才能選取儲存格/).waitFor();
  expect(await axe(page)).toEqual([]);

  await page.getByRole("searchbox", { name: "搜尋指標名稱" }).fill("");
  await page.getByRole("button", { name: /^有發現/ }).click();
  expect(await shown.textContent()).toMatch(/^顯示 [\d,]+ \/ 2,000 項$/);

  for (const area of ["報表", "檢核", "目標"]) {
    await openTab(page, area);
    await page.getByRole("tabpanel", { name: area }).waitFor();
    expect(await axe(page)).toEqual([]);
    expect(await page.evaluate(() => document.getElementsByTagName("*").length)).toBeLessThan(3_000);
  }
  await openTab(page, "檢核");
  await page.getByRole("button", { name: /^缺少實際值（\d+）$/ }).waitFor();
  // The write button is in reach without scrolling, however many findings there are.
  const write = page.getByRole("button", { name: "寫入檢核註解" });
  const box = await write.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(900);
  await page.screenshot({ path: join(SHOTS, "pane-review-scale.png") });
  expect(run.problems).toEqual([]);
  await run.context.close();
}, 180_000);

test("first run: what the add-in does, the pick button as the primary action, and the sample", async () => {
  const run = await pane.open();
  const { page } = run;
  await page.getByRole("heading", { name: "這個增益集可以做什麼" }).waitFor();
  // Office shows the name above the pane: the h1 is for screen readers, not a second large title.
  const title = await page.getByRole("heading", { name: "績效指標助手" }).boundingBox();
  expect(title?.height).toBeLessThanOrEqual(1);
  expect(await axe(page)).toEqual([]);
  await page.getByRole("button", { name: "試用範例活頁簿" }).click();
  await page.getByText("2 個表、2 項指標，其中 1 項未達目標（期別 107）。").waitFor();
  expect(await page.getByText("kpi-report-107.xlsx").count()).toBe(1);
  expect(run.problems).toEqual([]);
  expect(pane.foreign(run.requests)).toEqual([]);
  await run.context.close();
});

test.each(["zh-TW", "en-US"])("270 px in %s: no horizontal overflow on any area", async (locale) => {
  const run = await pane.open({ locale, width: 270 });
  const { page } = run;
  const label = locale === "en-US" ? "Pick a workbook (.xlsx)" : "選擇活頁簿 (.xlsx)";
  await page.getByLabel(label).setInputFiles(join(FIXTURES, "budget-performance-100.xlsx"));
  await page.getByText(/11 (項指標|indicators)/).waitFor();
  expect(await overflow(page)).toBe(0);
  const tabs =
    locale === "en-US"
      ? ["Report", "Review", "Targets", "Reading", "Analyze"]
      : ["報表", "檢核", "目標", "讀取", "分析"];
  expect(await page.getByRole("tab").count()).toBe(tabs.length);
  for (const area of tabs) {
    await openTab(page, area);
    await page.getByRole("tabpanel", { name: area }).waitFor();
    expect(await overflow(page)).toBe(0);
  }
  // Each tab inside the pane; the five short Chinese names on one line, the English ones (317 px
  // together without padding, more than the 254 px a 270 px pane leaves) on two rather than overflow.
  const boxes = await page
    .getByRole("tab")
    .evaluateAll((els) =>
      els.map((e) => ({ top: e.getBoundingClientRect().top, right: e.getBoundingClientRect().right })),
    );
  expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(270);
  expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(locale === "en-US" ? 2 : 1);
  await run.context.close();
});

test("in English: the first run offers the sample, and chips and search filter the table", async () => {
  const run = await pane.open({ locale: "en-US" });
  const { page } = run;
  await page.getByRole("heading", { name: "What this add-in does" }).waitFor();
  expect(await axe(page)).toEqual([]);
  await page.getByRole("button", { name: "Try the sample workbook" }).click();
  await page.getByText("2 tables, 2 indicators; 1 below target in 107.").waitFor();
  expect(await page.getByText("kpi-report-107.xlsx").count()).toBe(1);

  await page.getByLabel("Pick a workbook (.xlsx)").setInputFiles(await longWorkbook(300));
  await page.getByText(/300 indicators/).waitFor({ timeout: 60_000 });
  const shown = page.getByText(/^Showing [\d,]+ of 300$/);
  expect(await shown.textContent()).toBe("Showing 300 of 300");
  const red = page.getByRole("button", { name: /^Behind: [\d,]+$/ });
  const redCount = /Behind: ([\d,]+)/.exec((await red.getAttribute("aria-label")) ?? "")?.[1];
  await red.click();
  expect(await shown.textContent()).toBe(`Showing ${redCount} of 300`);
  const lights = await page
    .locator('[role="grid"] [role="img"][data-light]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
  expect(new Set(lights)).toEqual(new Set(["Behind"]));
  await red.click();
  await page.getByRole("searchbox", { name: "Search indicators" }).fill("指標 299");
  await page.getByText("Showing 1 of 300").waitFor();
  await page.getByRole("button", { name: "指標 299" }).waitFor();
  expect(await axe(page)).toEqual([]);
  expect(run.problems).toEqual([]);
  expect(pane.foreign(run.requests)).toEqual([]);
  await run.context.close();
}, 120_000);
