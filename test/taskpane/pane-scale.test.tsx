/**
 * @jest-environment jsdom
 */
/** Issue 14 in jsdom: the table and the review at scale, preview's select, the target methods, the first run. */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { CellInput } from "../../src/core";
import { App } from "../../src/taskpane/components/App";
import type { PaneSession } from "../../src/taskpane/session";
import { excelSession, FakePort, gridOf, KPI_GRID, TWO_YEARS } from "./fake-session";
import { provideFluentGlobals, provideLayout } from "./jsdom-fluent";

const noPreview = () => Promise.reject(new Error("not in preview"));

beforeAll(() => {
  provideFluentGlobals();
  provideLayout();
});

/** n indicators on one long table; every seventh has no actual, every 97th a reported figure that disagrees. */
function longGrid(n: number) {
  const rows: Array<Array<CellInput["value"]>> = [["衡量指標", "目標值", "實際值", "達成度"]];
  for (let i = 0; i < n; i++) {
    const actual = i % 7 === 0 ? "--" : 50 + (i % 100);
    const reported = typeof actual === "number" ? (i % 97 === 0 ? "1%" : `${actual}%`) : "--";
    rows.push([`指標 ${i + 1}`, 100, actual, reported]);
  }
  return gridOf("績效", rows);
}

const dataRows = (): HTMLElement[] =>
  screen.getAllByRole("row").filter((r) => Number(r.getAttribute("aria-rowindex")) > 1);

test("3,000 indicators: a bounded number of rows drawn; chips, search and sort act on all of them", async () => {
  render(
    <App initialLanguage="zh-TW" session={excelSession(new FakePort([longGrid(3_000)]))} openPreview={noPreview} />,
  );
  await screen.findByText(/3,000 項指標/, undefined, { timeout: 15_000 });
  expect(screen.getByRole("grid").getAttribute("aria-rowcount")).toBe("3001");
  expect(dataRows().length).toBeGreaterThan(0);
  expect(dataRows().length).toBeLessThan(40);
  const shown = () => screen.getByText(/^顯示 /).textContent;
  expect(shown()).toBe("顯示 3,000 / 3,000 項");

  const red = screen.getByRole("button", { name: /^落後 \d/ });
  const redCount = Number(/落後 ([\d,]+) 項/.exec(red.getAttribute("aria-label") ?? "")?.[1]?.replace(/,/g, ""));
  fireEvent.click(red);
  expect(red.getAttribute("aria-pressed")).toBe("true");
  expect(shown()).toBe(`顯示 ${redCount.toLocaleString("en-US")} / 3,000 項`);
  expect(
    dataRows().every(
      (r) =>
        within(r)
          .getByRole("img", { name: /落後|達標|接近目標|無法計算/ })
          .getAttribute("aria-label") === "落後",
    ),
  ).toBe(true);
  fireEvent.click(red);

  fireEvent.change(screen.getByRole("searchbox", { name: "搜尋指標名稱" }), { target: { value: "指標 2999" } });
  expect(shown()).toBe("顯示 1 / 3,000 項");
  expect(dataRows().map((r) => within(r).getByRole("button").textContent)).toEqual(["指標 2999"]);
  fireEvent.change(screen.getByRole("searchbox", { name: "搜尋指標名稱" }), { target: { value: "" } });

  fireEvent.click(screen.getByRole("button", { name: /^⚑?\s*有發現/ }));
  expect(dataRows().every((r) => within(r).queryByRole("img", { name: /項檢核發現/ }) !== null)).toBe(true);
  fireEvent.click(screen.getByRole("button", { name: /^⚑?\s*有發現/ }));

  // Sorting by achievement, over all rows: the lowest first (50%), then the highest first (149%).
  fireEvent.click(screen.getByText("達成度"));
  await waitFor(() => expect(within(dataRows()[0]!).getByText("50.00%")).toBeTruthy());
  fireEvent.click(screen.getByText("達成度"));
  await waitFor(() => expect(within(dataRows()[0]!).getByText("149.00%")).toBeTruthy());
});

