/**
 * Issue 23: `report -o x.pdf` prints what a director signs: the report's pages only (the user's
 * sheets are not printed), on A4, dated in the report's language, with a line on stderr while
 * LibreOffice works, and a plain message (what failed, what to do, no command line) when it fails.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { conversionTimeout, dateInWords } from "../../src/cli/files";
import { cli } from "../cli/run-cli";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const out = mkdtempSync(join(tmpdir(), "report-pdf-"));

function pdfText(pdf: string): string {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
}

describe.each([
  ["zh-TW", /中華民國 \d{3} 年 \d{1,2} 月 \d{1,2} 日/, "正在以 LibreOffice 轉成 .pdf"],
  ["en", /\d{1,2} [A-Z][a-z]+ \d{4}/, "Converting to .pdf with LibreOffice"],
])("report -o x.pdf (%s)", (lang, date, progress) => {
  const pdf = join(out, `kpi-${lang}.pdf`);
  let err = "";
  beforeAll(async () => {
    const run = await cli("report", join(FIXTURES, "kpi-report-107.xlsx"), "-o", pdf, "--lang", lang);
    expect(run.code).toBe(0);
    err = run.err;
  }, 180_000);

  it("holds the report's pages only: no page of the user's sheet", () => {
    const text = pdfText(pdf);
    // The source sheet's own header words, which the report does not repeat.
    expect(text).not.toMatch(/原訂目標值|初核結果/);
    const first = text.split("\f")[0] ?? "";
    expect(first).toMatch(/107 年度施政績效報告/);
    expect(first).toMatch(lang === "en" ? /Page 1 of \d/ : /第 1 頁，共 \d 頁/);
  });

  it("is A4, dated in the language's own form, and said progress on stderr", () => {
    expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(
      /Page size:\s+(841\.\d+|842) x (595\.\d+|595) pts \(A4\)/,
    );
    expect(pdfText(pdf)).toMatch(date);
    expect(pdfText(pdf)).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
    expect(err).toContain(progress);
  });
});

test("the date in words: 中華民國 115 年 12 月 6 日; 6 December 2026", () => {
  expect(dateInWords("zh-TW", new Date(2026, 11, 6))).toBe("中華民國 115 年 12 月 6 日");
  expect(dateInWords("en", new Date(2026, 11, 6))).toBe("6 December 2026");
});

test("LibreOffice's time grows with the workbook's size", () => {
  expect(conversionTimeout(9 << 20)).toBeGreaterThan(conversionTimeout(1 << 20));
  expect(conversionTimeout(9 << 20)).toBeGreaterThanOrEqual(400_000);
});

test("a conversion that fails says what failed and what to do, never LibreOffice's command line", async () => {
  const fake = join(out, "soffice");
  writeFileSync(fake, "#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n");
  chmodSync(fake, 0o755);
  const before = process.env.INDICATORS_SOFFICE;
  process.env.INDICATORS_SOFFICE = fake;
  try {
    const run = await cli("report", join(FIXTURES, "kpi-report-107.xlsx"), "-o", join(out, "failed.pdf"));
    expect(run.code).toBe(2);
    const message = run.err.split("\n").filter((l) => l.startsWith("indicators:"));
    expect(message).toHaveLength(1);
    expect(message[0]).toMatch(/LibreOffice 未能將報表轉成 \.pdf。請改寫成 \.xlsx/);
    expect(run.err).not.toMatch(/soffice|--convert-to|-env:/);
  } finally {
    if (before === undefined) delete process.env.INDICATORS_SOFFICE;
    else process.env.INDICATORS_SOFFICE = before;
  }
});
