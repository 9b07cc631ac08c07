/**
 * Recalculates an .xlsx in LibreOffice headless and reads every sheet back as CSV.
 * A private profile per call sets OOXMLRecalcMode and ODFRecalcMode to 0 (always recalculate on load, .xlsx and .ods), so the
 * figures are LibreOffice's own, not the cached values in the file.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Sheet option -1 exports every sheet; token 9 false writes values, not their display. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

export function recalculate(xlsxPath: string): Map<string, string[][]> {
  return recalculateAll([xlsxPath]).get(xlsxPath) ?? new Map<string, string[][]>();
}

/** Many workbooks in one LibreOffice start (a start costs seconds): path → sheet → rows. */
/** Files converted by one soffice run. */
const BATCH = 100;

export function recalculateAll(xlsxPaths: readonly string[]): Map<string, Map<string, string[][]>> {
  const work = mkdtempSync(join(tmpdir(), "lo-"));
  mkdirSync(join(work, "profile", "user"), { recursive: true });
  writeFileSync(join(work, "profile", "user", "registrymodifications.xcu"), PROFILE);
  const out = join(work, "out");
  // One soffice run stopped converting, without an error, after 247 of 252 files: runs of 100.
  for (let from = 0; from < xlsxPaths.length; from += BATCH) {
    const batch = xlsxPaths.slice(from, from + BATCH);
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(work, "profile")}`,
        "--headless",
        "--convert-to",
        CSV_FILTER,
        "--outdir",
        out,
        ...batch,
      ],
      { stdio: "pipe", timeout: 120_000 + 10_000 * batch.length },
    );
  }
  const files = readdirSync(out);
  const books = new Map<string, Map<string, string[][]>>();
  for (const path of xlsxPaths) {
    const stem = basename(path, extname(path));
    const sheets = new Map<string, string[][]>();
    for (const file of files) {
      if (!file.startsWith(`${stem}-`) || !file.endsWith(".csv")) continue;
      sheets.set(file.slice(stem.length + 1, -4), parseCsv(readFileSync(join(out, file), "utf8")));
    }
    books.set(path, sheets);
  }
  return books;
}

/** "96.8055978095528%" → 0.968055978095528; "" → null; "1,234" stays as LibreOffice wrote it. */
export function numberOf(text: string | undefined): number | null {
  if (text === undefined || text.trim() === "") return null;
  const t = text.trim().replace(/,/g, "");
  if (t.endsWith("%")) return Number(t.slice(0, -1)) / 100;
  const n = Number(t);
  if (Number.isNaN(n)) throw new Error(`not a number: ${text}`);
  return n;
}
