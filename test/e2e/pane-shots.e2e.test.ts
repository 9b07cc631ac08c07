/**
 * The pane as README shows it (issue 24), in headless Chromium at 320 and 360 px in both
 * languages: growth in the table and in an indicator's history, single-year drafts (hold), the
 * preview's message for an .ods, and 20,000 indicators. Each state is checked (its words there,
 * nothing wider than the pane) and, with UPDATE_SCREENSHOTS=1, written to docs/screenshots.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { translate, type Language, type MessageKey, type MessageParams } from "../../src/messages";
import { PaneBrowser } from "../support/pane-browser";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { longSheet } = require("../../scripts/bench-sheets") as { longSheet: (n: number) => Promise<Buffer> };

const ROOT = join(__dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "fixtures", "shared");
const SHOTS =
  process.env.UPDATE_SCREENSHOTS === "1" ? join(ROOT, "docs", "screenshots") : mkdtempSync(join(tmpdir(), "shots-"));
const dir = mkdtempSync(join(tmpdir(), "e2e-shots-"));
let pane: PaneBrowser;
let large: string;

beforeAll(async () => {
  pane = await PaneBrowser.start(process.env.PANE_DIST ?? join(ROOT, "dist"));
  mkdirSync(SHOTS, { recursive: true });
  large = join(dir, "20000.xlsx");
  writeFileSync(large, await longSheet(20_000));
}, 120_000);

afterAll(async () => {
  await pane.close();
});

/** The page is no wider than the pane: nothing cut off to the side, no sideways scroll. */
async function fits(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

describe.each([
  ["zh-TW", 320],
  ["zh-TW", 360],
  ["en", 320],
  ["en", 360],
] as const)("%s at %i px", (language: Language, width: number) => {
  const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
  const open = async (file: string) => {
    const run = await pane.open({ width, locale: language });
    await run.page.getByLabel(t("pane.pickWorkbook")).setInputFiles(file);
    return run;
  };
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(SHOTS, `pane-${name}-${language}-${width}.png`), fullPage: true });

  test("growth in the table and in an indicator's history", async () => {
    const { page, context, problems } = await open(join(FIXTURES, "kpi-report-107.xlsx"));
    const grid = page.getByRole("grid");
    await grid.getByRole("columnheader", { name: new RegExp(t("pane.growth")) }).waitFor();
    await grid.locator('[aria-rowindex="2"]').getByRole("button").first().click();
    const history = page.getByRole("table", { name: new RegExp(t("pane.showHistory", { name: "(.+)" })) });
    await history.getByRole("columnheader", { name: new RegExp(t("pane.growthShort")) }).waitFor();
    await fits(page, width);
    await shot(page, "growth");
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  test("a single-year table: hold and stretch drafts", async () => {
    const { page, context, problems } = await open(join(FIXTURES, "budget-performance-100.xlsx"));
    await page.getByRole("grid").waitFor();
    await page.getByRole("tab", { name: t("pane.tabs.targets") }).click();
    await page.getByRole("radio", { name: t("pane.methods.hold") }).check();
    await page.getByRole("tabpanel").getByRole("grid").waitFor();
    await fits(page, width);
    await shot(page, "drafts");
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  test("an .ods picked in preview: what preview opens, in the pane's language", async () => {
    const ods = join(dir, "年度績效.ods");
    writeFileSync(ods, "not read");
    const { page, context } = await open(ods);
    await page.getByText(t("error.PREVIEW_XLSX_ONLY", { file: "年度績效.ods" })).waitFor();
    await fits(page, width);
    await shot(page, "preview-ods");
    await context.close();
  }, 60_000);

  test("20,000 indicators", async () => {
    const { page, context, problems } = await open(large);
    await page.locator('[role="grid"] [aria-rowindex="2"]').waitFor({ timeout: 120_000 });
    await page
      .getByText(/20,000/)
      .first()
      .waitFor();
    await fits(page, width);
    await page.screenshot({ path: join(SHOTS, `pane-20000-${language}-${width}.png`) });
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
