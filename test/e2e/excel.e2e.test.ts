/**
 * The pane in Excel mode, in headless Chromium, on the office.js double installed in the page
 * (office-double.entry.ts): it analyses the double's workbook; a user's edit there (a value
 * changed, then the sheet's onChanged event) makes it analyse again, and the light and achievement
 * it shows follow; its own write (the report) does not start a rerun; in an empty workbook "try the
 * sample" inserts the sample's sheets (insertWorksheetsFromBase64) and the pane analyses them.
 */
import type { Page } from "playwright-core";
import { join } from "node:path";
import type { DoubleSetup } from "../support/office-double.entry";
import { PaneBrowser } from "../support/pane-browser";

const ROOT = join(__dirname, "..", "..");
let pane: PaneBrowser;

beforeAll(async () => {
  pane = await PaneBrowser.start(process.env.PANE_DIST ?? join(ROOT, "dist"));
}, 60_000);

afterAll(async () => {
  await pane.close();
});

const WORKBOOK: DoubleSetup["spec"] = [
  {
    name: "績效",
    cells: {
      A1: "衡量指標",
      B1: "目標值",
      C1: "實際值",
      A2: "活動場次",
      B2: 100,
      C2: 80,
      A3: "申請人數",
      B3: 100,
      C3: 120,
    },
  },
];

/** The light and achievement the table shows for one indicator, as a person sees them. */
async function expectShown(page: Page, name: string, light: string, achievement: string): Promise<void> {
  const row = page.getByRole("row").filter({ has: page.getByRole("button", { name }) });
  expect(await row.locator("[data-light]").first().getAttribute("aria-label")).toBe(light);
  expect((await row.innerText()).replace(/\s+/g, " ")).toContain(achievement);
}

test("a change in Excel reruns the analysis and the table follows; the pane's own write does not rerun it", async () => {
  const run = await pane.open({ excel: { spec: WORKBOOK, displayLanguage: "zh-TW", echoWritesOn: "績效" } });
  const { page } = run;
  await page.getByText("1 個表、2 項指標，其中 1 項未達目標。").waitFor();
  await page.getByText("Excel 中的資料變更後，會自動重新分析。").waitFor();
  // Excel mode: no file picker, the double's workbook.
  expect(await page.getByRole("button", { name: "選擇活頁簿 (.xlsx)" }).count()).toBe(0);
  await expectShown(page, "活動場次", "落後", " 80.00%");
  expect(await page.evaluate(() => window.__excelDouble!.listeners("績效"))).toBe(1);

  // The user types 100 over 80 in C2.
  const before = await page.evaluate(() => window.__excelDouble!.runs());
  await page.evaluate(() => window.__excelDouble!.change("績效", "C2", 100));
  await page.getByText("1 個表、2 項指標，其中 0 項未達目標。").waitFor();
  await expectShown(page, "活動場次", "達標", " 100.00%");
  const perAnalysis = (await page.evaluate(() => window.__excelDouble!.runs())) - before;
  expect(perAnalysis).toBeGreaterThan(0);

  // The report: Excel raises onChanged for the pane's write, on the analysed sheet, before it returns.
  await page.getByRole("tab", { name: "報表" }).click();
  await page.getByRole("button", { name: "插入或更新報表" }).click();
  await page.getByText(/已寫入工作表「績效報告」/).waitFor();
  expect(await page.evaluate(() => window.__excelDouble!.echoes())).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__excelDouble!.sheetNames())).toContain("績效報告");
  const afterWrite = await page.evaluate(() => window.__excelDouble!.runs());
  // Longer than the debounce and the quiet time after a write together: nothing more is read.
  await page.waitForTimeout(2_500);
  expect(await page.evaluate(() => window.__excelDouble!.runs())).toBe(afterWrite);
  expect(await page.evaluate(() => window.__excelDouble!.listeners("績效"))).toBe(1);

  // A user's edit after that is heard again.
  await page.evaluate(() => window.__excelDouble!.change("績效", "C3", 50));
  await page.getByRole("tab", { name: "分析" }).click();
  await page.getByText("1 個表、2 項指標，其中 1 項未達目標。").waitFor();
  await expectShown(page, "申請人數", "落後", " 50.00%");
  expect(run.problems).toEqual([]);
  expect(pane.foreign(run.requests)).toEqual([]);
  await run.context.close();
}, 60_000);

test("in an empty workbook, 'try the sample' inserts its sheets into Excel and the pane analyses them", async () => {
  const run = await pane.open({ excel: { spec: [{ name: "工作表1", cells: {} }], displayLanguage: "zh-TW" } });
  const { page } = run;
  await page.getByRole("heading", { name: "這個增益集可以做什麼" }).waitFor();
  await page.getByRole("button", { name: "試用範例活頁簿" }).click();
  // The first-run card gives way to the analysis of the new sheets; what was inserted stays said above them.
  await page.getByText("2 個表、2 項指標，其中 1 項未達目標（期別 107）。").waitFor();
  await page.getByText(/^已插入範例工作表：/).waitFor();
  const sheets = await page.evaluate(() => window.__excelDouble!.sheetNames());
  expect(sheets[0]).toBe("工作表1");
  expect(sheets.length).toBeGreaterThan(1);
  await expectShown(page, "提升新住民及其子女培力人數", "接近目標", " 96.81%");
  expect(await page.getByRole("button", { name: "試用範例活頁簿" }).count()).toBe(0);
  expect(run.problems).toEqual([]);
  await run.context.close();
}, 60_000);
