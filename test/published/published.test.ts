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
import type { WorkbookSpec } from "../support/workbook-spec";

interface ExpectedPeriod {
  period: string | null;
  target?: number | null;
  actual?: number | null;
  achievement?: number | null;
}
interface ExpectedIndicator {
  name: string;
  direction?: string;
  kind?: string;
  periods: ExpectedPeriod[];
}
interface Published {
  id: string;
  family: string;
  sheets: WorkbookSpec;
  expect: {
    indicators?: ExpectedIndicator[];
    uncertain?: string[];
    findings?: string[];
    scorecards?: Array<{ weightTotal?: number; totals?: number[] }>;
  };
}

const DIR = join(__dirname, "tables");
const GAPS = JSON.parse(readFileSync(join(__dirname, "known-gaps.json"), "utf8")) as Record<string, string[]>;
/** The misreadings on record for a table, in a stable order (the order they are found in says nothing). */
const gapsOf = (key: string): string[] => [...(GAPS[key] ?? [])].sort();
const tables: Published[] = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), "utf8")) as Published);

const squash = (text: string): string => text.replace(/[\s\u3000]/g, "");
/** "2019–20", "2019-20" and "2019/20" name one fiscal year. */
const periodKey = (label: string | null): string | null => (label === null ? null : label.replace(/[-–]/g, "/"));
const near = (a: number | null | undefined, b: number | null | undefined): boolean =>
  a === null || a === undefined || b === null || b === undefined
    ? (a ?? null) === (b ?? null)
    : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

type Indicator = WorkbookReport["sheets"][number]["indicators"][number];

function allIndicators(report: WorkbookReport): Indicator[] {
  return report.sheets.flatMap((s) => s.indicators);
}

/**
 * Pairs each expected indicator with one found, in reading order: the same name may stand for several
 * rows (法務部 under five strategies), so a found indicator is paired once, the exact name first.
 */
function pairing(found: Indicator[], wanted: readonly ExpectedIndicator[]): Map<ExpectedIndicator, Indicator> {
  const pairs = new Map<ExpectedIndicator, Indicator>();
  const used = new Set<Indicator>();
  for (const exact of [true, false])
    for (const want of wanted) {
      if (pairs.has(want)) continue;
      const name = squash(want.name);
      const got = found.find((i) => !used.has(i) && (exact ? squash(i.name) === name : squash(i.name).includes(name)));
      if (got) {
        pairs.set(want, got);
        used.add(got);
      }
    }
  return pairs;
}

function periodOf(indicator: Indicator, want: ExpectedPeriod, count: number) {
  const key = periodKey(want.period);
  return (
    indicator.periods.find((p) => periodKey(p.period) === key) ??
    (count === 1 && indicator.periods.length === 1 ? indicator.periods[0] : undefined)
  );
}

describe.each(tables.map((t) => [t.id, t] as const))("%s", (_id, table) => {
  let report: WorkbookReport;
  beforeAll(async () => {
    report = await analyzeSpec(table.sheets);
  });

  test("never shows an achievement the figures do not give", () => {
    const wanted = table.expect.indicators ?? [];
    const shown: string[] = [];
    const pairs = pairing(allIndicators(report), wanted);
    for (const indicator of allIndicators(report)) {
      const want = wanted.find((w) => pairs.get(w) === indicator);
      for (const p of indicator.periods) {
        if (p.achievement === null) continue;
        const expected = want?.periods.find((w) => periodOf(indicator, w, want.periods.length) === p);
        if (!expected || !near(p.achievement, expected.achievement ?? null))
          shown.push(
            `${indicator.name} ${p.period ?? ""}: ${p.achievement} (by hand: ${expected?.achievement ?? "none"})`,
          );
      }
    }
    expect(shown).toEqual([]);
  });

  // What the reader does not yet read right, table by table (known-gaps.json): the list must match,
  // so a fix removes its line and a new misreading fails.
  test("reads every indicator with its figures, but for the gaps on record", () => {
    const problems: string[] = [];
    const found = allIndicators(report);
    // What the document does not hold (a section title, a total, a footnote) is no indicator either.
    const wanted = table.expect.indicators ?? [];
    const pairs = pairing(found, wanted);
    const paired = new Set(pairs.values());
    for (const indicator of found) if (!paired.has(indicator)) problems.push(`extra: ${indicator.name}`);
    for (const want of wanted) {
      const got = pairs.get(want);
      if (!got) {
        problems.push(`missing: ${want.name}`);
        continue;
      }
      if (want.direction && got.direction !== want.direction)
        problems.push(`${want.name}: direction ${got.direction}, expected ${want.direction}`);
      for (const w of want.periods) {
        const p = periodOf(got, w, want.periods.length);
        if (!p) {
          problems.push(`${want.name}: no period ${w.period}`);
          continue;
        }
        for (const key of ["target", "actual", "achievement"] as const) {
          if (w[key] === undefined) continue;
          if (!near(p[key], w[key]))
            problems.push(`${want.name} ${w.period ?? ""}: ${key} ${p[key]}, expected ${w[key]}`);
        }
      }
    }
    expect(problems.sort()).toEqual(gapsOf(table.id));
  });

  test("says so where the reading is uncertain, and the findings the figures call for", () => {
    const at = new Set(report.findings.map((f) => `${f.code}@${f.cell ?? ""}`));
    const cells = new Set(report.findings.map((f) => f.cell));
    const missing = [
      ...(table.expect.uncertain ?? []).filter((cell) => !cells.has(cell)).map((c) => `uncertain ${c}`),
      ...(table.expect.findings ?? []).filter((f) => !at.has(f)),
    ];
    expect(missing.sort()).toEqual(gapsOf(`${table.id}#findings`));
  });

  const cards = table.expect.scorecards ?? [];
  if (cards.length > 0) {
    test("score sheets: items, weights and totals", () => {
      const got = report.sheets.flatMap((s) => s.scorecards);
      const problems: string[] = [];
      const totals = cards.flatMap((c) => c.totals ?? []);
      const gotTotals = got.map((c) => c.total);
      if (totals.length > 0 && JSON.stringify(gotTotals) !== JSON.stringify(totals))
        problems.push(`totals ${JSON.stringify(gotTotals)}, expected ${JSON.stringify(totals)}`);
      const weight = cards[0]?.weightTotal;
      if (weight !== undefined && !near(got[0]?.weightTotal, weight))
        problems.push(`weight total ${got[0]?.weightTotal}, expected ${weight}`);
      expect(problems.sort()).toEqual(gapsOf(`${table.id}#score`));
    });
  }
});
