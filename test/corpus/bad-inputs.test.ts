/**
 * The bad-input corpus: workbooks as budget staff really have them, generated here, each with what
 * must happen. None may crash, hang, print a stack trace, write a partial file, or change a user cell.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookReport } from "../../src/core";
import { cli, type CliResult } from "../cli/run-cli";
import { cellsOf } from "../support/cells-of";
import { xlsxBufferOf, type WorkbookSpec } from "../support/workbook-spec";

const dir = mkdtempSync(join(tmpdir(), "corpus-"));
const LONG = { A1: "衡量指標", B1: "目標值", C1: "實際值" };

interface Case {
  readonly name: string;
  /** A spec, raw bytes, or a function that writes the file itself. */
  readonly input: WorkbookSpec | Buffer | ((path: string) => Promise<void>);
  /** What analyze must do: exit code, and the finding codes (in any order) or a message on stderr. */
  readonly analyze: { code: 0; findings: readonly string[] } | { code: 2; message: RegExp };
  /** What report must do. */
  readonly report: "ok" | RegExp;
}

const CASES: Case[] = [
  {
    name: "empty workbook",
    input: [{ name: "Sheet1", cells: {} }],
    analyze: { code: 2, message: /No indicator table|找不到指標表/ },
    report: /No indicators/,
  },
  {
    name: "no indicator table",
    input: [{ name: "Memo", cells: { A1: "會議紀錄", B3: 5 } }],
    analyze: { code: 2, message: /原訂目標值/ },
    report: /No indicators/,
  },
  {
    name: "header only",
    input: [{ name: "S", cells: { ...LONG } }],
    analyze: { code: 2, message: /no indicator rows|沒有指標資料列/ },
    report: /No indicators/,
  },
  {
    name: "target 0",
    input: [{ name: "S", cells: { ...LONG, A2: "件數", B2: 0, C2: 5 } }],
    // A target of 0 gives no achievement: a finding at the cell, not a silent □.
    analyze: { code: 0, findings: ["TARGET_NOT_POSITIVE"] },
    report: "ok",
  },
  {
    name: "negative figures",
    input: [{ name: "S", cells: { ...LONG, A2: "盈餘", B2: -10, C2: -5, A3: "虧損改善", B3: 10, C3: -5 } }],
    analyze: { code: 0, findings: ["TARGET_NOT_POSITIVE"] },
    report: "ok",
  },
  {
    name: "text where a figure belongs",
    input: [{ name: "S", cells: { ...LONG, A2: "件數", B2: "待查", C2: "N/A" } }],
    analyze: { code: 0, findings: ["NOT_A_FIGURE", "NOT_A_FIGURE"] },
    report: "ok",
  },
  {
    name: "error values",
    input: async (path) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("S");
      ws.addRow(["衡量指標", "目標值", "實際值"]);
      ws.addRow(["甲", { error: "#DIV/0!" }, 5]);
      ws.addRow(["乙", 10, { error: "#N/A" }]);
      ws.addRow(["丙", { formula: "1/0", result: { error: "#REF!" } }, 3]);
      await wb.xlsx.writeFile(path);
    },
    analyze: { code: 0, findings: ["ERROR_VALUE", "ERROR_VALUE", "ERROR_VALUE"] },
    report: "ok",
  },
  {
    name: "merged header cells",
    input: [
      {
        name: "S",
        cells: { A1: "衡量指標", B1: "目標值", D1: "實際值", A2: "件數", B2: 10, D2: 12 },
        merges: ["B1:C1"],
      },
    ],
    analyze: { code: 0, findings: [] },
    report: "ok",
  },
  {
    name: "duplicate indicator names",
    input: [{ name: "S", cells: { ...LONG, A2: "件數", B2: 1, C2: 1, A3: "件數", B3: 2, C3: 2 } }],
    analyze: { code: 0, findings: ["DUPLICATE_INDICATOR"] },
    report: "ok",
  },
  {
    name: "a 10,000-character cell",
    input: [{ name: "S", cells: { ...LONG, A2: "長".repeat(10_000), B2: 1, C2: 1 } }],
    analyze: { code: 0, findings: [] },
    report: "ok",
  },
  {
    name: "formula-looking text",
    input: [
      {
        name: "S",
        cells: {
          ...LONG,
          A2: '=HYPERLINK("http://x","y")',
          B2: 1,
          C2: 1,
          A3: "+cmd|' /C calc'!A0",
          B3: 2,
          C3: 1,
          A4: "@SUM(1)",
          B4: 3,
          C4: 4,
        },
      },
    ],
    analyze: { code: 0, findings: [] },
    report: "ok",
  },
  {
    name: "hidden rows",
    input: async (path) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("S");
      ws.addRow(["衡量指標", "目標值", "實際值"]);
      ws.addRow(["甲", 10, 9]).hidden = true;
      ws.addRow(["乙", 10, 12]);
      await wb.xlsx.writeFile(path);
    },
    analyze: { code: 0, findings: [] },
    report: "ok",
  },
  {
    name: "target and actual in different units",
    input: [{ name: "S", cells: { ...LONG, A2: "電子證", B2: "600,000 件", C2: "603,349 人" } }],
    analyze: { code: 0, findings: ["UNIT_MISMATCH"] },
    report: "ok",
  },
  {
    name: "a truncated .xlsx",
    input: Buffer.from("PK\u0003\u0004truncated"),
    analyze: { code: 2, message: /檔案已損壞/ },
    report: /the file is damaged/,
  },
  {
    name: "a .csv renamed .xlsx",
    input: Buffer.from("衡量指標,目標值,實際值\n件數,1,2\n"),
    analyze: { code: 2, message: /這不是 \.xlsx 活頁簿/ },
    report: /it is not an \.xlsx workbook/,
  },
  {
    name: "an empty file",
    input: Buffer.alloc(0),
    analyze: { code: 2, message: /檔案是空的/ },
    report: /the file is empty/,
  },
  {
    name: "a protected sheet",
    input: async (path) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("S");
      ws.addRow(["衡量指標", "目標值", "實際值"]);
      ws.addRow(["甲", 10, 9]);
      await ws.protect("secret", {});
      await wb.xlsx.writeFile(path);
    },
    analyze: { code: 0, findings: [] },
    report: /protected|受保護/,
  },
  {
    name: "huge and tiny figures",
    input: [{ name: "S", cells: { ...LONG, A2: "甲", B2: 5e-324, C2: 1e-15, A3: "乙", B3: 1e308, C3: 1e308 } }],
    analyze: { code: 0, findings: [] },
    report: "ok",
  },
  {
    name: "whitespace and dashes only",
    input: [{ name: "S", cells: { ...LONG, A2: "甲", B2: "　", C2: "－－", A3: "乙", B3: " -- ", C3: "—" } }],
    analyze: { code: 0, findings: [] },
    report: "ok",
  },
  {
    name: "a sheet name with quotes and spaces",
    input: [{ name: "It's 績效 表", cells: { ...LONG, A2: "件數", B2: 10, C2: 9 } }],
    analyze: { code: 0, findings: [] },
    report: "ok",
  },
  {
    name: "many sheets, the table on the last",
    input: [
      { name: "封面", cells: { A1: "110 年度" } },
      { name: "空白", cells: {} },
      { name: "資料", cells: { C5: "衡量指標", D5: "目標值", E5: "實際值", C6: "件數", D6: 10, E6: 11 } },
    ],
    analyze: { code: 0, findings: ["NO_INDICATOR_TABLE", "NO_INDICATOR_TABLE"] },
    report: "ok",
  },
  {
    name: "a rating where a figure belongs",
    input: [{ name: "S", cells: { ...LONG, A2: "甲", B2: "★", C2: 3 } }],
    analyze: { code: 0, findings: ["NOT_A_FIGURE"] },
    report: "ok",
  },
];

