/**
 * .ods (and .xls) in and out through LibreOffice: every fixture and sample converted to .ods reads
 * as its .xlsx does, and an .ods report recalculated by LibreOffice gives the engine's figures.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SYMBOL_OF_LIGHT, type WorkbookReport } from "../../src/core";
import { convertAll } from "../../src/ods/libreoffice";
import { numberOf, recalculate } from "../support/libreoffice";
import { cli } from "./run-cli";

const ROOT = join(__dirname, "..", "..");
const tmp = mkdtempSync(join(tmpdir(), "ods-"));
const sources = [
  ...readdirSync(join(ROOT, "test", "fixtures", "shared")).map((f) => [
    "fixture",
    join(ROOT, "test", "fixtures", "shared", f),
  ]),
  ...readdirSync(join(ROOT, "samples")).map((f) => ["sample", join(ROOT, "samples", f)]),
]
  .filter(([, path]) => path!.endsWith(".xlsx"))
  .map(([kind, path]) => {
    const copy = join(tmp, `${kind}-${path!.split("/").pop()!}`);
    copyFileSync(path!, copy);
    return copy;
  });

/** .ods keeps 15 significant digits of a formula's result (0.818181818181818 for 9/11): compare to 12. */
function rounded(value: unknown): unknown {
  if (typeof value === "number") return Number(value.toPrecision(12));
  if (Array.isArray(value)) return value.map(rounded);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

async function analyzeJson(file: string): Promise<WorkbookReport> {
  const result = await cli("analyze", file, "--json");
  expect(result.err).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as WorkbookReport;
}

beforeAll(async () => {
  await convertAll(sources, "ods", join(tmp, "ods"));
  execFileSync("soffice", ["--headless", "--convert-to", "xls", "--outdir", join(tmp, "xls"), sources[0]!], {
    stdio: "pipe",
    env: { ...process.env, HOME: tmp },
  });
}, 180_000);

test.each(sources.map((s) => [s.split("/").pop()!, s]))(
  "%s as .ods gives the same analyze --json as the .xlsx, at the same cells",
  async (name, xlsx) => {
    const ods = join(tmp, "ods", name.replace(/\.xlsx$/, ".ods"));
    expect(existsSync(ods)).toBe(true);
    const [a, b] = [await analyzeJson(xlsx), await analyzeJson(ods)];
    expect(b.sheets.length).toBeGreaterThan(0);
    expect(rounded(b)).toEqual(rounded(a));
  },
  60_000,
);

test("an .xls reads through LibreOffice as its .xlsx does", async () => {
  const xls = join(
    tmp,
    "xls",
    sources[0]!
      .split("/")
      .pop()!
      .replace(/\.xlsx$/, ".xls"),
  );
  expect(rounded(await analyzeJson(xls))).toEqual(rounded(await analyzeJson(sources[0]!)));
}, 60_000);

describe.each(["fixture-kpi-report-107.xlsx", "fixture-budget-performance-100.xlsx"])("report -o %s.ods", (name) => {
  const input = join(tmp, name);
  const output = join(tmp, `report-${name.replace(/\.xlsx$/, ".ods")}`);
  let report: WorkbookReport;
  beforeAll(async () => {
    report = await analyzeJson(input);
    const written = await cli("report", input, "-o", output);
    expect(written.err).toBe("");
    expect(written.code).toBe(0);
  }, 120_000);

  test("LibreOffice recalculates the .ods to the engine's target, actual, achievement, growth and light", () => {
    const rows = recalculate(output).get("績效報告")!;
    const after = rows.slice(rows.findIndex((r) => r[0] === "指標") + 1);
    // The table runs to the first empty row; the chart's note stands further down.
    const end = after.findIndex((r) => (r[0] ?? "") === "");
    // A goal's row (its words alone, no direction) stands above its indicators: not an indicator's row.
    const body = (end === -1 ? after : after.slice(0, end)).filter((r) => (r[2] ?? "") !== "");
    const expected = report.sheets.flatMap((s) =>
      s.indicators.flatMap((i) => i.periods.map((p) => ({ name: i.name, p }))),
    );
    expect(body.length).toBe(expected.length);
    expected.forEach(({ name: indicator, p }, k) => {
      const row = body[k]!;
      expect(row[0]).toBe(indicator);
      expect(numberOf(row[3])).toEqual(p.target === null ? null : expect.closeTo(p.target, 9));
      expect(numberOf(row[4])).toEqual(p.actual === null ? null : expect.closeTo(p.actual, 9));
      expect(numberOf(row[6])).toEqual(p.achievement === null ? null : expect.closeTo(p.achievement, 9));
      expect(numberOf(row[7])).toEqual(p.growth === null ? null : expect.closeTo(p.growth, 9));
      expect(row[8]).toBe(SYMBOL_OF_LIGHT[p.light]);
    });
  }, 120_000);

  test("the .ods keeps live formulas and the lights' conditional format", () => {
    const content = execFileSync("unzip", ["-p", output, "content.xml"], { encoding: "utf8", maxBuffer: 1 << 26 });
    expect(content).toMatch(/table:formula="of:=/);
    expect(content).toMatch(/<calcext:conditional-format /);
  });
});

test("review -o OUT.ods keeps a note on every finding's cell", async () => {
  const input = join(tmp, "fixture-budget-performance-100.xlsx");
  const output = join(tmp, "review.ods");
  const report = await analyzeJson(input);
  const written = await cli("review", input, "-o", output);
  expect(written.code).toBe(0);
  const content = execFileSync("unzip", ["-p", output, "content.xml"], { encoding: "utf8", maxBuffer: 1 << 26 });
  const notes = content.match(/<office:annotation[ >]/g) ?? [];
  const cells = new Set(report.findings.filter((f) => f.cell !== null).map((f) => `${f.sheet}!${f.cell}`));
  expect(cells.size).toBeGreaterThan(0);
  expect(notes.length).toBe(cells.size);
}, 120_000);

test("report -o OUT.pdf prints; review refuses .pdf and any other extension in one line", async () => {
  const input = join(tmp, "fixture-kpi-report-107.xlsx");
  const pdf = join(tmp, "report.pdf");
  expect((await cli("report", input, "-o", pdf)).code).toBe(0);
  expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  for (const out of ["x.pdf", "x.csv"]) {
    const refused = await cli("review", input, "-o", join(tmp, out));
    expect(refused.code).toBe(2);
    expect(refused.err.trimEnd().split("\n")).toHaveLength(1);
    expect(refused.err).toMatch(/\.xlsx、\.xlsm、\.ods/);
  }
}, 120_000);

describe("without LibreOffice", () => {
  const saved = process.env.INDICATORS_SOFFICE;
  beforeAll(() => {
    process.env.INDICATORS_SOFFICE = join(tmp, "no-soffice-here");
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.INDICATORS_SOFFICE;
    else process.env.INDICATORS_SOFFICE = saved;
  });

  test("an .ods says in one line, in the language asked for, how to install it", async () => {
    const ods = join(tmp, "ods", "sample-kpi-report-107.ods");
    const en = await cli("analyze", ods, "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.err.trimEnd().split("\n")).toHaveLength(1);
    expect(en.err).toMatch(/needs LibreOffice.*apt-get install -y libreoffice-calc/);
    expect(en.err).not.toMatch(/[\u4e00-\u9fff]/);
    const zh = await cli("analyze", ods);
    expect(zh.err).toMatch(/需要 LibreOffice.*apt-get install/);
    expect(zh.err).not.toMatch(/needs/);
  });

  test("an .xls says to save it as .xlsx or .ods", async () => {
    const xls = join(tmp, "xls", "fixture-budget-performance-100.xls");
    const result = await cli("analyze", xls, "--lang", "en");
    expect(result.code).toBe(2);
    expect(result.err.trimEnd().split("\n")).toHaveLength(1);
    expect(result.err).toMatch(/save it as \.xlsx or \.ods/);
  });
});
