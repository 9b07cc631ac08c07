/**
 * @jest-environment jsdom
 */
/** Component tests: the pane over an injected port, in jsdom. No Excel, no Office global, no exceljs. */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { BUDGET_GRID, excelSession, FakeDocumentSettings, FakePort, KPI_GRID, TWO_YEARS } from "./fake-session";
import { provideFluentGlobals, provideLayout } from "./jsdom-fluent";

const noPreview = () => Promise.reject(new Error("not in preview"));

beforeAll(() => {
  provideFluentGlobals();
  provideLayout();
  window.alert = () => {
    throw new Error("the pane must never call alert()");
  };
});

test("in Excel: indicators with lights, the below-target count, and selecting cells through the port", async () => {
  const port = new FakePort([KPI_GRID]);
  render(<App initialLanguage="zh-TW" session={excelSession(port)} openPreview={noPreview} />);
  expect(await screen.findByText("1 個表、1 項指標，其中 1 項未達目標（期別 107）。")).toBeTruthy();
  expect(screen.getByRole("img", { name: "接近目標" }).getAttribute("data-light")).toBe("▲");
  expect(screen.getByText("96.81%")).toBeTruthy();
  // The history is one click away: the indicator's name opens it, with the way to its cells.
  fireEvent.click(screen.getByRole("button", { name: /提升新住民及其子女培力人數/ }));
  expect(screen.getByRole("table", { name: /的歷年資料/ })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "選取儲存格" }));
  await waitFor(() => expect(port.selections).toEqual(["關鍵績效指標!B3:C5"]));
  expect(typeof (globalThis as { Excel?: unknown }).Excel).toBe("undefined");
});

test("errors show in a message bar with what to do next", async () => {
  const port = new FakePort([KPI_GRID], new Error("讀取失敗：工作表被鎖定"));
  render(<App initialLanguage="zh-TW" session={excelSession(port)} openPreview={noPreview} />);
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toMatch(/讀取失敗：工作表被鎖定.*請依訊息修正後再試一次/);
});

test("the review area groups findings by kind, and goes to a finding's cell", async () => {
  const port = new FakePort([BUDGET_GRID]);
  render(<App initialLanguage="en" session={excelSession(port)} openPreview={noPreview} />);
  await screen.findByText(/1 table, 2 indicators/);
  fireEvent.click(screen.getByRole("tab", { name: "Review" }));
  expect(await screen.findByRole("heading", { name: /Reported figure disagrees \(1\)/ })).toBeTruthy();
  // One problem, one entry: the diagnosis is part of it, not a group of its own (issue 12).
  expect(screen.getAllByRole("heading").filter((h) => /\(\d+\)/.test(h.textContent ?? ""))).toHaveLength(1);
  expect(screen.getByText(/The reported figure is the growth over target/)).toBeTruthy();
  fireEvent.click(screen.getAllByRole("button", { name: "Go to D2" })[0]!);
  await waitFor(() => expect(port.selections).toEqual(["100年度績效!D2"]));
  fireEvent.click(screen.getByRole("button", { name: "Write review comments" }));
  await screen.findByText(/Wrote 1 comment\./);
  expect(port.plans[0]!.notes).toHaveLength(1);
});

test("report options persist in the workbook's settings, and come back for the next person", async () => {
  const settings = new FakeDocumentSettings();
  const port = new FakePort([KPI_GRID]);
  const first = render(<App initialLanguage="zh-TW" session={excelSession(port, settings)} openPreview={noPreview} />);
  await screen.findByText(/項指標/);
  fireEvent.click(screen.getByRole("tab", { name: "報表" }));
  fireEvent.change(await screen.findByRole("spinbutton", { name: "黃燈門檻（%）" }), { target: { value: "80" } });
  fireEvent.click(screen.getByRole("switch", { name: "達成度以 100% 為上限" }));
  await waitFor(() =>
    expect(settings.saved.get("indicatorsPaneSettings")).toMatchObject({ yellowFrom: 0.8, capAtOne: true }),
  );
  fireEvent.click(screen.getByRole("button", { name: "插入或更新報表" }));
  await screen.findByText(/已寫入工作表「績效報告」/);
  const formulas = port.plans[0]!.sheets[0]!.columnFormulas.map((f) => f.r1c1).join(" ");
  expect(formulas).toContain(">=0.8");
  expect(formulas).toContain("MIN(1,");
  first.unmount();

  render(
    <App initialLanguage="zh-TW" session={excelSession(new FakePort([KPI_GRID]), settings)} openPreview={noPreview} />,
  );
  await screen.findByText(/項指標/);
  fireEvent.click(screen.getByRole("tab", { name: "報表" }));
  await waitFor(() =>
    expect(screen.getByRole<HTMLInputElement>("spinbutton", { name: "黃燈門檻（%）" }).value).toBe("80"),
  );
  expect(screen.getByRole<HTMLInputElement>("switch", { name: "達成度以 100% 為上限" }).checked).toBe(true);
});

