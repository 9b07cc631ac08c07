/**
 * Issue 21: periods as budget offices write them, and headers whose words mislead. Quarters written
 * as their months with a year (Apr-Jun 2020), fiscal years in two two-digit years (Budget 20/21), a
 * money word over the names' column, a goal under a year, a year's adopted level.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { periodInText } from "../../src/core/values/period";
import { rowGrid, type Row } from "../support/row-grid";

/** Each year or quarter merged over the two columns under it, from column B on. */
const pairs = (count: number) =>
  Array.from({ length: count }, (_, k) => ({ top: 0, left: 1 + 2 * k, bottom: 0, right: 2 + 2 * k }));

function read(rows: Row[], merges: Grid["merges"] = []) {
  const sheet = analyzeWorkbook([rowGrid(rows, merges)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => ({
    name: i.name,
    periods: i.periods.map((p) => [p.period, p.target, p.actual, p.achievement]),
  }));
}

test.each([
  ["Apr-Jun 2020", "Apr-Jun 2020", 2020, 2],
  ["Jan - Mar 2021", "Jan - Mar 2021", 2021, 1],
  ["Budget 20/21 (£)", "20/21", 2020, undefined],
  ["FY 99/00 Actual", "99/00", 1999, undefined],
  // Texas cities (Azle, McAllen) write their fiscal years with a dash: one year, never FY 2018 alone.
  ["FY 18-19", "18/19", 2018, undefined],
  ["FY19–20\nEstimated", "19/20", 2019, undefined],
])("%s is the period %s", (header, label, year, quarter) => {
  const period = periodInText(header);
  expect([period?.label, period?.year, period?.quarter]).toEqual([label, year, quarter]);
});

test("12/13 alone may be a date, 18-19 a range of ages: no fiscal year without a word that says so", () => {
  expect(periodInText("12/13")).toBeNull();
  expect(periodInText("Aged 18-19")).toBeNull();
});

test("quarters of two years, a plan and an actual in each: four periods, in time", () => {
  const [scs] = read(
    [
      ["Grade", "Apr-Jun 2020", null, "Jul-Sep 2020", null, "Oct-Dec 2020", null, "Jan-Mar 2021", null],
      [null, "Plan", "Actual", "Plan", "Actual", "Plan", "Actual", "Plan", "Actual"],
      ["Band A", 1, 0.4, 1, 1, 2, 2, 2, 2],
      ["Band HEO", 1, 1, 1, 1, 2, 2, 4, 4],
    ],
    pairs(4),
  );
  expect(scs?.periods.map((p) => p.slice(0, 3))).toEqual([
    ["Apr-Jun 2020", 1, 0.4],
    ["Jul-Sep 2020", 1, 1],
    ["Oct-Dec 2020", 2, 2],
    ["Jan-Mar 2021", 2, 2],
  ]);
});

test("a money word over a column of words beside the budget and the spending: the names", () => {
  expect(
    read([
      ["Budget component", "Budget 20/21 (£)", "Expenditure (£)*", "Variance (£)"],
      ["Pay and related costs", 418170, 365086, 53084],
      ["IT and equipment costs", 300000, 129210, 170790],
    ]),
  ).toEqual([
    { name: "Pay and related costs", periods: [["20/21", 418170, 365086, expect.closeTo(0.873056, 5)]] },
    { name: "IT and equipment costs", periods: [["20/21", 300000, 129210, 0.4307]] },
  ]);
});

test("a goal under a year is its target; a year's adopted level beside its projection is no result", () => {
  const [channels] = read(
    [
      ["Measurement", "FY2023", null, "FY2024", null, "FY2025"],
      [null, "Goal", "Actual", "Goal", "Actual", "Goal"],
      ["Percentage of drainage channels maintained", "100%", "85%", "100%", "90%", "100%"],
      ["Percentage of streets swept twice a year", "100%", "100%", "100%", "80%", "100%"],
    ],
    pairs(2),
  );
  expect(channels?.periods).toEqual([
    ["2023", 1, 0.85, 0.85],
    ["2024", 1, 0.9, 0.9],
    ["2025", 1, null, null],
  ]);
  const [streets] = read([
    ["Workload Indicators", "FY2023", "FY2024", "FY2024", "FY2025"],
    [null, "Actual", "Adopted", "Projected", "Target"],
    ["Number of city streets maintained", 88, 88, 88, 88],
    ["Weeks of mosquito testing", 32, 31, 33, 33],
  ]);
  expect(streets?.periods.map((p) => p.slice(1))).toEqual([
    [null, 88, null],
    [88, null, null],
    [88, null, null],
  ]);
});

test.each([
  [
    [
      ["類別", "獲獎獎項", "獲獎獎項次數(以佳作以上或前6名計)", null, null],
      [null, null, "99", "100", "101~今"],
      ["國語文", "詩歌朗誦、國語文競賽", 51, 67, 24],
      ["英語文", "英語演講、英語作文", 1, 2, 2],
    ],
    ["99", "100", "101~今"],
  ],
  [
    [
      ["Category", "Events", "Number of awards won", null, null],
      [null, null, "2010", "2011", "2012-present"],
      ["Language arts", "Poetry recital, essay contest", 51, 67, 24],
      ["English", "Speech, composition", 1, 2, 2],
    ],
    ["2010", "2011", "2012-present"],
  ],
] as Array<[Row[], string[]]>)(
  "years typed as text under a heading of counts, the last to this day: one period a column (%#)",
  (rows, labels) => {
    const merges = [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 0, right: 4 },
    ];
    const [first] = read(rows, merges);
    expect(first?.periods).toEqual([
      [labels[0], null, 51, null],
      [labels[1], null, 67, null],
      [labels[2], null, 24, null],
    ]);
  },
);

