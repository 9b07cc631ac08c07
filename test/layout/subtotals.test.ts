/**
 * Issue 21: totals a statement states by its arithmetic, whatever their labels (監察院 歲入來源別預算
 * 比較總表, 中央政府總預算 歲出機關別): nested levels (款 over 項 over items), a heading that restates its
 * only child, lines never budgeted ("-" in every year), and the grand total printed first.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";

type Row = Array<string | number | null>;

function grid(rows: Row[]): Grid {
  return { sheet: "S", originRow: 0, originCol: 0, cells: rows.map((r) => r.map((value) => ({ value }))), merges: [] };
}

function read(rows: Row[]) {
  const report = analyzeWorkbook([grid(rows)]);
  return {
    names: (report.sheets[0]?.indicators ?? []).map((i) => i.name),
    codes: report.findings.map((f) => `${f.code}@${f.cell}`),
  };
}

const HEADER: Row = ["名稱", "本年度預算數", "上年度預算數", "前年度決算數"];

test("nested totals, a restated heading and never-budgeted lines are not indicators; the total first adds up", () => {
  const { names, codes } = read([
    HEADER,
    ["合計", 32553, 30316, 28303],
    ["(1.稅課收入)", "-", "-", "-"],
    ["所得稅", "-", "-", "-"],
    ["(3.規費及罰款收入)", 28600, 26600, 22770],
    ["罰款及賠償收入", 28600, 26600, 22770],
    ["罰金罰鍰及怠金", 26500, 20500, 18180],
    ["沒入及沒收財物", 2000, 6000, 3998],
    ["賠償收入", 100, 100, 592],
    ["(4.財產收入)", 2638, 2546, 3353],
    ["財產孳息", 2454, 2355, 2378],
    ["廢舊物資售價", 184, 191, 975],
    ["(5.其他收入)", 1315, 1170, 2180],
    ["其他收入", 1315, 1170, 2180],
    ["雜項收入", 1315, 1170, 2180],
  ]);
  expect(names).toEqual(["罰金罰鍰及怠金", "沒入及沒收財物", "賠償收入", "財產孳息", "廢舊物資售價", "雜項收入"]);
  expect(codes.filter((c) => c.startsWith("AGGREGATE_MISMATCH"))).toEqual([]);
});

test("a grand total that does not add up is still said, once the nested subtotals are set apart", () => {
  const { codes } = read([
    HEADER,
    ["合計", 40000, 30316, 28303],
    ["(3.規費及罰款收入)", 28600, 26600, 22770],
    ["罰金罰鍰及怠金", 26500, 20500, 18180],
    ["沒入及沒收財物", 2000, 6000, 3998],
    ["賠償收入", 100, 100, 592],
    ["(4.財產收入)", 2638, 2546, 3353],
    ["財產孳息", 2454, 2355, 2378],
    ["廢舊物資售價", 184, 191, 975],
  ]);
  expect(codes).toContain("AGGREGATE_MISMATCH@B2");
});

test("rows that share one figure repeated (100 every month) are indicators, not a heading and its child", () => {
  const { names } = read([
    ["Client charter element", "JAN", "FEB", "MAR", "APR"],
    ["Acknowledge receipt within 24 hours", 100, 100, 100, 100],
    ["Provide feedback within 7 days", 100, 100, 100, 100],
    ["Reply to letters within 7 days", 100, 100, 100, 100],
  ]);
  expect(names).toHaveLength(3);
});

test("a line with a word for its figures (03:00 against 06:00 mins) is not a never-budgeted line", () => {
  const { names } = read([HEADER, ["甲項", "03:00", "02:00", "01:00"], ["乙項", 10, 20, 30]]);
  expect(names).toContain("甲項");
});
