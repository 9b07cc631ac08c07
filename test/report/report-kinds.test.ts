/**
 * Issue 23: a report for each kind of table, in both languages, for the shared fixtures and for
 * published tables of each family (comparison, execution, score sheet, plan). Each is written as
 * .xlsx and printed by LibreOffice: the .pdf holds the report's pages only, the sheet's cell XML
 * carries the looks (not only the table style), the summary's count cells hold a six-digit count,
 * and the reasons a person typed beside a ▲ or ● row survive a re-run, on the row they were for.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { textWidth, type ReportKind } from "../../src/core";
import { cli } from "../cli/run-cli";
import { writeXlsx, type WorkbookSpec } from "../support/workbook-spec";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const TABLES = join(__dirname, "..", "published", "tables");
const dir = mkdtempSync(join(tmpdir(), "report-kinds-"));

interface Case {
  readonly name: string;
  readonly kind: ReportKind;
  /** Words the report's first page must show: the kind's own headers. */
  readonly shows: { readonly "zh-TW": RegExp; readonly en: RegExp };
  readonly input: () => Promise<string>;
}

const fixture = (file: string) => () => Promise.resolve(join(FIXTURES, file));
const published = (id: string) => async () => {
  const spec = JSON.parse(readFileSync(join(TABLES, `${id}.json`), "utf8")) as { sheets: WorkbookSpec };
  const path = join(dir, `${id}.xlsx`);
  await writeXlsx(path, spec.sheets);
  return path;
};

const CASES: readonly Case[] = [
  {
    name: "kpi-report-107",
    kind: "targets",
    shows: { "zh-TW": /達成度.*燈號.*未達成原因.*因應策略/, en: /Achievement.*Light.*Reasons not met.*Measures/ },
    input: fixture("kpi-report-107.xlsx"),
  },
  {
    name: "budget-performance-100",
    kind: "targets",
    shows: { "zh-TW": /表別：目標達成情形/, en: /Table: targets and results/ },
    input: fixture("budget-performance-100.xlsx"),
  },
  {
    name: "evaluation-scorecard-110",
    kind: "score",
    // Under the source's own title (it starts with its year), not the generic one.
    shows: {
      "zh-TW": /^110 年度防制人口販運工作成果考核評分表[\s\S]*小計[\s\S]*總計[\s\S]*等第/,
      en: /^110 年度防制人口販運工作成果考核評分表[\s\S]*Subtotal[\s\S]*Total[\s\S]*Grade/,
    },
    input: fixture("evaluation-scorecard-110.xlsx"),
  },
  {
    name: "comparison-dgbas-central-86-real-revenue-excerpt",
    kind: "comparison",
    shows: {
      "zh-TW": /增減率.*本期÷前期.*原表填報.*核對/,
      en: /Growth.*Current ÷ previous.*Reported in source.*Check/,
    },
    input: published("comparison-dgbas-central-86-real-revenue-excerpt"),
  },
  {
    name: "tw-antidrug-phase2-110-execution",
    kind: "execution",
    shows: { "zh-TW": /預算數.*執行數.*執行率/, en: /Budget.*Executed.*Execution rate/ },
    input: published("tw-antidrug-phase2-110-execution"),
  },
  {
    name: "score-personnel-dept-self-evaluation-example",
    kind: "score",
    shows: { "zh-TW": /總計[\s\S]*等第/, en: /Total[\s\S]*Grade/ },
    input: published("score-personnel-dept-self-evaluation-example"),
  },
  {
    name: "tw-taichung-edb-103-plan",
    kind: "plan",
    shows: { "zh-TW": /目標值.*衡量標準/, en: /Target.*Measured by/ },
    input: published("tw-taichung-edb-103-plan"),
  },
];

const SHEET = { "zh-TW": "績效報告", en: "Indicator report" } as const;
const PAGE_OF = { "zh-TW": /第 (\d+) 頁，共 (\d+) 頁/, en: /Page (\d+) of (\d+)/ } as const;

async function sheetOf(
  path: string,
  lang: "zh-TW" | "en",
): Promise<{ book: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(SHEET[lang]);
  if (sheet === undefined) throw new Error(`no ${SHEET[lang]} in ${path}`);
  return { book, sheet };
}

