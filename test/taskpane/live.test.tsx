/**
 * @jest-environment jsdom
 */
/**
 * Live rerun inside Excel, on the office.js test double: the real adapter subscribes to
 * worksheet.onChanged on the analysed sheets; an edit there reruns the analysis after a pause;
 * the pane's own write does not; leaving the workbook removes the handlers.
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { App } from "../../src/taskpane/components/App";
import { LIVE_DEBOUNCE_MS } from "../../src/taskpane/hooks/use-live";
import { mockExcel } from "../support/office-mock";
import { excelSession } from "./fake-session";
import { provideFluentGlobals, provideLayout } from "./jsdom-fluent";

beforeAll(() => {
  provideFluentGlobals();
  provideLayout();
});

const SPEC = [
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

const settle = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

test("an edit on an analysed sheet reruns the analysis; the pane's own write does not", async () => {
  const excel = mockExcel(SPEC);
  const workbook = new ExcelWorkbook(excel.host);
  // Excel raises onChanged for what the add-in itself writes on a user's sheet (its flags): here, mid-write.
  const apply = workbook.applyPlan.bind(workbook);
  let echoes = 0;
  workbook.applyPlan = async (plan) => {
    echoes++;
    await excel.change("績效", "C2");
    return apply(plan);
  };
  const view = render(<App initialLanguage="zh-TW" session={excelSession(workbook)} openPreview={noPreview} />);
  await screen.findByText(/2 項指標，其中 1 項未達目標/);
  await screen.findByText("Excel 中的資料變更後，會自動重新分析。");
  expect(excel.listeners("績效")).toBe(1);

  // The user raises 活動場次's actual to 100: after the pause, the count follows.
  const reads = excel.syncs();
  const before = excel.runs.length;
  await act(() => excel.change("績效", "C2", 100));
  expect(excel.syncs()).toBe(reads);
  await settle(LIVE_DEBOUNCE_MS + 300);
  await screen.findByText(/2 項指標，其中 0 項未達目標/);
  expect(excel.syncs()).toBeGreaterThan(reads);
  const perAnalysis = excel.runs.length - before;
  expect(perAnalysis).toBeGreaterThan(0);

  // Three quick edits are one rerun.
  const runs = excel.runs.length;
  await act(async () => {
    await excel.change("績效", "C2", 70);
    await excel.change("績效", "C3", 60);
    await excel.change("績效", "C2", 90);
  });
  await settle(LIVE_DEBOUNCE_MS + 300);
  await screen.findByText(/2 項指標，其中 2 項未達目標/);
  const afterEdits = excel.runs.length;
  expect(afterEdits - runs).toBe(perAnalysis);

  // Writing the report: events that arrive while the pane writes are its own, not a user's edit.
  fireEvent.click(screen.getByRole("tab", { name: "報表" }));
  fireEvent.click(await screen.findByRole("button", { name: "插入或更新報表" }));
  await screen.findByText(/已寫入工作表「績效報告」/);
  expect(echoes).toBe(1);
  const afterWrite = excel.runs.length;
  await settle(LIVE_DEBOUNCE_MS + 300);
  expect(excel.runs.length).toBe(afterWrite);

  view.unmount();
  await settle(50);
  expect(excel.listeners("績效")).toBe(0);
}, 60_000);

test("the exceljs adapter cannot watch a file, and the pane says nothing about following edits", async () => {
  const { FakePort, KPI_GRID } = await import("./fake-session");
  render(<App initialLanguage="zh-TW" session={excelSession(new FakePort([KPI_GRID]))} openPreview={noPreview} />);
  await screen.findByText(/項指標/);
  expect(screen.queryByText("Excel 中的資料變更後，會自動重新分析。")).toBeNull();
});

function noPreview(): Promise<never> {
  return Promise.reject(new Error("not in preview"));
}
