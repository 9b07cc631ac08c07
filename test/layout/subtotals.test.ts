/**
 * Issue 21: totals a statement states by its arithmetic, whatever their labels (監察院 歲入來源別預算
 * 比較總表, 中央政府總預算 歲出機關別): nested levels (款 over 項 over items), a heading that restates its
 * only child, lines never budgeted ("-" in every year), and the grand total printed first.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";
import { formatReport } from "../../src/cli/format-table";

const grid = (rows: Row[]): Grid => rowGrid(rows);

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

// Round 2026-12-07ze (a Korean county's spending by account: 일반회계 over 일반회계, budget and spending
// only): a heading restated under its own name by its only child is one line, though it has two amounts.
test.each([
  [
    ["회계별", "예산현액(A)", "지출액 누계(B)", "집행 잔액(A-B)", "집행률(B/A)"],
    ["합계", 536796339916, 30512393190, 506283946726, "5.684%"],
    ["일반회계", 528298550916, 30402702370, 497895848546, "5.755%"],
    ["일반회계", 528298550916, 30402702370, 497895848546, "5.755%"],
    ["특별회계", 8497789000, 109690820, 8388098180, "1.291%"],
    ["하수도특별회계", 7854000000, 9450360, 7844549640, "0.12%"],
    ["기타특별회계", 643789000, 100240460, 543548540, "15.57%"],
  ],
  [
    ["科目", "預算數", "執行數", "執行率"],
    ["一般行政", 120000, 90000, "75%"],
    ["一般行政", 120000, 90000, "75%"],
    ["業務費", 50000, 10000, "20%"],
    ["獎補助費", 30000, 20000, "66.67%"],
  ],
] as Row[][])("a heading restated under its own name by its only child is one line (%#)", (...rows) => {
  const { names } = read(rows);
  const name = rows[0]?.[0] === "회계별" ? "일반회계" : "一般行政";
  expect(names.filter((n) => n === name)).toHaveLength(1);
});

test("two lines of one name with two different amounts stay two", () => {
  const { names } = read([
    ["科目", "預算數", "執行數", "執行率"],
    ["一般行政", 120000, 90000, "75%"],
    ["一般行政", 120000, 80000, "66.67%"],
    ["業務費", 50000, 10000, "20%"],
  ]);
  expect(names.filter((n) => n === "一般行政")).toHaveLength(2);
});

test("a line with a word for its figures (03:00 against 06:00 mins) is not a never-budgeted line", () => {
  const { names } = read([HEADER, ["甲項", "03:00", "02:00", "01:00"], ["乙項", 10, 20, 30]]);
  expect(names).toContain("甲項");
});

describe("a budget statement's outline of codes (款 | 項 | 目 | 節), under a line of captions", () => {
  const statement: Row[] = [
    ["經資門併計", null, null, null, "中華民國 115 年度", null, null, "單位：新臺幣千元"],
    ["科目", "科目", "科目", "科目", "科目", "本年度預算數", "上年度預算數", "前年度決算數"],
    ["款", "項", "目", "節", "名稱及編號", null, null, null],
    ["02", null, null, null, "00020000000\n臺中市政府主管", 151168, 144786, 130806],
    [null, "003", null, null, "00020040000\n臺中市政府主計處", 151168, 144786, 130806],
    [null, null, "01", null, "32020040100\n一般行政", 137984, 131602, 118956],
    [null, null, null, "01", "32020040101\n行政管理", 137984, 131602, 118956],
    [null, null, "02", null, "32020040700\n歲計會計業務", 5742, 6342, 11850],
    [null, null, null, "01", "32020040701\n總預算編審", 2752, 2952, 2837],
    [null, null, null, "02", "32020040702\n特種基金預決算編審", 2990, 3390, 9013],
    [null, null, "98", null, "32020049800\n第一預備金", 7442, 6842, null],
    [null, null, null, "01", "32020049801\n第一預備金", 7442, 6842, null],
  ];

  test("each row heading deeper rows whose sums it holds is a subtotal, one child or many; the captions are no header", () => {
    const { names, codes } = read(statement);
    expect(names.map((n) => n.replace(/\s+/g, " "))).toEqual([
      "32020040101 行政管理",
      "32020040701 總預算編審",
      "32020040702 特種基金預決算編審",
      "32020049801 第一預備金",
    ]);
    expect(codes.filter((c) => c.startsWith("AGGREGATE_MISMATCH"))).toEqual([]);
  });

  test("a heading whose figures are not its rows' sum stays a row, and is said", () => {
    const changed = statement.map((row, i) => (i === 7 ? [...row.slice(0, 5), 9999, 6342, 11850] : row));
    const { names } = read(changed);
    expect(names.map((n) => n.replace(/\s+/g, " "))).toContain("32020040700 歲計會計業務");
  });
});

test("a parent account that sums the accounts under it keeps a reading of its own, given apart as a subtotal", () => {
  const report = analyzeWorkbook([
    grid([
      ["科目名稱", "本月份預算數", "本月份實際數"],
      ["業務收入", 19458000, 20923302],
      ["教學收入", 3000000, 3709736],
      ["其他業務收入", 16458000, 17213566],
    ]),
  ]);
  const sheet = report.sheets[0];
  expect(sheet?.indicators.map((i) => i.name)).toEqual(["教學收入", "其他業務收入"]);
  expect(
    sheet?.subtotals?.map((s) => [s.name, s.periods[0]?.target, s.periods[0]?.actual, s.periods[0]?.achievement]),
  ).toEqual([["業務收入", 19458000, 20923302, 20923302 / 19458000]]);
  // The line is given once: under subtotals, not again inside the table's totals.
  expect(JSON.stringify(sheet?.tables)).not.toContain('"line"');
});

test("a sheet without subtotals says nothing of them", () => {
  const sheet = analyzeWorkbook([grid([HEADER, ["罰金罰鍰及怠金", 26500, 20500, 18180], ["賠償收入", 100, 100, 592]])])
    .sheets[0];
  expect(sheet && "subtotals" in sheet).toBe(false);
});

test("`indicators analyze` lists the subtotals under their own heading, in each language", () => {
  const report = analyzeWorkbook([
    grid([
      ["科目名稱", "本月份預算數", "本月份實際數"],
      ["業務收入", 19458000, 20923302],
      ["教學收入", 3000000, 3709736],
      ["其他業務收入", 16458000, 17213566],
    ]),
  ]);
  for (const [lang, heading] of [
    ["zh-TW", "合計與小計"],
    ["en", "Totals and subtotals"],
  ] as const) {
    const lines = formatReport(report, lang, false).split("\n");
    const at = lines.findIndex((l) => l.startsWith(heading));
    expect(at).toBeGreaterThan(lines.findIndex((l) => l.startsWith("其他業務收入")));
    expect(lines[at + 1]).toMatch(/^業務收入\s.*107\.53%/);
  }
});

test.each([
  [
    ["PARTICULARS", "PROGRAM", "RELEASES", "% of Releases Over Program"],
    ["A. GAA-RA 10147", 933479272, 748631498, "80.2%"],
    ["Departments", 760101504, 662329181, "87.1%"],
    ["Special Purpose Funds", 173377768, 86302317, "49.8%"],
    ["B. AUTOMATIC APPRO.", 711520728, 520796841, "73.2%"],
    ["IRA", 286944239, 286944239, "100%"],
    ["Interest Payments", 424576489, 233852602, "55.1%"],
    ["ORIGINAL PROGRAM", 1645000000, 1269428339, "77.2%"],
  ],
  [
    ["項目", "預算數", "分配數", "分配比率"],
    ["一、一般政務", 933479272, 748631498, "80.2%"],
    ["行政支出", 760101504, 662329181, "87.1%"],
    ["業務支出", 173377768, 86302317, "49.8%"],
    ["二、債務支出", 711520728, 520796841, "73.2%"],
    ["公債付息", 286944239, 286944239, "100%"],
    ["借款付息", 424576489, 233852602, "55.1%"],
    ["歲出總額", 1645000000, 1269428339, "77.2%"],
  ],
] as Row[][])("a last row summing the subtotals above is the grand total, whatever its label (%#)", (...rows) => {
  const sheet = analyzeWorkbook([grid(rows)]).sheets[0];
  expect(sheet?.indicators.map((i) => i.name)).toEqual([rows[2]?.[0], rows[3]?.[0], rows[5]?.[0], rows[6]?.[0]]);
  expect(sheet?.subtotals?.map((s) => s.name)).toContain(rows[7]?.[0]);
});

test.each([
  [
    ["Department", "Year Budget", "Current Ytd Actual", "Percent Expended"],
    ["City Council", 89025, 13939.62, 15.66],
    ["City Manager", 218825, 13163.65, 6.02],
    ["Library", 632568, 47771.56, 7.55],
    ["General Fund", 940418, 74874.83, 7.96],
  ],
  [
    ["單位", "年度預算數", "累計實支數", "執行率(%)"],
    ["議會", 89025, 13939.62, 15.66],
    ["秘書室", 218825, 13163.65, 6.02],
    ["圖書館", 632568, 47771.56, 7.55],
    ["普通基金", 940418, 74874.83, 7.96],
  ],
] as Row[][])(
  "the last row of a plain list that sums every row above is its total, whatever its label (%#)",
  (...rows) => {
    expect(read(rows).names).toEqual(rows.slice(1, 4).map((r) => r[0]));
  },
);

test("two rows and a last row that happens to equal them in one figure only stay three indicators", () => {
  const { names } = read([
    ["Measure", "Target", "Actual"],
    ["Permits issued", 10, 12],
    ["Permits refused", 5, 3],
    ["Appeals heard", 15, 9],
  ]);
  expect(names).toHaveLength(3);
});