async function materialise(c: Case, index: number): Promise<string> {
  const path = join(dir, `case-${index}.xlsx`);
  if (typeof c.input === "function") await c.input(path);
  else writeFileSync(path, Buffer.isBuffer(c.input) ? c.input : await xlsxBufferOf(c.input));
  return path;
}

function noStack(result: CliResult): void {
  expect(result.err).not.toMatch(/\n\s+at /);
  expect(result.err.trim().split("\n").length).toBeLessThanOrEqual(1);
}

test("the corpus has at least 20 workbooks", () => {
  expect(CASES.length).toBeGreaterThanOrEqual(20);
});

describe.each(CASES.map((c, i) => [c.name, c, i] as const))("%s", (_name, c, index) => {
  let path: string;
  beforeAll(async () => {
    path = await materialise(c, index);
  });

  test("analyze: a finding or one clear message", async () => {
    const result = await cli("analyze", path, "--json");
    noStack(result);
    expect(result.code).toBe(c.analyze.code);
    if (c.analyze.code === 0) {
      const report = JSON.parse(result.out) as WorkbookReport;
      expect(report.findings.map((f) => f.code).sort()).toEqual([...c.analyze.findings].sort());
      for (const s of report.sheets)
        for (const i of s.indicators)
          for (const p of i.periods)
            for (const v of [p.achievement, p.growth]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
    } else {
      expect(result.err).toMatch(c.analyze.message);
    }
  });

  test("report: written whole, or one clear message and no file; user cells unchanged", async () => {
    const out = join(dir, `case-${index}-out.xlsx`);
    const result = await cli("report", path, "-o", out, "--lang", "en");
    noStack(result);
    if (c.report === "ok") {
      expect(result.code).toBe(0);
      const before = await cellsOf(path);
      const after = await cellsOf(out);
      for (const [cell, value] of before) expect(after.get(cell)).toEqual(value);
    } else {
      expect(result.code).toBe(2);
      expect(result.err).toMatch(c.report);
      expect(existsSync(out)).toBe(false);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
