/**
 * No array is spread into a call: at a million values a spread overflows the stack ("Maximum call
 * stack size exceeded"), as report's column widths did at 35,000 indicators.
 */
import { fittedWidths } from "../../src/core/plan/widths";
import { maxOf, minOf, pushAll, type PlanCell } from "../../src/core";

const MILLION = 1_000_000;

test("maxOf, minOf and pushAll take a million values", () => {
  const values = Array.from({ length: MILLION }, (_, i) => (i * 7919) % MILLION);
  expect(maxOf(values)).toBe(MILLION - 1);
  expect(minOf(values)).toBe(0);
  expect(maxOf([], 3)).toBe(3);
  const into: number[] = [1];
  pushAll(into, values);
  expect(into.length).toBe(MILLION + 1);
});

test("a report's column widths over a million rows", () => {
  const rows: PlanCell[][] = Array.from({ length: MILLION }, (_, i) => [
    { kind: "text", text: i === 500_000 ? "長".repeat(20) : "x" },
  ]);
  expect(fittedWidths(rows)).toEqual([42]);
});
