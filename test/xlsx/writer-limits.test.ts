/**
 * Issue 22, defect 8: Excel's limits kept by the package writer. A cell holds at most 32,767
 * characters (a longer indicator name was written whole, and Excel repairs such a file): cut with
 * "…"; a footer holds at most 255 characters.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeReport } from "../../src/usecases/report";
import { withinLimit } from "../../src/xlsx/direct/sheet-xml";
import { packageBytes } from "../../src/xlsx/save-workbook";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { packageParts, validatePackage } from "../support/ooxml-check";
import { writeXlsx } from "../support/workbook-spec";

const dir = mkdtempSync(join(tmpdir(), "writer-limits-"));

test("text over Excel's limit is cut with … and a surrogate pair is never split", () => {
  expect(withinLimit("abcdef", 6)).toBe("abcdef");
  expect(withinLimit("abcdefg", 6)).toBe("abcde…");
  expect(withinLimit("abcd😀fg", 6)).toBe("abcd…");
});

test("an indicator named with 100,000 characters: every cell and footer within Excel's limits, the output valid", async () => {
  const long = `提升服務${"長".repeat(100_000)}`;
  const path = join(dir, "long.xlsx");
  await writeXlsx(path, [
    {
      name: long.slice(0, 31),
      cells: {
        A1: "衡量指標",
        B1: "原定目標值",
        C1: "實際值",
        A2: long,
        B2: 100,
        C2: 96,
        A3: "完成案件數",
        B3: 300,
        C3: 270,
      },
    },
  ]);
  const input = readFileSync(path);
  const workbook = await XlsxWorkbook.fromFile(path);
  await writeReport(workbook);
  const out = new Uint8Array(await packageBytes(workbook));
  const parts = packageParts(out);
  const decode = (name: string): string => new TextDecoder().decode(parts.get(name) ?? new Uint8Array(0));
  const strings = [...decode("xl/sharedStrings.xml").matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map(
    (m) => m[1] ?? "",
  );
  // The person's own cell stays as it was (their data); the add-in's cells keep the limit.
  const added = strings.filter((s) => s !== long);
  const longest = Math.max(...added.map((s) => s.replace(/&[a-z]+;/g, "x").length));
  expect(longest).toBeLessThanOrEqual(32_767);
  expect(strings.some((s) => s.endsWith("…") && s.startsWith("提升服務"))).toBe(true);
  for (const [name] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    for (const m of decode(name).matchAll(/<(oddFooter|oddHeader)>([\s\S]*?)<\/\1>/g))
      expect((m[2] ?? "").replace(/&amp;/g, "&").replace(/&[a-z]+;/g, "x").length).toBeLessThanOrEqual(255);
  }
  expect(validatePackage(out, input).errors).toEqual([]);
});
