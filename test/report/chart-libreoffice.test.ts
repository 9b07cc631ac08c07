/**
 * LibreOffice draws the report's charts: each report is printed to PDF, and the chart titles
 * (text only a chart holds) are on its pages; every page of the report carries the repeated header
 * row whole on one line, from 指標 to 備註, so the page is one table wide.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { cli } from "../cli/run-cli";
import { manyIndicators, manyYears } from "../support/generated-sheets";
import { writeXlsx } from "../support/workbook-spec";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const work = mkdtempSync(join(tmpdir(), "chart-pdf-"));
const sources = join(work, "sources");
const reports = join(work, "reports");
const pdfs = join(work, "pdf");
mkdirSync(sources);
mkdirSync(reports);

/** Each page's lines as laid out, whitespace removed (LibreOffice spaces CJK and digits apart in charts). */
function pages(pdf: string): string[][] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" })
      .split("\n")
      .map((line) => line.replace(/\s+/g, ""))
      .filter((line) => line !== ""),
  );
}

const HEADER = "指標期別方向目標值實際值單位達成度成長率燈號備註未達成原因因應策略";

const expectations: Record<string, { titles: string[] }> = {
  "kpi-report-107": {
    titles: [
      "各指標達成度（報告期別：107）",
      "加強防制人口販運：目標值與實際值",
      "提升新住民及其子女培力人數：目標值與實際值",
    ],
  },
  "budget-performance-100": { titles: ["各指標達成度"] },
  "many-200": { titles: ["各指標達成度（達成度最低30項，共200項）"] },
  "many-years-8": { titles: ["多年度指標1：目標值與實際值", "多年度指標6：目標值與實際值"] },
};

let reportPages: Map<string, string[][]>;

beforeAll(async () => {
  await writeXlsx(join(sources, "many-200.xlsx"), manyIndicators(200));
  await writeXlsx(join(sources, "many-years-8.xlsx"), manyYears(8));
  const inputs = [
    join(FIXTURES, "kpi-report-107.xlsx"),
    join(FIXTURES, "budget-performance-100.xlsx"),
    join(sources, "many-200.xlsx"),
    join(sources, "many-years-8.xlsx"),
  ];
  for (const input of inputs) {
    const written = await cli("report", input, "-o", join(reports, basename(input)));
    expect(written.code).toBe(0);
  }
  mkdirSync(join(work, "profile", "user"), { recursive: true });
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(work, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      pdfs,
      ...readdirSync(reports).map((f) => join(reports, f)),
    ],
    { stdio: "pipe", timeout: 180_000 },
  );
  reportPages = new Map(
    readdirSync(pdfs).map((f) => [
      basename(f, ".pdf"),
      // The report's pages are the ones with its footer's page count; the source sheets print none.
      pages(join(pdfs, f)).filter((p) => p.some((line) => /第\d+頁，共\d+頁/.test(line))),
    ]),
  );
}, 240_000);

test.each(Object.entries(expectations))("%s: the charts are drawn, on pages one table wide", (name, expected) => {
  const report = reportPages.get(name)!;
  expect(report.length).toBeGreaterThan(0);
  const all = report.map((p) => p.join("")).join("\n");
  for (const title of expected.titles) expect(all).toContain(title);
  // Every page repeats the header whole on one line: a page two tables wide would lack 備註 on its left half.
  for (const page of report) expect(page).toContain(HEADER);
  // The charts come after the table: the last page holds a chart title.
  const last = report[report.length - 1]!.join("");
  expect(expected.titles.some((t) => last.includes(t))).toBe(true);
});
