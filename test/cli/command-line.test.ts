/** The command line itself: help, version, refused flags, languages, --yellow-from, and the table's columns. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import stringWidth from "string-width";
import type { WorkbookReport } from "../../src/core";
import { truncate } from "../../src/cli/format-table";
import { cli } from "./run-cli";

const SAMPLE = join(__dirname, "..", "..", "samples", "kpi-report-107.xlsx");
const version = (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string })
  .version;

test("--version and -V print the package's version; exit 0", async () => {
  for (const flag of ["--version", "-V"]) {
    const result = await cli(flag);
    expect(result.code).toBe(0);
    expect(result.out.trim()).toBe(version);
  }
});

test.each(["analyze", "report", "review", "targets"])(
  "%s --help and -h list the command's options; exit 0",
  async (command) => {
    for (const flag of ["--help", "-h"]) {
      const result = await cli(command, flag);
      expect(result.code).toBe(0);
      expect(result.out).toMatch(new RegExp(`用法： indicators ${command}`));
      expect(result.out).toMatch(/--lang/);
    }
    expect((await cli("report", "--help")).out).toMatch(/--yellow-from/);
    expect((await cli(command, "--help", "--lang", "en")).out).toMatch(new RegExp(`Usage: indicators ${command}`));
  },
);

test("help speaks one language: zh-TW by default, English with --lang en", async () => {
  // Syntax tokens (the command's name, flags, placeholders, file kinds) are not words of a language.
  // Commander's own words ("[options]", "Arguments:", placeholders) are words, and speak it too.
  const syntax =
    /indicators|--?[a-z-]+|zh-TW|zh|en|OUT\.xlsx|OUT\.ods|\.(xlsx|ods|xls|pdf)|JSON|error|trend|growth|hold|stretch|analyze|report|review|targets|settings|help/g;
  const commands = ["analyze", "report", "review", "targets", "settings"];
  for (const argv of [["--help"], ["help"], ...commands.map((c) => [c, "--help"]), ["help", "analyze"]]) {
    const zh = (await cli(...argv)).out;
    expect(zh.replace(syntax, "")).not.toMatch(/[A-Za-z]{2,}/);
    const en = (await cli(...argv, "--lang", "en")).out;
    expect(en).not.toMatch(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/);
  }
});

test("an unknown flag exits 2 with one line, naming it", async () => {
  const result = await cli("analyze", SAMPLE, "--jsn");
  expect(result.code).toBe(2);
  expect(result.out).toBe("");
  expect(result.err.trimEnd().split("\n")).toHaveLength(1);
  expect(result.err).toMatch(/--jsn.*--json/);
});

test("a flag that needs a value, given none, exits 2 with one line", async () => {
  const result = await cli("analyze", SAMPLE, "--lang");
  expect(result.code).toBe(2);
  expect(result.err.trimEnd().split("\n")).toHaveLength(1);
});

test("--lang zh is zh-TW", async () => {
  const zh = await cli("analyze", SAMPLE, "--lang", "zh");
  expect(zh.code).toBe(0);
  expect(zh.out).toBe((await cli("analyze", SAMPLE, "--lang", "zh-TW")).out);
  expect(zh.out).toMatch(/達成度/);
});

test("--yellow-from sets where ▲ starts, in analyze and in report's bands", async () => {
  const lights = async (...flags: string[]) => {
    const report = JSON.parse((await cli("analyze", SAMPLE, "--json", ...flags)).out) as WorkbookReport;
    return report.sheets.flatMap((s) => s.indicators.flatMap((i) => i.periods));
  };
  for (const share of [0.9, 0.97]) {
    const periods = await lights("--yellow-from", `${share * 100}%`);
    const judged = periods.filter((p) => p.achievement !== null && p.met === false);
    expect(judged.length).toBeGreaterThan(0);
    for (const p of judged) expect(p.light).toBe(p.achievement! >= share ? "yellow" : "red");
  }
  expect((await cli("analyze", SAMPLE, "--yellow-from", "150%")).code).toBe(2);
  // report: the live light formula compares with the band given.
  const out = join(mkdtempSync(join(tmpdir(), "yellow-")), "report.xlsx");
  expect((await cli("report", SAMPLE, "-o", out, "--yellow-from", "97%")).code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const formulas: string[] = [];
  book.getWorksheet("績效報告")!.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.formula) formulas.push(cell.formula);
    });
  });
  expect(formulas.some((f) => f.includes("0.97"))).toBe(true);
  expect(formulas.some((f) => f.includes("0.9,") || f.includes("0.9)"))).toBe(false);
});

test("the table lines up by display width on a zh-TW terminal, CJK and ★▲●□ — two columns each, and ends with a summary line", async () => {
  const saved = process.env.LC_ALL;
  process.env.LC_ALL = "zh_TW.UTF-8";
  const result = await cli("analyze", SAMPLE);
  if (saved === undefined) delete process.env.LC_ALL;
  else process.env.LC_ALL = saved;
  const lines = result.out.trimEnd().split("\n");
  const table = lines.slice(1, lines.indexOf(""));
  expect(table.length).toBeGreaterThan(2);
  // Where the third column (target) starts, in terminal columns, is the same on every line.
  const starts = table.map((line) => {
    const fields = line.split(/ {2,}/);
    return stringWidth(line.slice(0, line.indexOf(fields[2]!, line.indexOf(fields[1]!) + fields[1]!.length)), {
      ambiguousIsNarrow: false,
    });
  });
  expect(new Set(starts).size).toBe(1);
  expect(lines[lines.length - 1]).toMatch(/^合計：指標 2 項（107 期）\s+★ 1\s+▲ 1\s+● 0\s+□ 0\s+達成比率 50\.00%/);
});

test("names are cut by display width", () => {
  const cut = truncate("提升新住民及其子女培力人數提升新住民及其子女培力人數", 20, true);
  expect(stringWidth(cut, { ambiguousIsNarrow: false })).toBeLessThanOrEqual(20);
  expect(cut.endsWith("…")).toBe(true);
  expect(truncate("short", 20)).toBe("short");
});
