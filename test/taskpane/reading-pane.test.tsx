/**
 * @jest-environment jsdom
 */
/** The reading view: a person changes an indicator's direction, excludes one, declares a table; 指標設定 is written and the analysis reruns. */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { AppliedPlan } from "../../src/port/workbook-port";
import { addressOf, type Grid, type RawValue, type WritePlan } from "../../src/core";
import { readRefusal } from "../../src/messages";
import { App } from "../../src/taskpane/components/App";
import { excelSession, FakePort, gridOf } from "./fake-session";
import { provideFluentGlobals, provideLayout } from "./jsdom-fluent";

const noPreview = () => Promise.reject(new Error("not in preview"));

const DATA = gridOf("績效", [
  ["衡量指標", "目標值", "實際值"],
  ["民眾申訴案件數", 120, 150],
  ["活動場次", 100, 157],
]);
const CUSTOM = gridOf("自訂", [
  ["項目", "預計", "做到"],
  ["宣導場次", 10, 8],
]);

/** A port whose written sheets are read back, as a workbook holds them. */
class WorkbookLikePort extends FakePort {
  private written: Grid[] = [];
  constructor(private readonly data: Grid[]) {
    super(data);
  }
  override readAll(): Promise<Grid[]> {
    return Promise.resolve([...this.data, ...this.written]);
  }
  override ownedSheets(): Promise<string[]> {
    return Promise.resolve(this.written.map((g) => g.sheet));
  }
  /** The person has selected the table in Excel. */
  selectedRange(): Promise<{ sheet: string; address: string }> {
    return Promise.resolve({ sheet: "自訂", address: "A1:C2" });
  }
  override applyPlan(plan: WritePlan): Promise<AppliedPlan> {
    for (const sheet of plan.sheets) {
      const cells = new Map<string, RawValue>();
      let bottom = 0;
      for (const range of sheet.ranges)
        range.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            bottom = Math.max(bottom, range.row + r);
            cells.set(
              addressOf(range.row + r, range.col + c),
              cell.kind === "text" ? cell.text : cell.kind === "number" ? cell.value : null,
            );
          }),
        );
      const rows = Array.from({ length: bottom + 1 }, (_, r) =>
        Array.from({ length: 10 }, (_, c) => cells.get(addressOf(r, c)) ?? null),
      );
      this.written = [...this.written.filter((g) => g.sheet !== sheet.name), gridOf(sheet.name, rows)];
    }
    return super.applyPlan(plan);
  }
}

// The indicator table draws only the rows on screen: jsdom needs a layout for there to be any.
beforeAll(() => {
  provideFluentGlobals();
  provideLayout();
});