describe.each(CASES.flatMap((c) => (["zh-TW", "en"] as const).map((lang) => [c.name, lang, c] as const)))(
  "%s (%s)",
  (_name, lang, c) => {
    let input = "";
    let xlsx = "";
    let pages: string[] = [];
    beforeAll(async () => {
      input = await c.input();
      xlsx = join(dir, `${c.name}-${lang}.xlsx`);
      const pdf = join(dir, `${c.name}-${lang}.pdf`);
      expect((await cli("report", input, "-o", xlsx, "--lang", lang)).code).toBe(0);
      expect((await cli("report", input, "-o", pdf, "--lang", lang)).code).toBe(0);
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
      pages = text.split("\f").filter((p) => p.trim() !== "");
    }, 300_000);

    it("prints the report's pages only, and shows the kind's own columns", () => {
      expect(pages.length).toBeGreaterThan(0);
      // Every page is one of the report's, numbered "page k of n" with n the pages printed: a
      // page of the user's sheet has no such footer, and would make n wrong.
      pages.forEach((page, k) => {
        const m = PAGE_OF[lang].exec(page);
        expect(m?.slice(1)).toEqual([String(k + 1), String(pages.length)]);
      });
      expect(pages.join("\n").replace(/\s+/g, "")).toMatch(new RegExp(c.shows[lang].source.replace(/ /g, "")));
    });

    it("carries its looks in the cells: title, header fill and lines", async () => {
      const { sheet } = await sheetOf(xlsx, lang);
      expect(sheet.getCell("A1").font?.bold).toBe(true);
      let header = 0;
      sheet.eachRow((row, r) => {
        const fill = (row.getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        if (header === 0 && fill !== undefined && row.getCell(1).font?.bold === true) header = r;
      });
      expect(header).toBeGreaterThan(0);
      const cell = sheet.getCell(header, 2);
      expect((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toMatch(/^FF[0-9A-F]{6}$/);
      expect(cell.border?.bottom?.style).toBe("thin");
    });

    it("gives each summary count the room of a six-digit count", async () => {
      const { sheet } = await sheetOf(xlsx, lang);
      const counts = sheet.getRow(2).values as ExcelJS.CellValue[];
      counts.forEach((v, col) => {
        const cell = sheet.getCell(2, col);
        if (typeof cell.result !== "number" && typeof v !== "object") return;
        if (!/#,##0/.test(cell.numFmt ?? "")) return;
        const suffix = /"([^"]*)"/.exec(cell.numFmt ?? "")?.[1] ?? "";
        expect(sheet.getColumn(col).width ?? 0).toBeGreaterThanOrEqual(textWidth(`999,999${suffix}`));
      });
    });

    if (c.kind === "targets" || c.kind === "execution") {
      it("keeps the reasons a person typed on a re-run, on their own rows wherever they now stand", async () => {
        const { book, sheet } = await sheetOf(xlsx, lang);
        const words = lang === "en" ? ["Reasons not met", "Measures", "Light"] : ["未達成原因", "因應策略", "燈號"];
        const headerRow = 5;
        const colOf = (w: string) => (sheet.getRow(headerRow).values as unknown[]).indexOf(w);
        const [reasonCol, measureCol, lightCol] = words.map(colOf) as [number, number, number];
        expect(reasonCol).toBeGreaterThan(0);
        const lit: number[] = [];
        const body: number[] = [];
        for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
          const light = sheet.getCell(r, lightCol).result ?? sheet.getCell(r, lightCol).value;
          if (light === "▲" || light === "●") lit.push(r);
          if (typeof light === "string" && /^[★▲●□]$/.test(light)) body.push(r);
        }
        // The ▲ and ● rows are asked for reasons; where every indicator is met, a ★ row's note is kept too.
        if (lit.length === 0) lit.push(...body.slice(-2));
        expect(lit.length).toBeGreaterThan(0);
        const nameOf = (s: ExcelJS.Worksheet, r: number) => `${s.getCell(r, 1).text}|${s.getCell(r, 2).text}`;
        const typed = new Map<string, string>();
        for (const r of lit.slice(0, 3)) {
          const reason = `原因 ${r}：人力不足`;
          sheet.getCell(r, reasonCol).value = reason;
          sheet.getCell(r, measureCol).value = `Measure ${r}`;
          typed.set(nameOf(sheet, r), reason);
        }
        const edited = join(dir, `${c.name}-${lang}-typed.xlsx`);
        await book.xlsx.writeFile(edited);
        const again = join(dir, `${c.name}-${lang}-again.xlsx`);
        // The re-run in the other language: the reasons are found by either language's headers.
        const other = lang === "en" ? "zh-TW" : "en";
        expect((await cli("report", edited, "-o", again, "--lang", other)).code).toBe(0);
        const { sheet: rerun } = await sheetOf(again, other);
        const otherWords = other === "en" ? ["Reasons not met", "Measures"] : ["未達成原因", "因應策略"];
        const rCol = (rerun.getRow(headerRow).values as unknown[]).indexOf(otherWords[0]);
        const mCol = (rerun.getRow(headerRow).values as unknown[]).indexOf(otherWords[1]);
        const found = new Map<string, string>();
        for (let r = headerRow + 1; r <= rerun.rowCount; r++) {
          const v = rerun.getCell(r, rCol).value;
          if (typeof v === "string" && v !== "") {
            found.set(nameOf(rerun, r), v);
            expect(rerun.getCell(r, mCol).value).toBe(`Measure ${/\d+/.exec(v)![0]}`);
          }
        }
        expect(found).toEqual(typed);
      }, 120_000);
    }
  },
);
