/**
 * Issue 25's measure of "memory follows the cells present": a workbook of at most 1.5 KB never
 * needs more than 100 MB to analyse, whatever area it claims (a merge over the whole sheet, a value
 * in its last cell, a dimension of 17 billion cells, many merges far out), each alone and all at
 * once. Before the sparse grid these took 565 MB to a V8 crash at 4 GB. Run as a user's would be:
 * the built command under `node --max-old-space-size=512`; its peak is its own VmHWM.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zip } from "./zip";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "dist", "lib", "cli", "main.js");
const dir = mkdtempSync(join(tmpdir(), "hostile-small-"));
const PEAK = join(dir, "peak.js");
const MAX_BYTES = 1536;
const MAX_MB = 100;

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** As small as a package gets: no styles, no shared strings (the names inline), three indicators. */
function tiny(before: string, after: string, extraRows = ""): Buffer {
  const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const rows = [["衡量指標", "目標值", "實際值"], ...[1, 2, 3].map((i) => [`件數${i}`, 100, 90 + i * 5])]
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map((v, c) => {
            const ref = `${"ABC"[c]}${r + 1}`;
            return typeof v === "string" ? text(ref, v) : `<c r="${ref}"><v>${v}</v></c>`;
          })
          .join("")}</row>`,
    )
    .join("");
  return zip([
    {
      name: "_rels/.rels",
      data: `<Relationships xmlns="${PKG}"><Relationship Id="a" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="S" sheetId="1" r:id="a"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<Relationships xmlns="${PKG}"><Relationship Id="a" Type="${RELS}/worksheet" Target="s.xml"/></Relationships>`,
    },
    {
      name: "xl/s.xml",
      data: `<worksheet xmlns="${MAIN}">${before}<sheetData>${rows}${extraRows}</sheetData>${after}</worksheet>`,
    },
  ]);
}

const merges = (refs: string[]) =>
  `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`;
const FAR_CELL = `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`;
const DIMENSION = `<dimension ref="A1:XFD1048576"/>`;
/** 24 merges, each a band of 40,000 full rows down the sheet: 15.7 billion cells claimed. */
const FAR_MERGES = Array.from({ length: 24 }, (_, k) => `A${k * 43_000 + 10}:XFD${k * 43_000 + 40_009}`);

const CASES: Array<[string, Buffer]> = [
  ["a merge over the whole sheet right of the table", tiny("", merges(["E1:XFD1048576"]))],
  ["one value at XFD1048576", tiny("", "", FAR_CELL)],
  ["a dimension claiming A1:XFD1048576", tiny(DIMENSION, "")],
  ["24 far merges of 40,000 full rows each", tiny("", merges(FAR_MERGES))],
  ["all of them at once", tiny(DIMENSION, merges(["E1:XFD1048576", ...FAR_MERGES.slice(0, 16)]), FAR_CELL)],
];

beforeAll(() => {
  const build = spawnSync(join(ROOT, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.cli.json"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(build.stdout + build.stderr);
  writeFileSync(
    PEAK,
    `process.on("exit", () => {
      const fs = require("fs");
      const m = /VmHWM:\\s*(\\d+)/.exec(fs.readFileSync("/proc/self/status", "utf8"));
      fs.writeFileSync(process.env.PEAK_FILE, m ? m[1] : "NaN");
    });`,
  );
}, 120_000);

test.each(CASES)("%s: at most 1.5 KB, analysed within 100 MB", (name, bytes) => {
  expect(bytes.length).toBeLessThanOrEqual(MAX_BYTES);
  const file = join(dir, `${name.replace(/\W+/g, "-")}.xlsx`);
  const peakFile = `${file}.peak`;
  writeFileSync(file, bytes);
  const result = spawnSync(
    process.execPath,
    ["--max-old-space-size=512", "-r", PEAK, BIN, "analyze", file, "--lang", "en"],
    { encoding: "utf8", timeout: 30_000, env: { ...process.env, PEAK_FILE: peakFile } },
  );
  expect(result.signal).toBeNull();
  expect({ code: result.status, err: result.stderr }).toEqual({ code: 0, err: "" });
  expect(result.stdout).toMatch(/^Total: 3 indicators\b/m);
  const peakMb = Number(readFileSync(peakFile, "utf8")) / 1024;
  expect(peakMb).toBeLessThan(MAX_MB);
});
