/**
 * Issue 22, defect 6: a macro workbook (.xlsm) written as .xlsm keeps its VBA project and its
 * macro-enabled content type; written as .xlsx, it goes without the macros, with the plain
 * workbook type (Excel refuses a file whose extension and type disagree), and stderr says so; a
 * workbook without macros is refused as .xlsm, nothing written.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { outputFormat, saveOutput } from "../../src/cli/files";
import { writeReport } from "../../src/usecases/report";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { withIndicatorSheet } from "../support/indicator-sheet";
import { packageParts, validatePackage } from "../support/ooxml-check";

const CORPUS = join(__dirname, "..", "..", "..", "shared", "excel-corpus");
const dir = mkdtempSync(join(tmpdir(), "writer-macros-"));
const MACRO_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const PLAIN_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

async function reportOf(input: Uint8Array, name: string): Promise<XlsxWorkbook> {
  const path = join(dir, name);
  writeFileSync(path, input);
  const workbook = await XlsxWorkbook.fromFile(path);
  await writeReport(workbook);
  return workbook;
}

function text(parts: Map<string, Uint8Array>, name: string): string {
  return new TextDecoder().decode(parts.get(name) ?? new Uint8Array(0));
}

const macroBook = withIndicatorSheet(readFileSync(join(CORPUS, "sheetjs", "number_format.xlsm")));

test("-o OUT.xlsm is a format the command writes", () => {
  expect(outputFormat("out.xlsm", true)).toBe("xlsm");
  expect(outputFormat("OUT.XLSM", false)).toBe("xlsm");
});

test(".xlsm in, .xlsm out: the VBA project and the macro-enabled type kept, nothing said", async () => {
  const out = join(dir, "kept.xlsm");
  const notices = await saveOutput(await reportOf(macroBook, "in1.xlsm"), out, "xlsm", "en");
  expect(notices).toEqual([]);
  const before = packageParts(macroBook);
  const parts = packageParts(readFileSync(out));
  expect(Buffer.from(parts.get("xl/vbaProject.bin")!).equals(Buffer.from(before.get("xl/vbaProject.bin")!))).toBe(true);
  expect(text(parts, "[Content_Types].xml")).toContain(MACRO_TYPE);
  expect(validatePackage(readFileSync(out), macroBook).errors).toEqual([]);
});

test(".xlsm in, .xlsx out: written without the macros, the plain workbook type, and stderr says so", async () => {
  const out = join(dir, "plain.xlsx");
  const notices = await saveOutput(await reportOf(macroBook, "in2.xlsm"), out, "xlsx", "zh-TW");
  expect(notices).toHaveLength(1);
  expect(notices[0]).toMatch(/巨集/);
  const parts = packageParts(readFileSync(out));
  expect([...parts.keys()].filter((p) => /vbaProject/i.test(p))).toEqual([]);
  const types = text(parts, "[Content_Types].xml");
  expect(types).not.toContain(MACRO_TYPE);
  expect(types).toContain(`PartName="/xl/workbook.xml" ContentType="${PLAIN_TYPE}"`);
  expect(text(parts, "xl/_rels/workbook.xml.rels")).not.toMatch(/vbaProject/);
  expect(validatePackage(readFileSync(out), macroBook).errors).toEqual([]);
});

test("a workbook without macros is refused as .xlsm, and nothing is written", async () => {
  const input = readFileSync(join(CORPUS, "user-style", "user-databar.xlsx"));
  const out = join(dir, "refused.xlsm");
  await expect(saveOutput(await reportOf(input, "in3.xlsx"), out, "xlsm", "en")).rejects.toMatchObject({
    code: "NOT_A_MACRO_WORKBOOK",
  });
  expect(existsSync(out)).toBe(false);
});
