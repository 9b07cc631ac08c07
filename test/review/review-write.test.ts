/** Findings written into the workbook: notes in .xlsx, comments in Excel; the add-in's replaced, a person's kept. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { NOTE_TAG, type FindingCode } from "../../src/core";
import { findingKind } from "../../src/messages";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { writeReview } from "../../src/usecases/review";
import { cli } from "../cli/run-cli";
import { recalculate } from "../support/libreoffice";
import { mockExcel } from "../support/office-mock";
import { BUDGET_FINDINGS } from "../support/budget-findings";
import { specOfXlsx } from "../support/workbook-spec";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const BUDGET = join(FIXTURES, "budget-performance-100.xlsx");
const dir = mkdtempSync(join(tmpdir(), "review-"));

async function notesOf(path: string): Promise<Map<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const out = new Map<string, string>();
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const note = cell.note as string | { texts?: Array<{ text: string }> } | undefined;
        if (note)
          out.set(
            `${sheet.name}!${cell.address}`,
            typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join(""),
          );
      });
    });
  }
  return out;
}

describe(".xlsx: indicators review", () => {
  test("one add-in note per finding cell, and a findings sheet that links to the cells", async () => {
    const out = join(dir, "once.xlsx");
    const result = await cli("review", BUDGET, "-o", out);
    expect(result.code).toBe(0);
    const notes = await notesOf(out);
    expect([...notes.keys()].sort()).toEqual(["100年度績效!F12", "100年度績效!F7", "100年度績效!F8"]);
    expect(notes.get("100年度績效!F7")).toMatch(new RegExp(`^\\${NOTE_TAG}\\n填報值不符：[\\s\\S]*100% 為上限`));
    const findings = recalculate(out).get("檢核結果")!;
    const rows = findings.slice(findings.findIndex((r) => r[0] === "類別") + 1);
    // The sheet names each finding's kind in words (no raw codes), with a link to its cell.
    const kinds = BUDGET_FINDINGS.map((f) => {
      const [code = "", cell] = f.split("@");
      return `${findingKind({ code: code as FindingCode }, "zh-TW")}@${cell}`;
    });
    expect(rows.map((r) => `${r[0]}@${r[3]}`).sort()).toEqual(kinds.sort());
  }, 60_000);

  test("re-running replaces the add-in's notes, keeps a person's, and does not review its own sheets", async () => {
    const input = join(dir, "with-person.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(BUDGET);
    const sheet = workbook.getWorksheet("100年度績效")!;
    sheet.getCell("F8").note = "王科長：此數字已與業務單位確認";
    sheet.getCell("B4").note = "李專員：名稱沿用 101 年";
    await workbook.xlsx.writeFile(input);
    const once = join(dir, "person-once.xlsx");
    const twice = join(dir, "person-twice.xlsx");
    expect((await cli("review", input, "-o", once)).out).toMatch(/1 格已有他人註解/);
    expect((await cli("review", once, "-o", twice)).code).toBe(0);
    const notes = await notesOf(twice);
    expect(notes.get("100年度績效!F8")).toBe("王科長：此數字已與業務單位確認");
    expect(notes.get("100年度績效!B4")).toBe("李專員：名稱沿用 101 年");
    const ours = [...notes.entries()].filter(([, text]) => text.startsWith(NOTE_TAG)).map(([cell]) => cell);
    expect(ours.sort()).toEqual(["100年度績效!F12", "100年度績效!F7"]);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(twice);
    expect(after.worksheets.map((w) => w.name)).toEqual(["100年度績效", "檢核結果"]);
    const result = await cli("analyze", twice, "--json");
    expect((JSON.parse(result.out) as { findings: Array<{ code: string }> }).findings.map((f) => f.code)).not.toContain(
      "NO_INDICATOR_TABLE",
    );
  });

  test("re-running report on its own output does not read the report as indicators", async () => {
    const once = join(dir, "report-once.xlsx");
    const twice = join(dir, "report-twice.xlsx");
    await cli("report", join(FIXTURES, "kpi-report-107.xlsx"), "-o", once);
    await cli("report", once, "-o", twice);
    const rows = recalculate(twice).get("績效報告")!;
    expect(rows.filter((r) => r[0] === "提升新住民及其子女培力人數")).toHaveLength(4);
  }, 60_000);

  test("a workbook with no findings gets a findings sheet that says so, and no notes", async () => {
    const out = join(dir, "clean.xlsx");
    await cli("review", join(FIXTURES, "kpi-report-107.xlsx"), "-o", out);
    expect((await notesOf(out)).size).toBe(0);
    expect(
      recalculate(out)
        .get("檢核結果")!
        .some((r) => r[0] === "沒有檢核發現"),
    ).toBe(true);
  }, 60_000);
});

describe("Excel: comments through office.js", () => {
  test("one add-in comment per finding cell; re-running replaces them; a person's comment is untouched", async () => {
    const spec = await specOfXlsx(BUDGET);
    const excel = mockExcel(spec, {
      comments: { "100年度績效!F8": "王科長：已確認", "100年度績效!B4": "李專員：沿用" },
    });
    const workbook = new ExcelWorkbook(excel.host);
    const first = await writeReview(workbook);
    expect(first.applied.skippedNotes?.map((n) => n.cell)).toEqual(["F8"]);
    await writeReview(workbook);
    const comments = excel.comments();
    const ours = comments.filter((c) => c.content.startsWith(NOTE_TAG)).map((c) => c.cell);
    expect(ours.sort()).toEqual(["100年度績效!F12", "100年度績效!F7"]);
    expect(comments.find((c) => c.cell === "100年度績效!F8")!.content).toBe("王科長：已確認");
    expect(comments.find((c) => c.cell === "100年度績效!B4")!.content).toBe("李專員：沿用");
    expect(excel.sheetNames()).toEqual(["100年度績效", "檢核結果"]);
  });

  test("without ExcelApi 1.10 the findings sheet carries every finding and no comment is written", async () => {
    const spec = await specOfXlsx(BUDGET);
    const excel = mockExcel(spec, { commentsSupported: false });
    const outcome = await writeReview(new ExcelWorkbook(excel.host));
    expect(outcome.applied.skippedNotes).toHaveLength(3);
    expect(excel.comments()).toEqual([]);
    expect(excel.sheetNames()).toContain("檢核結果");
  });
});