test.each([
  [
    [null, null, null, null, "2007-08", null, "Planning Years", null],
    [
      "User Fee",
      "Fee Type",
      "Fee Setting Authority",
      "Date Last Modified",
      "Forecast Revenue ($000)",
      "Actual Revenue ($000)",
      "Fiscal Year",
      "Forecast Revenue ($000)",
    ],
    [
      "Farm Improvement and Marketing Cooperatives Loans Act Registration Fees",
      "R",
      "FIMCLA Regulations",
      "May 31, 1999",
      495,
      602,
      "2008-09",
      671,
    ],
    [
      "Fees charged for the processing of access requests under the Access to Information Act",
      "O",
      "Access to Information Act",
      "1992",
      2.5,
      2.5,
      "2008-09",
      2.5,
    ],
    ["2007-2008", "Sub-total (R) Regulatory Service", null, null, 495, 602, null, null],
  ],
  [
    [null, null, null, null, "96年度", null, "未來年度", null],
    ["規費項目", "類別", "收費依據", "修正日期", "預估收入(千元)", "實際收入(千元)", "年度", "預估收入(千元)"],
    ["農民團體輔導貸款登記規費收入", "行政規費", "農業金融法施行細則", "88年5月31日", 495, 602, "97年度", 671],
    ["政府資訊公開申請案件處理費收入", "其他", "政府資訊公開法", "81年", 2.5, 2.5, "97年度", 2.5],
    ["96年度", "小計(行政規費)", null, null, 495, 602, null, null],
  ],
] as Row[][])(
  "the longest texts are the names, a later block's year column dates its own figures, a subtotal beside a year is a total (%#)",
  (...rows) => {
    const merges = [
      { top: 0, left: 4, bottom: 0, right: 5 },
      { top: 0, left: 6, bottom: 0, right: 7 },
    ];
    const read1 = read(rows, merges);
    expect(read1.map((i) => [i.name, i.periods.map((p) => p.slice(1))])).toEqual([
      [rows[2]?.[0], [[495, 602, expect.closeTo(1.216162, 5)]]],
      [rows[3]?.[0], [[2.5, 2.5, 1]]],
    ]);
  },
);

test.each([
  [
    ["We will serve you at our service counters within 10 minutes", "How are we doing?"],
    ["July 2018", "August 2018", "September 2018"],
  ],
  [
    ["我們會在10分鐘內於櫃檯為您服務", "我們做得如何？"],
    ["2018年7月", "2018年8月", "2018年9月"],
  ],
] as Array<[string[], string[]]>)(
  "months down an unheaded column, the commitment above a question: one indicator over the months (%#)",
  ([commitment, question], months) => {
    const rows: Row[] = [
      [commitment ?? ""],
      [question ?? ""],
      [null, "Our result", "Our target"],
      [months[0] ?? "", "68%", "90%"],
      [months[1] ?? "", "78%", "90%"],
      [months[2] ?? "", "67%", "90%"],
    ];
    const indicators = read(rows);
    expect(indicators.map((i) => [i.name, i.periods.map((p) => p.slice(0, 3))])).toEqual([
      [
        commitment,
        [
          [months[0], 0.9, 0.68],
          [months[1], 0.9, 0.78],
          [months[2], 0.9, 0.67],
        ],
      ],
    ]);
  },
);

test.each([
  ["Category", "Target", "Actual", "Agreed limit", "Target/actual"],
  ["項目", "目標值", "實際值", "核定限額", "目標/實際"],
])(
  "a second table under the first, its name header repeated (%s): its rows are not the first table's",
  (word, target, actual, limit, both) => {
    const rows: Row[] = [
      [word, `2016/2017 ${target}`, `2016/2017 ${actual}`],
      ["Total cost of services (expense limit)", 28839, 26285],
      ["Approved salary expense level", 17982, 17708],
      [null, null, null],
      ["Working cash targets", null, null],
      [word, `2016/2017 ${limit}`, `2016/2017 ${both}`],
      ["Agreed working cash limit (at budget)", 6492, 12710],
    ];
    const achieved = read(rows).flatMap((i) => i.periods.map((p) => [i.name, p[3]]));
    expect(achieved).not.toContainEqual(["Agreed working cash limit (at budget)", expect.any(Number)]);
    expect(achieved.slice(0, 2)).toEqual([
      ["Total cost of services (expense limit)", expect.closeTo(0.911439, 5)],
      ["Approved salary expense level", expect.closeTo(0.984763, 5)],
    ]);
  },
);