test("change a direction, exclude one, declare a table: 指標設定 is written and the analysis follows", async () => {
  const port = new WorkbookLikePort([DATA, CUSTOM]);
  render(<App initialLanguage="zh-TW" session={excelSession(port)} openPreview={noPreview} />);
  await screen.findByText(/項指標/);
  expect(screen.getByText("125.00%")).toBeTruthy();
  fireEvent.click(screen.getByRole("tab", { name: "讀取" }));
  const complaints = await screen.findByRole("group", { name: "民眾申訴案件數" });
  // How the sheet was read: each header cell and the role it was taken for.
  expect(screen.getByText(/A1 衡量指標 → 指標；B1 目標值 → 目標值；C1 實際值 → 實際值/)).toBeTruthy();
  // What the reader inferred, pre-filled.
  const direction = within(complaints).getByRole<HTMLSelectElement>("combobox", { name: "方向" });
  expect(direction.value).toBe("↑ 越高越好");
  fireEvent.change(direction, { target: { value: "↓ 越低越好" } });
  fireEvent.click(within(screen.getByRole("group", { name: "活動場次" })).getByRole("checkbox", { name: "排除" }));
  // Mark the table: the selection in Excel, then a role for each header cell.
  fireEvent.click(screen.getByRole("button", { name: "使用 Excel 選取範圍" }));
  await waitFor(() =>
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "範圍（如 自訂!A1:C3）" }).value).toBe("自訂!A1:C2"),
  );
  fireEvent.change(screen.getByRole("combobox", { name: "A 欄「項目」" }), { target: { value: "name" } });
  fireEvent.change(screen.getByRole("combobox", { name: "B 欄「預計」" }), { target: { value: "target" } });
  fireEvent.change(screen.getByRole("combobox", { name: "C 欄「做到」" }), { target: { value: "actual" } });
  fireEvent.click(screen.getByRole("button", { name: "加入表格宣告" }));
  expect(screen.getByText("表格宣告 1 個")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "寫入指標設定並重新分析" }));
  await screen.findByText(/已寫入「指標設定」/);
  const plan = port.plans[0]!;
  expect(plan.sheets.map((s) => [s.name, s.role])).toEqual([["指標設定", "settings"]]);
  expect(plan.conditionalFormats).toEqual([]);
  const texts = plan.sheets[0]!.ranges.flatMap((r) =>
    r.cells.map((row) => row.map((c) => (c.kind === "text" ? c.text : c.kind === "number" ? c.value : null))),
  );
  expect(texts).toContainEqual(["自訂", "A1:C2", "一列一指標", 1, "A", "B", "C", null, null, null]);
  expect(texts.find((r) => r[1] === "民眾申訴案件數")?.slice(0, 3)).toEqual(["績效", "民眾申訴案件數", "↓ 越低越好"]);
  // The analysis reran with the settings: 120 / 150 as lower-is-better; 活動場次 left out; 宣導場次 read.
  fireEvent.click(screen.getByRole("tab", { name: "分析" }));
  // 民眾申訴案件數 120 / 150 and 宣導場次 8 / 10: both 80%.
  await waitFor(() => expect(screen.getAllByText("80.00%")).toHaveLength(2));
  expect(screen.queryByText("125.00%")).toBeNull();
  expect(screen.queryByText("157.00%")).toBeNull();
  expect(screen.getByText(/宣導場次/)).toBeTruthy();
});

test("500 indicators: a few cards at a time, found by name, and an edit reaches the right indicator", async () => {
  const rows: RawValue[][] = [["衡量指標", "目標值", "實際值"]];
  for (let i = 1; i <= 500; i++) rows.push([`指標 ${i}`, 100, 90 + (i % 20)]);
  const port = new WorkbookLikePort([gridOf("績效", rows)]);
  render(<App initialLanguage="zh-TW" session={excelSession(port)} openPreview={noPreview} />);
  await screen.findByText(/項指標/);
  fireEvent.click(screen.getByRole("tab", { name: "讀取" }));
  await screen.findByRole("group", { name: "指標 1" });
  const cards = () => screen.getAllByRole("group").filter((g) => /^指標 \d+$/.test(g.getAttribute("aria-label") ?? ""));
  // Not 500 cards: the view stays small however many indicators the workbook has.
  expect(cards()).toHaveLength(30);
  expect(screen.getByText("顯示 30 項，共 500 項指標；輸入名稱找其他指標。")).toBeTruthy();
  fireEvent.change(screen.getByRole("searchbox", { name: "找指標" }), { target: { value: "指標 437" } });
  const found = await screen.findByRole("group", { name: "指標 437" });
  expect(cards()).toHaveLength(1);
  fireEvent.click(within(found).getByRole("checkbox", { name: "排除" }));
  fireEvent.change(screen.getByRole("searchbox", { name: "找指標" }), { target: { value: "沒有這個" } });
  expect(screen.getByText("沒有名稱含「沒有這個」的指標。")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "寫入指標設定並重新分析" }));
  await screen.findByText(/已寫入「指標設定」/);
  const texts = port.plans[0]!.sheets[0]!.ranges.flatMap((r) =>
    r.cells.map((row) => row.map((c) => (c.kind === "text" ? c.text : c.kind === "number" ? c.value : null))),
  );
  // The excluded one is 指標 437, not the 437th card of some other order.
  const excluded = texts.filter((row) => row.includes("是")).map((row) => row[1]);
  expect(excluded).toEqual(["指標 437"]);
});

