/**
 * The reading view in headless Chromium (preview mode): a person corrects a direction the reader got
 * wrong and excludes an indicator; 指標設定 is written, the analysis follows, and the downloaded
 * workbook holds the settings with the user's sheets unchanged.
 */
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cellsOf } from "../support/cells-of";
import { PaneBrowser } from "../support/pane-browser";
import { writeXlsx } from "../support/workbook-spec";

const ROOT = join(__dirname, "..", "..");
const SHOTS =
  process.env.UPDATE_SCREENSHOTS === "1" ? join(ROOT, "docs", "screenshots") : mkdtempSync(join(tmpdir(), "shots-"));
const dir = mkdtempSync(join(tmpdir(), "e2e-reading-"));
let pane: PaneBrowser;

beforeAll(async () => {
  pane = await PaneBrowser.start(process.env.PANE_DIST ?? join(ROOT, "dist"));
  mkdirSync(SHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await pane.close();
});

test("correct a direction and exclude an indicator in the reading view; 指標設定 is written and the analysis follows", async () => {
  const input = join(dir, "in.xlsx");
  await writeXlsx(input, [
    {
      name: "績效",
      cells: {
        A1: "衡量指標",
        B1: "目標值",
        C1: "實際值",
        A2: "民眾申訴案件數",
        B2: 120,
        C2: 150,
        A3: "活動場次",
        B3: 100,
        C3: 157,
      },
    },
  ]);
  const run = await pane.open();
  const { page } = run;
  await page.getByLabel("選擇活頁簿 (.xlsx)").setInputFiles(input);
  await page.getByText("125.00%").waitFor();
  await page.getByRole("tab", { name: "讀取" }).click();
  const complaints = page.getByRole("group", { name: "民眾申訴案件數" });
  await complaints.getByRole("combobox", { name: "方向" }).selectOption("↓ 越低越好");
  await page.getByRole("group", { name: "活動場次" }).getByRole("checkbox", { name: "排除" }).check();
  const violations = await new AxeBuilder({ page }).include("main").exclude("[data-tabster-dummy]").analyze();
  expect(violations.violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, "reading.png"), fullPage: true });
  await page.getByRole("button", { name: "寫入指標設定並重新分析" }).click();
  await page.getByText(/已寫入「指標設定」/).waitFor();

  await page.getByRole("tab", { name: "分析" }).click();
  await page.getByText("80.00%").waitFor();
  expect(await page.getByText("157.00%").count()).toBe(0);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下載活頁簿" }).click(),
  ]);
  const saved = join(dir, "downloaded.xlsx");
  await download.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const settings = workbook.getWorksheet("指標設定");
  const rows: unknown[][] = [];
  settings?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  expect(rows.find((r) => r[1] === "民眾申訴案件數")?.[2]).toBe("↓ 越低越好");
  expect(rows.find((r) => r[1] === "活動場次")?.[8]).toBe("是");
  const before = await cellsOf(input);
  const after = await cellsOf(saved);
  for (const [cell, value] of before) expect(after.get(cell)).toEqual(value);
  expect(run.problems).toEqual([]);
  expect(pane.foreign(run.requests)).toEqual([]);
  await run.context.close();
}, 120_000);
