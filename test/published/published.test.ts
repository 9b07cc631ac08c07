/**
 * Tables transcribed from published documents (see README.md here), read as a new user's workbook
 * would be: each is written to a real .xlsx and analysed through the exceljs adapter.
 * Two promises are checked: every figure the engine shows is the one worked by hand (it never shows
 * a wrong number), and every indicator the document holds is read.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { WorkbookReport } from "../../src/core";
import { analyzeSpec } from "../support/analyze-spec";
import {
  falseFigures,
  indicatorProblems,
  missingFindings,
  scorecardProblems,
  type Published,
} from "../support/published-score";

const DIR = join(__dirname, "tables");
const GAPS = JSON.parse(readFileSync(join(__dirname, "known-gaps.json"), "utf8")) as Record<string, string[]>;
/** The misreadings on record for a table, in a stable order (the order they are found in says nothing). */
const gapsOf = (key: string): string[] => [...(GAPS[key] ?? [])].sort();
const tables: Published[] = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), "utf8")) as Published);

describe.each(tables.map((t) => [t.id, t] as const))("%s", (_id, table) => {
  let report: WorkbookReport;
  beforeAll(async () => {
    report = await analyzeSpec(table.sheets);
  });

  test("never shows an achievement the figures do not give", () => {
    expect(falseFigures(report, table.expect.indicators ?? [])).toEqual([]);
  });

  // What the reader does not yet read right, table by table (known-gaps.json): the list must match,
  // so a fix removes its line and a new misreading fails.
  test("reads every indicator with its figures, but for the gaps on record", () => {
    expect(indicatorProblems(report, table.expect.indicators ?? []).problems.sort()).toEqual(gapsOf(table.id));
  });

  test("says so where the reading is uncertain, and the findings the figures call for", () => {
    expect(missingFindings(report, table).sort()).toEqual(gapsOf(`${table.id}#findings`));
  });

  const cards = table.expect.scorecards ?? [];
  if (cards.length > 0) {
    test("score sheets: items, weights and totals", () => {
      expect(scorecardProblems(report, table).sort()).toEqual(gapsOf(`${table.id}#score`));
    });
  }
});
