/**
 * @jest-environment jsdom
 */
/**
 * Every message the pane shows is in one language: the sample that cannot be loaded, the engine's
 * and adapters' typed errors (a code and values, worded from the catalog in the pane's language; no
 * error is a sentence in two languages to be split), and the start-up error, written before the
 * pane knows more than Office's or the browser's display language.
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { WorkbookReadError } from "../../src/core";
import { startFailedText } from "../../src/taskpane/bootstrap/start-failed";
import { App } from "../../src/taskpane/components/App";
import { openPreviewWorkbook } from "../../src/taskpane/preview/open-preview-workbook";
import { BUDGET_GRID, excelSession, FakePort, KPI_GRID, TWO_YEARS } from "./fake-session";
import { provideFluentGlobals, provideLayout } from "./jsdom-fluent";

beforeAll(() => {
  provideFluentGlobals();
  provideLayout();
});

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const noPreview = () => Promise.reject(new Error("not in preview"));

test.each([
  ["en", "Try the sample workbook", "Could not load the sample workbook (HTTP 404)."],
  ["zh-TW", "試用範例活頁簿", "無法載入範例活頁簿（HTTP 404）。"],
] as const)("%s: a sample the page cannot fetch is said in that language only", async (language, button, words) => {
  window.fetch = (() => Promise.resolve({ ok: false, status: 404 })) as unknown as typeof fetch;
  render(<App initialLanguage={language} session={null} openPreview={noPreview} />);
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: button }));
    await Promise.resolve();
  });
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toBe(words);
});

/** An adapter's refusal as it throws it: the code and its values, no words. */
const noSuchSheet = (sheet: string) =>
  new WorkbookReadError("NO_SUCH_SHEET", { sheet }, { key: "error.NO_SUCH_SHEET.one" });

test.each([
  ["en", 'No sheet named "績效".', "找不到"],
  ["zh-TW", "找不到工作表「績效」", "No sheet"],
] as const)("%s: an adapter's typed error shows in the pane's language", async (language, shown, other) => {
  const port = new FakePort([KPI_GRID], noSuchSheet("績效"));
  render(<App initialLanguage={language} session={excelSession(port)} openPreview={noPreview} />);
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain(shown);
  expect(alert.textContent).not.toContain(other);
});

test("the start-up error: Office's or the browser's language, any Chinese → 繁體中文, else English", () => {
  const error = noSuchSheet("KPI");
  expect(startFailedText(error, "zh-TW")).toBe("無法啟動：找不到工作表「KPI」");
  expect(startFailedText(error, "zh-HK")).toBe("無法啟動：找不到工作表「KPI」");
  expect(startFailedText(error, "en-US")).toBe('Could not start: No sheet named "KPI".');
  expect(startFailedText(new Error("boom"), null)).toBe("Could not start: boom");
  expect(CJK.test(startFailedText(error, "fr-FR"))).toBe(false);
});

/** Every text a person reads or hears in the pane: the text, and the labels and titles of elements. */
function shownTexts(): Array<{ text: string; where: string }> {
  const texts: Array<{ text: string; where: string }> = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
    texts.push({ text: node.textContent ?? "", where: node.parentElement?.outerHTML.slice(0, 120) ?? "" });
  for (const element of Array.from(document.body.querySelectorAll("*"))) {
    for (const attribute of ["aria-label", "title", "placeholder", "aria-description"]) {
      const value = element.getAttribute(attribute);
      if (value) texts.push({ text: value, where: element.outerHTML.slice(0, 120) });
    }
  }
  return texts;
}

/** Excel's name and its function names (the draft methods' formulas) are not words of a language. */
const FORMULA_WORDS = new Set(["FORECAST.LINEAR", "RRI", "Excel"]);

/** Words of the other language that the workbook does not itself hold. */
function foreignWords(
  texts: ReadonlyArray<{ text: string; where: string }>,
  language: "zh-TW" | "en",
  source: string,
): string[] {
  const pattern =
    language === "zh-TW" ? /[A-Za-z][A-Za-z.]*[A-Za-z]/g : /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;
  const other = language === "zh-TW" ? "English" : "中文";
  const bad = new Set<string>();
  for (const { text, where } of texts)
    for (const m of text.matchAll(pattern)) {
      const word = m[0];
      if (source.includes(word) || FORMULA_WORDS.has(word)) continue;
      // The switch to the other language names it in its own words.
      if (word === other && where.startsWith("<button")) continue;
      bad.add(`${word} in ${where}`);
    }
  return [...bad].sort();
}

test.each([
  ["zh-TW", ["分析", "報表", "檢核", "目標", "讀取"], "個表"],
  ["en", ["Analyze", "Report", "Review", "Targets", "Reading"], "tables,"],
] as const)("%s: every area of the pane speaks the pane's language alone", async (language, tabs, ready) => {
  const grids = [TWO_YEARS, BUDGET_GRID];
  const source = grids
    .flatMap((g) => [g.sheet, ...g.cells.flatMap((row) => row.map((c) => String(c?.value ?? "")))])
    .join("\n");
  render(<App initialLanguage={language} session={excelSession(new FakePort(grids))} openPreview={noPreview} />);
  await screen.findAllByText(new RegExp(ready));
  const texts: Array<{ text: string; where: string }> = [];
  for (const tab of tabs) {
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: tab }));
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    texts.push(...shownTexts());
  }
  // An indicator's history too.
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: tabs[0] }));
    await Promise.resolve();
  });
  const name = screen.getAllByRole("button").find((b) => /甲指標/.test(b.textContent ?? ""));
  if (name !== undefined)
    await act(async () => {
      fireEvent.click(name);
      await Promise.resolve();
    });
  texts.push(...shownTexts());
  expect(foreignWords(texts, language, source)).toEqual([]);
});

test.each([
  ["zh-TW", "預覽只開啟 .xlsx：「績效.ods」請在 Excel 開啟，或轉存為 .xlsx 後再試。"],
  ["en", "Preview opens .xlsx: open 績效.ods in Excel, or convert it to .xlsx and try again."],
] as const)(
  "%s: an .ods or .xls picked in preview is said to need Excel or converting, not 'no table'",
  async (language, said) => {
    render(<App initialLanguage={language} session={null} openPreview={openPreviewWorkbook} />);
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(["PK"], "績效.ods")] } });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect((await screen.findByRole("alert")).textContent).toContain(said);
    await expect(openPreviewWorkbook(new File([""], "old.XLS"))).rejects.toMatchObject({ code: "PREVIEW_XLSX_ONLY" });
  },
);
