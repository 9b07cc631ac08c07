/**
 * The below-target flags' rules are short (issue 13, B11: no host's formula-length limit in play)
 * and still mean what the engine means: each rule, evaluated by LibreOffice as for every cell it
 * formats, is TRUE exactly on the actual cells the engine judges below target.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { addressOf, parseAddress, type WorkbookReport } from "../../src/core";
import { cli } from "../cli/run-cli";
import { recalculate } from "../support/libreoffice";

const FIXTURES = join(__dirname, "..", "fixtures", "shared");
const out = mkdtempSync(join(tmpdir(), "flags-"));
const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx") && !f.startsWith("evaluation"));

interface Rule {
  readonly sheet: string;
  readonly ref: string;
  readonly formula: string;
}

function rulesOf(workbook: ExcelJS.Workbook, sheets: readonly string[]): Rule[] {
  return sheets.flatMap((name) => {
    const sheet = workbook.getWorksheet(name) as unknown as {
      conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string; formulae?: string[] }> }>;
    };
    return sheet.conditionalFormattings.flatMap((cf) =>
      cf.rules
        .filter((r) => r.type === "expression")
        .map((r) => ({ sheet: name, ref: cf.ref, formula: r.formulae![0]! })),
    );
  });
}

function cellsOfRef(ref: string): string[] {
  const [from = "", to = from] = ref.split(":");
  const a = parseAddress(from)!;
  const b = parseAddress(to)!;
  const cells: string[] = [];
  for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) cells.push(addressOf(r, c));
  return cells;
}

describe.each(files)("%s", (file) => {
  test("every rule is under 100 characters and, cell by cell, TRUE exactly where the engine says below target", async () => {
    const input = join(FIXTURES, file);
    const output = join(out, file);
    const report = JSON.parse((await cli("analyze", input, "--json")).out) as WorkbookReport;
    expect((await cli("report", input, "-o", output)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const userSheets = report.sheets.map((s) => s.sheet);
    const rules = rulesOf(workbook, userSheets);
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule.formula.length).toBeLessThan(100);

    // Each rule as for each cell it formats, in a sheet of its own: ROW() and COLUMN() become that cell's.
    const check = workbook.addWorksheet("check");
    const evaluated: string[] = [];
    for (const rule of rules) {
      for (const cell of cellsOfRef(rule.ref)) {
        const at = `'${rule.sheet}'!${cell}`;
        check.getCell(`A${evaluated.length + 1}`).value = {
          formula: rule.formula.replace(/\b(ROW|COLUMN)\(\)/g, `$1(${at})`),
        };
        evaluated.push(`${rule.sheet}!${cell}`);
      }
    }
    const checked = join(out, `checked-${file}`);
    await workbook.xlsx.writeFile(checked);
    const values = recalculate(checked).get("check")!;
    const flagged = evaluated.filter((_, k) => values[k]?.[0] === "TRUE").sort();
    const below = report.sheets
      .flatMap((s) =>
        s.indicators.flatMap((i) =>
          i.periods.filter((p) => p.met === false).map((p) => `${s.sheet}!${p.cells.actual}`),
        ),
      )
      .sort();
    expect(values.slice(0, evaluated.length).every((row) => row[0] === "TRUE" || row[0] === "FALSE")).toBe(true);
    expect(flagged).toEqual(below);
  }, 180_000);
});
