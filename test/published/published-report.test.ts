/**
 * The report on tables as agencies publish them: `indicators report` on each transcribed table, then
 * LibreOffice recalculates the written formulas, and every figure equals the engine's. A reading the
 * engine made (an actual summed as B+C, a rate in percentage points) must survive into the live sheet.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportKind, SYMBOL_OF_LIGHT, type WorkbookReport } from "../../src/core";
import { groupedByGoal } from "../../src/core/plan/goal-rows";
import { cli } from "../cli/run-cli";
import { numberOf, recalculateAll } from "../support/libreoffice";
import { writeXlsx, type WorkbookSpec } from "../support/workbook-spec";

const DIR = join(__dirname, "tables");
const out = mkdtempSync(join(tmpdir(), "published-report-"));
const tables = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), "utf8")) as { id: string; sheets: WorkbookSpec });

const reports = new Map<string, WorkbookReport>();
let sheets = new Map<string, Map<string, string[][]>>();
const written: string[] = [];

beforeAll(async () => {
  for (const table of tables) {
    const input = join(out, `${table.id}.xlsx`);
    await writeXlsx(input, table.sheets);
    const analyzed = await cli("analyze", input, "--json");
    if (analyzed.code !== 0) continue;
    const report = JSON.parse(analyzed.out) as WorkbookReport;
    if (report.sheets.every((s) => s.indicators.length === 0)) continue;
    const output = join(out, `${table.id}-report.xlsx`);
    const result = await cli("report", input, "-o", output);
    expect(result.code).toBe(0);
    reports.set(table.id, report);
    written.push(output);
  }
  sheets = recalculateAll(written);
}, 600_000);

test("most transcribed tables give a report", () => {
  expect(reports.size).toBeGreaterThanOrEqual(20);
});

test.each(tables.map((t) => t.id))("%s: LibreOffice's recalculated report equals the engine", (id) => {
  const report = reports.get(id);
  if (report === undefined) return;
  const rows = sheets.get(join(out, `${id}-report.xlsx`))?.get("績效報告");
  expect(rows).toBeDefined();
  const header = rows!.findIndex((r) => r[0] === "指標");
  // The table runs to the first empty row; a summary per goal may follow it.
  const after = rows!.slice(header + 1);
  const end = after.findIndex((r) => (r[0] ?? "") === "");
  const table = end === -1 ? after : after.slice(0, end);
  const close = (want: number | null): unknown => (want === null ? null : expect.closeTo(want, 9));
  const kind = reportKind(report);
  // A goal's row (its words alone: no direction) above its indicators, where goals come in blocks.
  const isGoalRow = (r: readonly string[]) => kind !== "comparison" && (r[2] ?? "") === "";
  const body = table.filter((r) => !isGoalRow(r));
  const goals = report.sheets.flatMap((s) =>
    s.indicators.flatMap((i, k) => (i.category && i.category !== s.indicators[k - 1]?.category ? [i.category] : [])),
  );
  // A comparison lists its items as they are (its categories are codes or sections): no goal rows.
  expect(table.filter(isGoalRow).map((r) => r[0])).toEqual(kind !== "comparison" && groupedByGoal(report) ? goals : []);
  if (kind === "comparison") {
    // One row per item: the previous and current figures, their change and growth, live.
    const items = report.sheets.flatMap((s) => s.indicators);
    expect(body.length).toBe(items.length);
    items.forEach((i, k) => {
      const row = body[k]!;
      const [prev, cur] = [
        i.periods[i.periods.length - 2]?.actual ?? null,
        i.periods[i.periods.length - 1]?.actual ?? null,
      ];
      const both = prev !== null && cur !== null;
      expect([row[0], numberOf(row[1]), numberOf(row[2]), numberOf(row[3]), numberOf(row[4])]).toEqual([
        i.name,
        close(prev),
        close(cur),
        close(both ? cur - prev : null),
        close(both && prev > 0 ? cur / prev - 1 : null),
      ]);
    });
    expect(rows!.flat().join("|")).not.toMatch(/#DIV\/0!|#VALUE!|#NAME\?|#REF!|Err:/);
    return;
  }
  if (kind === "plan") {
    // The targets, each with its period, and no light.
    const targets = report.sheets.flatMap((s) =>
      s.indicators.flatMap((i) => i.periods.map((p) => ({ name: i.name, p }))),
    );
    expect(body.length).toBe(targets.length);
    targets.forEach(({ name, p }, k) => {
      expect([body[k]![0], numberOf(body[k]![3])]).toEqual([name, close(p.target)]);
    });
    expect(rows!.flat().join("")).not.toMatch(/[★▲●]/);
    return;
  }
  const expected = report.sheets.flatMap((s) =>
    s.indicators.flatMap((i) => i.periods.map((p) => ({ name: i.name, p }))),
  );
  expect(body.length).toBe(expected.length);
  expected.forEach(({ name, p }, k) => {
    const row = body[k]!;
    if (p.notComputable === "uncertain-reading") {
      // Where the engine is unsure the report follows no cell: no live formula may give the ★ it declined.
      expect([row[0], row[3], row[4], row[6], row[8]]).toEqual([name, "", "", "", SYMBOL_OF_LIGHT.white]);
      expect(row[9]).toMatch(/^讀取不確定，未計算；請核對 /);
      return;
    }
    // A result printed as a bound ("<1%") is shown as printed, held to no target, with no growth.
    if (p.notComputable === "bounded-actual") {
      expect([row[0], row[3], row[4], row[5], row[6], row[7], row[8]]).toEqual([
        name,
        "",
        expect.stringMatching(/^\s*[<>]/),
        "",
        "",
        "",
        SYMBOL_OF_LIGHT.white,
      ]);
      return;
    }
    // A line with no better direction (Total equity): its budget is shown as no target, so no formula rates it.
    const target = p.notComputable === "no-direction" ? null : close(p.target);
    expect([row[0], numberOf(row[3]), numberOf(row[4]), numberOf(row[6]), row[8]]).toEqual([
      name,
      target,
      close(p.actual),
      close(p.achievement),
      SYMBOL_OF_LIGHT[p.light],
    ]);
  });
  expect(rows!.flat().join("|")).not.toMatch(/#DIV\/0!|#VALUE!|#NAME\?|#REF!|Err:/);
});