test("the targets area previews drafts and writes them through the port", async () => {
  const port = new FakePort([KPI_GRID]);
  render(<App initialLanguage="en" session={excelSession(port)} openPreview={noPreview} />);
  await screen.findByText(/1 indicator;/);
  fireEvent.click(screen.getByRole("tab", { name: "Targets" }));
  fireEvent.click(await screen.findByRole("radio", { name: "Hold the line" }));
  expect(screen.getByRole("radio", { name: "Hold the line" }).getAttribute("aria-describedby")).toBe("method-hold");
  // As the draft sheet shows it: with the source's unit (issue 23).
  expect(await screen.findByText("3,287 人")).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Write the draft sheet" }));
    await Promise.resolve();
  });
  await screen.findByText(/Wrote sheet "Target drafts" with 1 draft\./);
});

test("in Excel, before the first write, the pane says writing replaces its sheets and clears Undo; not after, not in preview", async () => {
  const port = new FakePort([KPI_GRID]);
  const excel = render(<App initialLanguage="zh-TW" session={excelSession(port)} openPreview={noPreview} />);
  await screen.findByText(/項指標/);
  expect(screen.getByText("寫入前請注意")).toBeTruthy();
  expect(screen.getByText(/清除 Excel 的復原記錄/)).toBeTruthy();
  fireEvent.click(screen.getByRole("tab", { name: "報表" }));
  fireEvent.click(await screen.findByRole("button", { name: "插入或更新報表" }));
  await screen.findByText(/已寫入工作表「績效報告」/);
  expect(screen.queryByText("寫入前請注意")).toBeNull();
  excel.unmount();

  const preview = { ...excelSession(new FakePort([KPI_GRID])), mode: "preview" as const, fileName: "a.xlsx" };
  render(<App initialLanguage="en" session={preview} openPreview={noPreview} />);
  await screen.findByText(/1 indicator;/);
  expect(screen.queryByText("Before you write")).toBeNull();
});

test("growth in the table (sortable, with a 'fell since last period' chip) and beside achievement in the history", async () => {
  const port = new FakePort([TWO_YEARS]);
  render(<App initialLanguage="en" session={excelSession(port)} openPreview={noPreview} />);
  await screen.findByText(/2 indicators/);
  const grid = screen.getByRole("grid");
  expect(within(grid).getByRole("columnheader", { name: /Growth/ })).toBeTruthy();
  expect(within(grid).getByText("50.00%")).toBeTruthy();
  expect(within(grid).getByText("-5.00%")).toBeTruthy();
  // The chip keeps those whose actual fell: 乙 (100 → 95).
  fireEvent.click(screen.getByRole("button", { name: /Fell since last period 1/ }));
  await waitFor(() => expect(within(screen.getByRole("grid")).queryByText("甲指標")).toBeNull());
  expect(within(screen.getByRole("grid")).getByText("乙指標")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: /Fell since last period 1/ }));
  // Sorting by growth puts 乙 first.
  fireEvent.click(within(screen.getByRole("grid")).getByRole("columnheader", { name: /Growth/ }));
  await waitFor(() => {
    const names = within(screen.getByRole("grid"))
      .getAllByRole("button")
      .map((b) => b.textContent)
      .filter((n) => n === "甲指標" || n === "乙指標");
    expect(names).toEqual(["乙指標", "甲指標"]);
  });
  // The history: growth beside achievement, period by period.
  fireEvent.click(screen.getByRole("button", { name: /乙指標/ }));
  const history = screen.getByRole("table", { name: /乙指標/ });
  expect(within(history).getByRole("columnheader", { name: "Growth" })).toBeTruthy();
  expect(within(history).getAllByRole("row")[2]?.textContent).toMatch(/95\.00%.*-5\.00%/);
});

test("a single-year table: hold and stretch draft in the pane; trend and growth say they need two periods", async () => {
  const port = new FakePort([BUDGET_GRID]);
  render(<App initialLanguage="en" session={excelSession(port)} openPreview={noPreview} />);
  await screen.findByText(/2 indicators/);
  fireEvent.click(screen.getByRole("tab", { name: "Targets" }));
  await screen.findByRole("radio", { name: "Hold the line" });
  expect(screen.queryByText("No indicator has labelled periods to draft from.")).toBeNull();
  expect(document.getElementById("method-trend")?.textContent).toMatch(/needs two or more periods/);
  expect(document.getElementById("method-growth")?.textContent).toMatch(/needs two or more periods/);
  expect(document.getElementById("method-hold")?.textContent).toMatch(/92,885/);
  fireEvent.click(screen.getByRole("radio", { name: "Hold the line" }));
  expect(await screen.findByText("92,885")).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Write the draft sheet" }));
    await Promise.resolve();
  });
  await screen.findByText(/Wrote sheet "Target drafts" with 2 drafts\./);
});