test("the review at scale: grouped by kind, one entry per cell, groups fold, the write button stays in its bar", async () => {
  const port = new FakePort([longGrid(3_000)]);
  render(<App initialLanguage="zh-TW" session={excelSession(port)} openPreview={noPreview} />);
  await screen.findByText(/3,000 項指標/, undefined, { timeout: 15_000 });
  fireEvent.click(screen.getByRole("tab", { name: "檢核" }));
  await screen.findByText(/^檢核發現 /);
  // Every seventh indicator lacks its actual: 429 cells, one entry each, a screenful of them drawn.
  const missing = screen.getByRole("button", { name: "缺少實際值（429）" });
  expect(missing.getAttribute("aria-expanded")).toBe("true");
  const drawn = screen.getAllByRole("button", { name: /^前往 C\d+$/ }).length;
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(40);
  fireEvent.click(screen.getByRole("button", { name: "前往 C9" }));
  expect(port.selections).toEqual(["績效!C9"]);
  // Folded, its entries go and the next kind comes into view: every 97th reported figure, less those without an actual.
  fireEvent.click(missing);
  expect(missing.getAttribute("aria-expanded")).toBe("false");
  expect(screen.queryAllByRole("button", { name: /^前往 C\d+$/ })).toHaveLength(0);
  expect(screen.getByRole("button", { name: "填報值不符（26）" })).toBeTruthy();
  expect(screen.getAllByRole("button", { name: /^前往 D\d+$/ }).length).toBeGreaterThan(0);
  expect(screen.getByRole("button", { name: "寫入檢核註解" })).toBeTruthy();
});

test("in preview, selecting cells says it works inside Excel instead of doing nothing", async () => {
  const port = new FakePort([KPI_GRID]);
  const preview: PaneSession = { ...excelSession(port), mode: "preview", fileName: "a.xlsx" };
  render(<App initialLanguage="zh-TW" session={preview} openPreview={noPreview} />);
  fireEvent.click(await screen.findByRole("button", { name: /提升新住民及其子女培力人數/ }));
  fireEvent.click(screen.getByRole("button", { name: "選取儲存格" }));
  expect(
    screen.getByText(/在 Excel 中開啟本增益集時才能選取儲存格；預覽模式請在下載的活頁簿中查看 關鍵績效指標!B3:C5/),
  ).toBeTruthy();
  expect(port.selections).toEqual([]);
});

test("each target method says what it computes, with its figure for the indicator picked in Analyze", async () => {
  render(<App initialLanguage="zh-TW" session={excelSession(new FakePort([TWO_YEARS]))} openPreview={noPreview} />);
  fireEvent.click(await screen.findByRole("button", { name: /乙指標/ }));
  fireEvent.click(screen.getByRole("tab", { name: "目標" }));
  expect(await screen.findByText("括號內為「乙指標」的下期草案。")).toBeTruthy();
  const note = (m: string) => document.getElementById(`method-${m}`)?.textContent;
  // 乙: actuals 100 then 95, targets 100: the line goes on to 90; growth −5% gives 90.25; hold keeps 100; stretch 95 × 1.05.
  // Each shown as the draft sheet shows it: whole, as the source's figures, with the unit (issue 23).
  expect(note("trend")).toMatch(/最小平方直線.*：90 人$/);
  expect(note("growth")).toMatch(/平均年成長率.*：90 人$/);
  expect(note("hold")).toMatch(/較好的一個.*：100 人$/);
  expect(note("stretch")).toMatch(/提高 5%.*：100 人$/);
});

test("first run in preview: what the add-in does, the pick button first, and the sample opened", async () => {
  const bytes = new Uint8Array([80, 75, 3, 4]).buffer;
  const fetched: string[] = [];
  window.fetch = ((url: string) => {
    fetched.push(url);
    return Promise.resolve({ ok: true, status: 200, arrayBuffer: () => Promise.resolve(bytes) });
  }) as unknown as typeof fetch;
  const opened: File[] = [];
  const openPreview = (file: File): Promise<PaneSession> => {
    opened.push(file);
    return Promise.resolve({ ...excelSession(new FakePort([KPI_GRID])), mode: "preview", fileName: file.name });
  };
  render(<App initialLanguage="zh-TW" session={null} openPreview={openPreview} />);
  expect(screen.getByRole("heading", { name: "這個增益集可以做什麼" })).toBeTruthy();
  expect(screen.getByText(/預算、主計人員/)).toBeTruthy();
  const buttons = within(screen.getByRole("group", { name: "這個增益集可以做什麼" })).getAllByRole("button");
  expect(buttons.map((b) => b.textContent)).toEqual(["選擇活頁簿 (.xlsx)", "試用範例活頁簿"]);
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "試用範例活頁簿" }));
    await Promise.resolve();
  });
  await screen.findByText(/項指標，其中/);
  expect(fetched).toEqual(["samples/kpi-report-107.xlsx"]);
  expect(opened.map((f) => f.name)).toEqual(["kpi-report-107.xlsx"]);
  expect(screen.queryByRole("heading", { name: "這個增益集可以做什麼" })).toBeNull();
});
