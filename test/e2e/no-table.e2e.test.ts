/**
 * No dead ends (issues 21 and 24), in headless Chromium (preview mode, whose adapter reads back
 * what it wrote; the office.js double keeps written sheets apart, so the write through the Excel
 * adapter is tested in test/excel/declare-table.test.ts): a sheet whose headers no reader knows.
 * The pane says what it looked for, opens Reading on the likeliest table, two picks and one click
 * write the 表格宣告 line into 指標設定, and the analysis reads the table. In both languages, at
 * 320 and 360 px (the screenshots of README's pane section).
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PaneBrowser } from "../support/pane-browser";
import { writeXlsx } from "../support/workbook-spec";

const ROOT = join(__dirname, "..", "..");
const SHOTS =
  process.env.UPDATE_SCREENSHOTS === "1" ? join(ROOT, "docs", "screenshots") : mkdtempSync(join(tmpdir(), "shots-"));
const dir = mkdtempSync(join(tmpdir(), "e2e-no-table-"));
let pane: PaneBrowser;

beforeAll(async () => {
  pane = await PaneBrowser.start(process.env.PANE_DIST ?? join(ROOT, "dist"));
  mkdirSync(SHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await pane.close();
});

const SPEC = [
  {
    name: "自訂",
    cells: {
      A1: "項目",
      B1: "預計",
      C1: "做到",
      A2: "宣導場次",
      B2: 10,
      C2: 8,
      A3: "志工人數",
      B3: 40,
      C3: 50,
      A4: "訪視戶數",
      B4: 200,
      C4: 150,
    },
  },
];

const WORDS = {
  "zh-TW": {
    picker: "選擇活頁簿 (.xlsx)",
    lookedFor: /已尋找：.*最可能的表格在 A1:C4/,
    open: "在「讀取」宣告這個表格",
    region: "標出一個讀不到的表格",
    target: "目標值",
    actual: "實際值",
    b: "B 欄「預計」",
    c: "C 欄「做到」",
    go: "宣告並重新讀取",
    saved: /已寫入「指標設定」/,
    analyze: "分析",
  },
  en: {
    picker: "Pick a workbook (.xlsx)",
    lookedFor: /Looked for .*The likeliest table is A1:C4/,
    open: "Declare this table in Reading",
    region: "Mark a table that was not found",
    target: "Target",
    actual: "Actual",
    b: 'Column B "預計"',
    c: 'Column C "做到"',
    go: "Declare and read again",
    saved: /Wrote the settings sheet/,
    analyze: "Analyze",
  },
} as const;

describe.each([
  ["zh-TW", 320],
  ["en", 360],
  ["zh-TW", 360],
  ["en", 320],
] as const)("%s at %i px", (language, width) => {
  test("no table: what was looked for, Reading on the likeliest table, two picks, read again", async () => {
    const w = WORDS[language];
    const input = join(dir, `unknown-${language}-${width}.xlsx`);
    await writeXlsx(input, SPEC);
    const run = await pane.open({ width, locale: language });
    const { page } = run;
    await page.getByLabel(w.picker).setInputFiles(input);
    const card = page.getByRole("group", { name: "自訂" });
    await card.getByText(w.lookedFor).waitFor();
    await page.screenshot({ path: join(SHOTS, `no-table-${language}-${width}.png`), fullPage: true });
    await card.getByRole("button", { name: w.open }).click();
    const declaring = page.getByRole("region", { name: w.region });
    await declaring.getByRole("combobox", { name: w.b }).waitFor();
    await declaring.getByRole("combobox", { name: w.b }).selectOption({ label: w.target });
    await declaring.getByRole("combobox", { name: w.c }).selectOption({ label: w.actual });
    await declaring.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `no-table-reading-${language}-${width}.png`) });
    // Nothing wider than the pane: no word cut, no sideways scroll.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await declaring.getByRole("button", { name: w.go }).click();
    await page.getByText(w.saved).waitFor();
    await page.getByRole("tab", { name: w.analyze }).click();
    for (const shown of ["80.00%", "125.00%", "75.00%"]) await page.getByText(shown).first().waitFor();
    expect(run.problems).toEqual([]);
    await run.context.close();
  }, 120_000);
});
