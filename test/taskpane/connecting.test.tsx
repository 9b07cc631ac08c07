/**
 * @jest-environment jsdom
 */
/** Inside Excel, before the host is ready: the pane waits and shows it; preview is the user's choice. */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { Connecting } from "../../src/taskpane/components/Connecting";
import { provideFluentGlobals } from "./jsdom-fluent";

beforeAll(provideFluentGlobals);

afterEach(() => jest.useRealTimers());

test("a spinner while the host starts; preview offered only after the wait, and taken only on a click", () => {
  jest.useFakeTimers();
  const onPreview = jest.fn();
  render(<Connecting language="zh-TW" unavailable={false} onPreview={onPreview} offerAfterMs={20_000} />);
  expect(screen.getByText("正在連線 Excel…")).toBeTruthy();
  act(() => jest.advanceTimersByTime(19_000));
  expect(screen.queryByRole("button", { name: "改用預覽模式" })).toBeNull();
  act(() => jest.advanceTimersByTime(1_000));
  expect(screen.getByText(/Excel 仍在啟動中/)).toBeTruthy();
  expect(onPreview).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole("button", { name: "改用預覽模式" }));
  expect(onPreview).toHaveBeenCalledTimes(1);
  // Still connecting: the host may yet answer.
  expect(screen.getByText("正在連線 Excel…")).toBeTruthy();
});

test("office.js missing: no spinner, the reason, and preview offered at once (English)", () => {
  render(<Connecting language="en" unavailable={true} onPreview={() => undefined} />);
  expect(screen.queryByText("Connecting to Excel…")).toBeNull();
  expect(screen.getByText(/could not be loaded/)).toBeTruthy();
  expect(screen.getByRole("button", { name: "Continue in preview" })).toBeTruthy();
});
