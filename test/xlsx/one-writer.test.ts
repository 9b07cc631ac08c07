/**
 * Issue 22, one writer: every .xlsx the product makes is written by the package writer
 * (src/xlsx/direct). No source file loads exceljs or jszip (a test oracle only), and the review's
 * summary workbook — a new package made from parts — is valid against the schemas in both languages.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildSummaryWorkbook } from "../../src/cli/summary-workbook";
import type { TaskResult } from "../../src/cli/task";
import { writeReport } from "../../src/usecases/report";
import { packageBytes } from "../../src/xlsx/save-workbook";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { packageParts, validatePackage } from "../support/ooxml-check";

const SRC = join(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js)$/.test(name) ? [path] : [];
  });
}

test("no source file imports exceljs or jszip: one OOXML writer", () => {
  const offenders = sourceFiles(SRC).filter((file) =>
    /(from\s+|import\(\s*|require\(\s*)["'](exceljs|jszip)["'/]/.test(readFileSync(file, "utf8")),
  );
  expect(offenders).toEqual([]);
});

test("package.json: exceljs is no dependency of the product (a test oracle at most); fflate is, pinned", () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  expect(Object.keys(pkg.dependencies)).not.toContain("exceljs");
  expect(Object.keys(pkg.dependencies)).not.toContain("jszip");
  expect(pkg.dependencies.fflate).toMatch(/^\d+\.\d+\.\d+$/);
});

const RESULTS: TaskResult[] = [
  {
    file: "/data/甲機關'23 & <budget>.xlsx",
    summary: {
      title: "甲機關 113 年度施政績效",
      sheets: ["績效", "附表"],
      period: "113",
      indicators: 3,
      lights: { green: 1, yellow: 1, red: 1, white: 0 },
      shareMet: 1 / 3,
      byCode: { REPORTED_MISMATCH: 1 },
      findings: [{ sheet: "績效", cell: "F3", code: "REPORTED_MISMATCH", text: "達成度與計算不符" }],
    },
  },
  {
    file: "/data/乙機關.xlsx",
    summary: {
      title: "",
      sheets: ["績效"],
      period: null,
      indicators: 0,
      lights: { green: 0, yellow: 0, red: 0, white: 0 },
      shareMet: null,
      byCode: {},
      findings: [],
    },
  },
  { file: "/data/壞檔.xlsx", error: { code: "UNREADABLE_WORKBOOK", message: "無法讀取「壞檔.xlsx」" } },
];

describe.each(["zh-TW", "en"] as const)("the review summary workbook (%s)", (language) => {
  test("is written by the package writer into a new package, every part valid", async () => {
    const workbook = await buildSummaryWorkbook(RESULTS, language);
    const bytes = new Uint8Array(await packageBytes(workbook));
    const { errors, checked } = validatePackage(bytes, null, `summary-${language}`);
    expect(errors).toEqual([]);
    expect(checked).toEqual(expect.arrayContaining(["xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml"]));
    // A summary sheet and one sheet of findings per readable file.
    expect(await workbook.sheetNames()).toHaveLength(3);
    const summary = new TextDecoder().decode(packageParts(bytes).get("xl/worksheets/sheet1.xml"));
    expect(summary).toMatch(/<autoFilter ref="A3:[A-Z]+6"\/>/);
    const grid = await workbook.readSheet((await workbook.sheetNames())[0] ?? "");
    expect(grid.cells.length).toBeGreaterThanOrEqual(6);
  });
});

test("a package without a styles part (optional in OPC) gets Excel's defaults and a valid report", async () => {
  const { hostileCases } = await import("../hostile/build-cases");
  const input = hostileCases().find((c) => c.name === "report of a whole-sheet merge in a package without styles");
  if (input === undefined) throw new Error("no such hostile case");
  const workbook = await XlsxWorkbook.fromBuffer(new Uint8Array(input.bytes), "no-styles.xlsx");
  await writeReport(workbook);
  const out = new Uint8Array(await packageBytes(workbook));
  expect(validatePackage(out, input.bytes).errors).toEqual([]);
  expect([...packageParts(out).keys()]).toContain("xl/styles.xml");
});

test("issue 22 #7: parts written with a namespace prefix (<x:workbook>, <x:styleSheet>, <x:sst>) get a valid report", async () => {
  const { hostileCases } = await import("../hostile/build-cases");
  const input = hostileCases().find((c) => c.name === "report of prefixed parts");
  if (input === undefined) throw new Error("no such hostile case");
  const workbook = await XlsxWorkbook.fromBuffer(new Uint8Array(input.bytes), "prefixed.xlsx");
  const outcome = await writeReport(workbook);
  const out = new Uint8Array(await packageBytes(workbook));
  expect(validatePackage(out, input.bytes).errors).toEqual([]);
  const reread = await XlsxWorkbook.fromBuffer(out, "out.xlsx");
  expect(await reread.ownedSheets()).toEqual([...outcome.applied.sheets.values()]);
  // The user's sheet keeps its prefix: only the lists the writer appends to are rewritten.
  const parts = packageParts(out);
  const userSheet = [...parts.entries()].find(
    ([name, bytes]) => /worksheets\//.test(name) && /<x:sheetData/.test(new TextDecoder().decode(bytes)),
  );
  expect(userSheet).toBeDefined();
});
