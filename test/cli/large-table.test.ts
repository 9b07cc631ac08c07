/**
 * The terminal table at scale (issue 25: a million rows took over 400 s): the text is made a chunk
 * at a time, each cell measured by a direct count where string-width would give the same, figures
 * shown by one formatter per precision, and findings worded when read. Each shortcut must print
 * exactly what the long way printed.
 */
import stringWidth from "string-width";
import {
  analyzeWorkbook,
  DECIMAL_FORMAT,
  PERCENT_FORMAT,
  showFigure,
  WHOLE_FORMAT,
  type CellInput,
  type Grid,
} from "../../src/core";
import { formatReport, reportChunks } from "../../src/cli/format-table";
import { width } from "../../src/cli/terminal";
import { lazyWordReport, wordReport } from "../../src/messages";

/** A long table of n indicators; every third actual is text, so that most rows have a finding. */
function longGrid(n: number): Grid {
  const cells: CellInput[][] = [[{ value: "衡量指標" }, { value: "目標值" }, { value: "實際值" }]];
  for (let i = 0; i < n; i++)
    cells.push([{ value: `服務件數${i + 1}` }, { value: 100 }, { value: i % 3 === 0 ? "n/a" : 90 + (i % 20) }]);
  return { sheet: "S", originRow: 0, originCol: 0, cells, merges: [] };
}

const report = lazyWordReport(analyzeWorkbook([longGrid(10_000)]));

test.each(["en", "zh-TW"] as const)(
  "reportChunks joined are formatReport's text (%s); no chunk ends with an empty line",
  (lang) => {
    const chunks = Array.from(reportChunks(report, lang, false));
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join("\n")).toBe(formatReport(report, lang, false));
    for (const chunk of chunks) expect(chunk).not.toMatch(/\n$|^$/);
    const lines = chunks.join("\n").split("\n");
    expect(lines.length).toBeGreaterThan(10_000 + report.findings.length);
  },
);

test("findings worded when read say what wordReport says, and the JSON is the same", () => {
  const plain = analyzeWorkbook([longGrid(300)]);
  expect(plain.findings.length).toBeGreaterThan(50);
  expect(JSON.stringify(lazyWordReport(plain))).toBe(JSON.stringify(wordReport(plain)));
  expect(lazyWordReport(plain).findings.map((f) => f.messageEn)).toEqual(
    wordReport(plain).findings.map((f) => f.messageEn),
  );
});

test("width counts as string-width does, ambiguous characters narrow or wide", () => {
  const samples = [
    "",
    "abc 1,234.00%",
    "服務件數12",
    "指標 1",
    "—",
    "★",
    "▲ ok",
    "한국어",
    "ｶﾀｶﾅ",
    "😀x",
    "e\u0301",
    "達成度 95.00%",
    "\u3000全形",
  ];
  for (const text of samples)
    for (const wide of [false, true]) {
      expect({ text, wide, columns: width(text, wide) }).toEqual({
        text,
        wide,
        columns: stringWidth(text, { ambiguousIsNarrow: !wide }),
      });
      expect(width(text, wide)).toBe(stringWidth(text, { ambiguousIsNarrow: !wide })); // remembered, the same
    }
});

test("figures shown as toLocaleString shows them", () => {
  const values = [0, 1, -1, 0.5, 1234.5678, -98765.4321, 1e15, 0.0049, 0.005, 12.345, 603349];
  for (const v of values) {
    expect(showFigure(v, WHOLE_FORMAT)).toBe(v.toLocaleString("en-US", { maximumFractionDigits: 0 }));
    expect(showFigure(v, DECIMAL_FORMAT)).toBe(
      v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    );
    expect(showFigure(v, PERCENT_FORMAT)).toBe(
      `${(v * 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`,
    );
  }
});