test("when the workbook cannot be read, the Reading area says why instead of loading for ever", async () => {
  class Unreadable extends WorkbookLikePort {
    override readAll(): Promise<Grid[]> {
      return Promise.reject(readRefusal("damaged", { file: "績效.xlsx" }));
    }
  }
  render(<App initialLanguage="zh-TW" session={excelSession(new Unreadable([DATA]))} openPreview={noPreview} />);
  fireEvent.click(await screen.findByRole("tab", { name: "讀取" }));
  // In the pane's language alone, as every error bar: the typed error worded from the catalog.
  const alert = await screen.findByText(/^無法讀取「績效\.xlsx」：檔案已損壞/);
  expect(alert.getAttribute("role")).toBe("alert");
});

test("no table read: the pane says what it looked for and opens Reading on the likeliest table; two picks declare it and it is read", async () => {
  // Headers no reader knows ("預計", "做到"), figures under them: the core suggests A1:C4, the roles of B and C missing.
  const unknown = gridOf("自訂", [
    ["項目", "預計", "做到"],
    ["宣導場次", 10, 8],
    ["志工人數", 40, 50],
    ["訪視戶數", 200, 150],
  ]);
  const port = new WorkbookLikePort([unknown]);
  render(<App initialLanguage="zh-TW" session={excelSession(port)} openPreview={noPreview} />);
  const card = await screen.findByRole("group", { name: "自訂" });
  // What was looked for, and where the likeliest table is: the core's own finding, in the pane's words.
  expect(within(card).getByText(/已尋找：.*最可能的表格在 A1:C4/)).toBeTruthy();
  fireEvent.click(within(card).getByRole("button", { name: "在「讀取」宣告這個表格" }));
  const declaring = await screen.findByRole("region", { name: "標出一個讀不到的表格" });
  expect(within(declaring).getByText(/最可能的表格在 A1:C4.*請指定哪一欄是目標值、哪一欄是實際值/)).toBeTruthy();
  expect(within(declaring).getByRole<HTMLInputElement>("textbox", { name: /範圍/ }).value).toBe("自訂!A1:C4");
  expect(within(declaring).getByRole<HTMLInputElement>("spinbutton", { name: /表頭列/ }).value).toBe("1");
  // The names column is filled in from the suggestion; the person picks the two the reader could not tell.
  expect(within(declaring).getByRole<HTMLSelectElement>("combobox", { name: "A 欄「項目」" }).value).toBe("name");
  expect(within(declaring).getByRole<HTMLSelectElement>("combobox", { name: "B 欄「預計」" }).value).toBe("none");
  fireEvent.change(within(declaring).getByRole("combobox", { name: "B 欄「預計」" }), { target: { value: "target" } });
  fireEvent.change(within(declaring).getByRole("combobox", { name: "C 欄「做到」" }), { target: { value: "actual" } });
  fireEvent.click(within(declaring).getByRole("button", { name: "宣告並重新讀取" }));
  await screen.findByText(/已寫入「指標設定」/);
  const texts = port.plans[0]!.sheets[0]!.ranges.flatMap((r) =>
    r.cells.map((row) => row.map((c) => (c.kind === "text" ? c.text : c.kind === "number" ? c.value : null))),
  );
  expect(texts).toContainEqual(["自訂", "A1:C4", "一列一指標", 1, "A", "B", "C", null, null, null]);
  // Read again with the declaration: 8 / 10, 50 / 40, 150 / 200.
  fireEvent.click(screen.getByRole("tab", { name: "分析" }));
  await waitFor(() => expect(screen.getByText("80.00%")).toBeTruthy());
  expect(screen.getByText("125.00%")).toBeTruthy();
  expect(screen.getByText("75.00%")).toBeTruthy();
  expect(screen.queryByRole("button", { name: "在「讀取」宣告這個表格" })).toBeNull();
});
