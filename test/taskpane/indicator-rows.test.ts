/** The table's rows: one per indicator, for the reporting period, with its findings; filters over all rows. */
import { analyzeWorkbook } from "../../src/core";
import { filterRows, indicatorModel, NO_FILTER } from "../../src/taskpane/model/indicator-rows";
import { figure, percent } from "../../src/taskpane/components/figures";
import { BUDGET_GRID, gridOf, TWO_YEARS } from "./fake-session";

test("counts follow the reporting period: an indicator that met its target in 107 is not below target", () => {
  const model = indicatorModel(analyzeWorkbook([TWO_YEARS]));
  expect(model.period).toBe("107");
  expect(model.rows.map((r) => [r.indicator.name, r.current?.period, r.light])).toEqual([
    ["甲指標", "107", "green"],
    ["乙指標", "107", "yellow"],
  ]);
  expect(model.counts).toEqual({ green: 1, yellow: 1, red: 0, white: 0 });
});

test("a finding belongs to the indicator whose cell it names", () => {
  const model = indicatorModel(analyzeWorkbook([BUDGET_GRID]));
  const withFindings = model.rows.filter((r) => r.findings.length > 0).map((r) => r.indicator.name);
  expect(withFindings).toEqual(["申請使用自動通關人數"]);
  expect(model.withFindings).toBe(1);
});

test("filters, search and sort act on every row, and sort puts rows without an achievement last", () => {
  const rows = Array.from({ length: 5_000 }, (_, i) => [`指標 ${i}`, 100, i % 7 === 0 ? "--" : 50 + (i % 100)]);
  const model = indicatorModel(analyzeWorkbook([gridOf("S", [["衡量指標", "目標值", "實際值"], ...rows])]));
  expect(model.rows).toHaveLength(5_000);
  const red = filterRows(model.rows, { ...NO_FILTER, lights: new Set(["red"]) });
  expect(red.length).toBe(model.counts.red);
  expect(red.every((r) => r.light === "red")).toBe(true);
  expect(filterRows(model.rows, { ...NO_FILTER, search: "指標 4999" }).map((r) => r.indicator.name)).toEqual([
    "指標 4999",
  ]);
  const up = filterRows(model.rows, { ...NO_FILTER, sort: "ascending" });
  const achievements = up.map((r) => r.current?.achievement ?? null);
  const known = achievements.filter((a): a is number => a !== null);
  expect(known).toEqual([...known].sort((a, b) => a - b));
  expect(achievements.slice(known.length).every((a) => a === null)).toBe(true);
  const down = filterRows(model.rows, { ...NO_FILTER, sort: "descending" });
  expect(down[0]?.current?.achievement).toBe(Math.max(...known));
  // The model's own order is left alone.
  expect(model.rows[0]?.indicator.name).toBe("指標 0");
});

test("a finding on a blank cell inside an indicator's cells is that indicator's (a missing actual)", () => {
  const grid = gridOf("S", [
    ["衡量指標", "目標值", "實際值"],
    ["甲", 100, "--"],
    ["乙", 100, 90],
  ]);
  const report = analyzeWorkbook([grid]);
  const missing = report.findings.filter((f) => f.code === "ACTUAL_MISSING");
  expect(missing.map((f) => f.cell)).toEqual(["C2"]);
  const model = indicatorModel(report);
  expect(model.rows.map((r) => [r.indicator.name, r.findings.map((f) => f.code)])).toEqual([
    ["甲", ["ACTUAL_MISSING"]],
    ["乙", []],
  ]);
});

test("growth: sorted by, and filtered to those that fell since the last period", () => {
  // 甲 80 → 120 (+50%), 乙 100 → 95 (−5%).
  const model = indicatorModel(analyzeWorkbook([TWO_YEARS]));
  expect(model.rows.map((r) => r.current?.growth)).toEqual([0.5, -0.05]);
  expect(model.fell).toBe(1);
  expect(filterRows(model.rows, { ...NO_FILTER, fellOnly: true }).map((r) => r.indicator.name)).toEqual(["乙指標"]);
  const up = filterRows(model.rows, { ...NO_FILTER, sort: "ascending", sortBy: "growth" });
  expect(up.map((r) => r.indicator.name)).toEqual(["乙指標", "甲指標"]);
  // By achievement, 甲 (120%) is above 乙 (95%): the same sort, the other column.
  const byAchievement = filterRows(model.rows, { ...NO_FILTER, sort: "ascending" });
  expect(byAchievement.map((r) => r.indicator.name)).toEqual(["乙指標", "甲指標"]);
  const down = filterRows(model.rows, { ...NO_FILTER, sort: "descending", sortBy: "growth" });
  expect(down.map((r) => r.current?.growth)).toEqual([0.5, -0.05]);
});

test("one formatter for the command and the pane: 13.09%, 3,287, —", () => {
  expect(percent(0.130912)).toBe("13.09%");
  expect(percent(-0.05)).toBe("-5.00%");
  expect(percent(null)).toBe("—");
  const count = { kind: "count", unit: "人", periods: [{ target: 3287, actual: 3182 }] } as unknown as Parameters<
    typeof figure
  >[1];
  const rate = { kind: "rate", unit: "%", periods: [{ target: 0.5, actual: 0.4 }] } as unknown as Parameters<
    typeof figure
  >[1];
  expect(figure(3287, count)).toBe("3,287");
  expect(figure(0.5, rate)).toBe("50.00%");
});
