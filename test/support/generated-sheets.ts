/** Generated indicator sheets for the report's size tests: many indicators, or many years each. */
import type { WorkbookSpec } from "./workbook-spec";

/** `count` indicators, one row each: target 100 + i and an actual between 70% and 119% of it. */
export function manyIndicators(count: number, sheet = "指標"): WorkbookSpec {
  const cells: Record<string, string | number> = { A1: "指標", B1: "目標值", C1: "實際值", D1: "單位" };
  for (let i = 0; i < count; i++) {
    cells[`A${i + 2}`] = `第 ${i + 1} 項服務指標`;
    cells[`B${i + 2}`] = 100 + i;
    cells[`C${i + 2}`] = Math.round((100 + i) * (0.7 + ((i * 37) % 50) / 100));
    cells[`D${i + 2}`] = "件";
  }
  return [{ name: sheet, cells }];
}

/** `count` indicators over the years 110–113, a target and an actual each year. */
export function manyYears(count: number, sheet = "多年度"): WorkbookSpec {
  const years = [110, 111, 112, 113];
  const cells: Record<string, string | number> = { A1: "指標" };
  years.forEach((y, k) => {
    cells[`${String.fromCharCode(66 + 2 * k)}1`] = `${y}年目標值`;
    cells[`${String.fromCharCode(67 + 2 * k)}1`] = `${y}年實際值`;
  });
  for (let i = 0; i < count; i++) {
    cells[`A${i + 2}`] = `多年度指標 ${i + 1}`;
    years.forEach((_, k) => {
      cells[`${String.fromCharCode(66 + 2 * k)}${i + 2}`] = 100 + 10 * k;
      cells[`${String.fromCharCode(67 + 2 * k)}${i + 2}`] = 95 + 10 * k + i;
    });
  }
  return [{ name: sheet, cells }];
}
