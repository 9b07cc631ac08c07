/**
 * The corpus's score as a whole, and the first-sight record.
 *
 * First sight is what the product did with a table before any code was changed for it. It is kept
 * in first-sight/<id>.json, one file per table (so two transcribers never touch one file), written
 * once and never rewritten:
 *   RECORD_FIRST_SIGHT=1 npx jest test/published/score
 * records the tables that have no entry yet (at the commit checked out), so a transcriber records a
 * table the moment it is added. The summary printed here gives the corpus now and, for the tables
 * added in a round, their first-sight numbers in the order they were added.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeSpec } from "../support/analyze-spec";
import {
  CELL_ADDRESS,
  costOf,
  scoreTable,
  wordsAsUncertain,
  type Published,
  type Score,
} from "../support/published-score";

interface FirstSight {
  /** When it was recorded (ISO 8601): the order tables were added in. */
  recordedAt: string;
  round: string;
  commit: string;
  checks: number;
  held: number;
  falseFigures: string[];
  problems: string[];
}

const DIR = join(__dirname, "tables");
const RECORD_DIR = join(__dirname, "first-sight");
const tables: Published[] = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), "utf8")) as Published);

const percent = (held: number, checks: number): string =>
  checks === 0 ? "—" : `${((100 * held) / checks).toFixed(1)}%`;

function readRecord(): Record<string, FirstSight> {
  if (!existsSync(RECORD_DIR)) return {};
  const record: Record<string, FirstSight> = {};
  for (const file of readdirSync(RECORD_DIR).filter((f) => f.endsWith(".json")))
    record[file.replace(/\.json$/, "")] = JSON.parse(readFileSync(join(RECORD_DIR, file), "utf8")) as FirstSight;
  return record;
}

function headCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: __dirname, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

test("the corpus's score, and first sight recorded once per table", async () => {
  const record = readRecord();
  const scores = new Map<string, Score>();
  for (const table of tables) scores.set(table.id, scoreTable(await analyzeSpec(table.sheets), table));

  if (process.env.RECORD_FIRST_SIGHT) {
    const now = new Date().toISOString();
    for (const table of tables) {
      const score = scores.get(table.id);
      if (record[table.id] || !score || LEGACY.has(table.id)) continue;
      // Two rounds on one day (two sessions) are told apart by FIRST_SIGHT_ROUND.
      const round = process.env.FIRST_SIGHT_ROUND ?? now.slice(0, 10);
      record[table.id] = { recordedAt: now, round, commit: headCommit(), ...score };
      mkdirSync(RECORD_DIR, { recursive: true });
      writeFileSync(join(RECORD_DIR, `${table.id}.json`), `${JSON.stringify(record[table.id], null, 2)}\n`);
    }
  }

  let checks = 0;
  let held = 0;
  let wrong = 0;
  for (const score of scores.values()) {
    checks += score.checks;
    held += score.held;
    wrong += score.falseFigures.length;
  }
  const lines = [
    `corpus: ${tables.length} tables, ${held}/${checks} checks hold (${percent(held, checks)}), ${wrong} false figures`,
  ];
  // First sight scored as the corpus is now scored, from the problems it recorded.
  const byId = new Map(tables.map((t) => [t.id, t]));
  const rounds = new Map<string, Array<[string, FirstSight]>>();
  for (const [id, recorded] of Object.entries(record)) {
    const table = byId.get(id);
    // A doubt written in words where a cell belongs was counted as a check when recorded; it is none.
    const words = recorded.problems.filter(wordsAsUncertain).length;
    const problems = recorded.problems.filter((p) => !wordsAsUncertain(p));
    const checks = recorded.checks - words;
    const first = table
      ? { ...recorded, checks, problems, held: Math.max(0, checks - costOf(problems, table)) }
      : recorded;
    rounds.set(first.round, [...(rounds.get(first.round) ?? []), [id, first]]);
  }
  for (const [round, entries] of rounds) {
    entries.sort((a, b) => a[1].recordedAt.localeCompare(b[1].recordedAt) || a[0].localeCompare(b[0]));
    const sum = (list: Array<[string, FirstSight]>) =>
      list.reduce((s, [, f]) => ({ c: s.c + f.checks, h: s.h + f.held, w: s.w + f.falseFigures.length }), {
        c: 0,
        h: 0,
        w: 0,
      });
    const all = sum(entries);
    const last = sum(entries.slice(-10));
    lines.push(
      `first sight, round ${round}: ${entries.length} tables, ${percent(all.h, all.c)} of ${all.c} checks, ${all.w} false figures; ` +
        `last ${Math.min(10, entries.length)}: ${percent(last.h, last.c)}, ${last.w} false figures`,
    );
    for (const [index, [id, f]] of entries.entries()) {
      const now = scores.get(id);
      lines.push(
        `  ${index + 1}. ${id}: first ${f.held}/${f.checks}, ${f.falseFigures.length} false` +
          (now ? `; now ${now.held}/${now.checks}, ${now.falseFigures.length} false` : ""),
      );
    }
  }
  console.log(lines.join("\n"));

  // Every table in the corpus has its first sight on record (a table added without one could have
  // been tuned for before it was measured).
  expect(tables.map((t) => t.id).filter((id) => !record[id] && !LEGACY.has(id))).toEqual([]);
  // The promise that matters most: no figure shown that the hand-worked figures do not give.
  expect(wrong).toBe(0);
  // An uncertain entry is a cell the product must flag; a transcriber's doubt in words goes to `doubts`.
  expect(tables.flatMap((t) => (t.expect.uncertain ?? []).filter((u) => !CELL_ADDRESS.test(u)))).toEqual([]);
});

/** The tables transcribed before first sight was recorded (up to 2026-11-22): no first sight exists. */
const LEGACY = new Set(
  readFileSync(join(__dirname, "legacy-tables.txt"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean),
);
