/**
 * @jest-environment jsdom
 */
/**
 * Every message the pane shows is in one language: the sample that cannot be loaded, the engine's
 * and adapters' two-language errors (the pane shows its own half), and the start-up error, written
 * before the pane knows more than Office's or the browser's display language.
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { startFailedText } from "../../src/taskpane/bootstrap/start-failed";
import { App } from "../../src/taskpane/components/App";
import { excelSession, FakePort, KPI_GRID } from "./fake-session";
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

const TWO_LANGUAGES = '找不到工作表「績效」 / No sheet named "績效".';

test.each([
  ["en", 'No sheet named "績效".', "找不到"],
  ["zh-TW", "找不到工作表「績效」", "No sheet"],
] as const)("%s: an adapter's two-language error shows in the pane's language", async (language, shown, other) => {
  const port = new FakePort([KPI_GRID], new Error(TWO_LANGUAGES));
  render(<App initialLanguage={language} session={excelSession(port)} openPreview={noPreview} />);
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain(shown);
  expect(alert.textContent).not.toContain(other);
});

test("the start-up error: Office's or the browser's language, any Chinese → 繁體中文, else English", () => {
  const error = new Error("找不到 #container / taskpane.html has no #container");
  expect(startFailedText(error, "zh-TW")).toBe("無法啟動：找不到 #container");
  expect(startFailedText(error, "zh-HK")).toBe("無法啟動：找不到 #container");
  expect(startFailedText(error, "en-US")).toBe("Could not start: taskpane.html has no #container");
  expect(startFailedText(new Error("boom"), null)).toBe("Could not start: boom");
  expect(CJK.test(startFailedText(error, "fr-FR"))).toBe(false);
});
