/**
 * Issue 21: rules for budget-book pages and charter reports, each a property of more than one
 * publisher's layout: a year written straight before the figure's kind (115預算, 112決算數) is a
 * period; a detail line with no 科目 is named by its 說明; a phrase under the name header is the first
 * indicator, not a second header row; a goal merged down over its measures starts no header; a
 * question ("Was the Target Achieved?") is no share of cases met; a figure restated in brackets is the
 * first figure; a share of cases that fulfilled a charter is the result, with no target.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";
import { parseValue } from "../../src/core/values/parse-value";
import { periodInText } from "../../src/core/values/period";

const grid = (rows: Row[], merges: Grid["merges"] = []): Grid => rowGrid(rows, merges);

function read(g: Grid) {
  const sheet = analyzeWorkbook([g]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => ({
    name: i.name,
    direction: i.direction,
    periods: i.periods.map((p) => [p.period, p.target, p.actual, p.achievement]),
  }));
}

test.each([
  ["115預算", "115"],
  ["114 預算數", "114"],
  ["112決算數", "112"],
  ["113目標值", "113"],
  ["106售電度數\n(度)", "106"],
  ["105用電戶數", "105"],
])("%s names its ROC year", (header, label) => {
  expect(periodInText(header)?.label).toBe(label);
});

test.each([["114差異"], ["114比例"], ["預算數"], ["100人以上"], ["120件以下"]])(
  "%s names no year of its own",
  (header) => {
    expect(periodInText(header)).toBeNull();
  },
);

test("a budget book's lines: detail lines named by 說明 under coded heads, two years compared", () => {
  const indicators = read(
    grid([
      ["編號", "科目", "說明", "數量", "單價", "115預算", "114預算", "114差異"],
      ["2009", "通訊費", null, null, null, 405120, 405120, 0],
      [null, null, "防救災系統設備網路租用費。", 12, 10000, 120000, 120000, 0],
      [null, null, "防救災通訊系統警用專線及PDA電話費。", 12, 23760, 285120, 285120, 0],
      ["2027", "保險費", null, null, null, 930000, 900000, 30000],
      [null, null, "義消人員團體意外保險費。", 930, 500, 465000, 450000, 15000],
      [null, null, "義消人員人壽保險費。", 930, 500, 465000, 450000, 15000],
    ]),
  );
  expect(indicators.map((i) => i.name)).toEqual([
    "防救災系統設備網路租用費。",
    "防救災通訊系統警用專線及PDA電話費。",
    "義消人員團體意外保險費。",
    "義消人員人壽保險費。",
  ]);
  expect(indicators[2]?.periods).toEqual([
    ["114", null, 450000, null],
    ["115", null, 465000, null],
  ]);
});

test("決算數 of one year beside 預算數 of the next, glued to their years: a comparison, no achievement", () => {
  const indicators = read(
    grid([
      ["項目", "112決算數", "113預算數"],
      ["門診服務人次", 1200, 1300],
      ["住院服務人日", 800, 900],
    ]),
  );
  expect(indicators.map((i) => i.periods)).toEqual([
    [
      ["112", null, 1200, null],
      ["113", null, 1300, null],
    ],
    [
      ["112", null, 800, null],
      ["113", null, 900, null],
    ],
  ]);
});

test("a phrase under the name header is the first measure, whatever header word it holds", () => {
  const english = read(
    grid([
      ["Goal", "Performance Measure", "2003/04 Target", "Result"],
      ["Balanced budget", "Achieve annual targets for provincial budget", "95%", "97%"],
      [null, "Percentage of registrations filed electronically", "85%", "84.1%"],
    ]),
  );
  expect(english.map((i) => i.name)).toEqual([
    "Achieve annual targets for provincial budget",
    "Percentage of registrations filed electronically",
  ]);
  const chinese = read(
    grid([
      ["策略目標", "衡量指標", "目標值", "實際值"],
      ["財政健全", "年度預算執行率達成目標之機關比率", "90%", "93%"],
      [null, "各機關預算執行進度落後之件數", "10", "8"],
    ]),
  );
  expect(chinese[0]?.name).toContain("年度預算執行率達成目標之機關比率");
  expect(chinese[0]?.periods[0]?.slice(1, 3)).toEqual([0.9, 0.93]);
});

test("a goal merged down over its measures starts no header inside the table", () => {
  const rows: Row[] = [
    ["Goal", "Performance Measure", "2003/04 Target", "Was the Target Achieved?"],
    ["Balancing the budget beginning in 2004/05", "Debt service costs", "2nd Lowest", "✓"],
    [null, "Provincial credit rating (Moody's)", "Aa2", "✓"],
    ["Creating a tax and regulatory climate that stimulates growth", "Provincial ranking of tax rates", "Lowest", "✓"],
    [null, "Per cent annual growth in business registrations", "5% (51,205)", "✓"],
    [null, "Percentage of incorporations filed electronically", "85%", "84.1%"],
  ];
  const merges = [
    { top: 1, left: 0, bottom: 2, right: 0 },
    { top: 3, left: 0, bottom: 5, right: 0 },
  ];
  const indicators = read(grid(rows, merges));
  expect(indicators.map((i) => i.name)).toEqual([
    "Debt service costs",
    "Provincial credit rating (Moody's)",
    "Provincial ranking of tax rates",
    "Per cent annual growth in business registrations",
    "Percentage of incorporations filed electronically",
  ]);
  // A ✓ is no figure; the result printed where the target was missed is.
  expect(indicators[4]?.periods).toEqual([["2003/04", 0.85, 0.841, expect.closeTo(0.989412, 5)]]);
  expect(indicators[3]?.periods[0]?.slice(1, 4)).toEqual([0.05, null, null]);
});

test("a question over the results ('Was the Target Achieved?') says no direction", () => {
  const [lower] = read(
    grid([
      ["Performance Measure", "2003/04 Target", "Was the Target Achieved?"],
      ["Reduce the number of days lost to labour disruption", "120", "130"],
    ]),
  );
  expect(lower?.direction).toBe("lower");
});

test.each([
  ["31,000 (-25%)", 31000, false],
  ["5% (51,205)", 0.05, true],
  ["82.0% (24 days)", 0.82, true],
])("%s is its first figure, restated in brackets", (text, value, percent) => {
  expect(parseValue({ value: text })).toMatchObject({ kind: "number", value, percent });
});

test("'(see Note 2)', words, or a second figure of the same measure in brackets are no restatement", () => {
  expect(parseValue({ value: "1,200（1,100）" }).kind).toBe("text");
  expect(parseValue({ value: "92 (See Note 2)" })).toMatchObject({ kind: "number", value: 92 });
  expect(parseValue({ value: "In the Lowest 3 (Moody's)" }).kind).toBe("text");
});

test.each([
  [
    [
      ["Client Charter", "Achievement", null, null, null],
      [null, "Fulfilled Client Charter Duration / Standard", null, "Exceeded Client Charter", null],
      [null, "Number Fulfilling", "%", "Number", "%"],
    ],
    [
      { top: 0, left: 0, bottom: 2, right: 0 },
      { top: 0, left: 1, bottom: 0, right: 4 },
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 4 },
    ],
  ],
  [[["Service standard", "Cases", "Standards met (%)"]], []],
] as Array<[Row[], Grid["merges"]]>)(
  "a share of cases that met a charter is the result, with no target",
  (header, merged) => {
    const top = header.length;
    const indicators = read(
      grid(
        [
          ...header,
          ["1. Payment is made within seven (7) days", 211, "100%"],
          ["Remark: 185 of 211 paid on time (87.67%)", null, null],
          ["2. Complaints are answered within fifteen (15) days", 586, "98%"],
        ],
        [...merged, { top: top + 1, left: 0, bottom: top + 1, right: (header[0]?.length ?? 3) - 1 }],
      ),
    );
    expect(indicators.map((i) => [i.name.replace(/^\d\.\s*/, ""), i.direction, i.periods])).toEqual([
      ["Payment is made within seven (7) days", "higher", [[null, null, 1, null]]],
      ["Complaints are answered within fifteen (15) days", "higher", [[null, null, 0.98, null]]],
    ]);
  },
);

describe("a header over both the target and the result: cells pack them, or the name sets the target", () => {
  test.each([
    [
      [
        "Key Ministerial Targets",
        "Targets, Outturns and Achievements 2002-03",
        "Targets, Outturns and Achievements 2003-04",
      ],
      ["Reduce sick absence", "Target 5% Outturn 5.7%", "Target 5.7% Outturn 5.5%"],
      ["Increase the number of ADI check tests", "N/A", "Target 8,500 Outturn 9,791"],
      ["Waiting time will be no more than six weeks", 7.8, 9.6],
    ],
    [
      ["工作項目", "112年 目標及實際", "113年 目標及實際"],
      ["降低同仁病假比率", "目標 5%，實際 5.7%", "目標 5.7%，實際 5.5%"],
      ["增加查核家數", "N/A", "目標：8,500 實際：9,791"],
      ["平均等候時間不超過六週之服務比率達95%", "96%", "97%"],
    ],
  ] as Row[][])("%#", (...rows) => {
    const indicators = read(grid(rows));
    expect(indicators.map((i) => i.periods.map((p) => p.slice(1, 3)))).toEqual([
      [
        [0.05, 0.057],
        [0.057, 0.055],
      ],
      [
        [null, null],
        [8500, 9791],
      ],
      [
        [rows[3]?.[0] === "Waiting time will be no more than six weeks" ? 6 : 0.95, expect.any(Number)],
        [rows[3]?.[0] === "Waiting time will be no more than six weeks" ? 6 : 0.95, expect.any(Number)],
      ],
    ]);
  });
});

test("a year's revised estimate beside its approved one is the spending known, where no column holds the actual", () => {
  const [office] = read(
    grid([
      [
        null,
        null,
        "Approved estimate 2006–07",
        "Revised estimate 2006–07",
        "Percentage of underspending",
        "Estimate 2007–08",
      ],
      [21, "Chief Executive's Office", 72296, 70584, 0.0237, 74629],
      [92, "Department of Justice", 879599, 839926, 0.0451, 906630],
    ]),
  );
  expect(office?.periods[0]).toEqual(["2006/07", 72296, 70584, expect.closeTo(0.97632, 5)]);
  // Beside actuals (BE | RE | Actuals), the revised estimate is no result: the final allocation the
  // spending is read against.
  const [scheme] = read(
    grid([
      ["Scheme", "Budget Estimate 2015-16", "Revised Estimate 2015-16", "Actual 2015-16"],
      ["RTI awareness", 500, 450, 430],
      ["Administrative reforms", 900, 800, 810],
    ]),
  );
  expect(scheme?.periods[0]?.slice(1)).toEqual([450, 430, expect.closeTo(0.955556, 5)]);
});

test("a year's budget beside its actual (113年預算數 | 113年實際數) is the plan the actual is read against", () => {
  const [first] = read(
    grid([
      ["項目", "113年預算數", "113年實際數", "114年預算數"],
      ["門診服務人次", 1200, 1260, 1300],
      ["住院服務人日", 800, 760, 900],
    ]),
  );
  expect(first?.periods.find((p) => p[0] === "113")?.slice(1)).toEqual([1200, 1260, 1.05]);
});

test.each([
  [
    [
      "科目名稱",
      "本年度法定預算數",
      "本月份 實際數",
      "本月份 預算數",
      "本年度截止本月份累計數 實際數",
      "本年度截止本月份累計數 預算數",
    ],
    ["業務收入", 288617000, 20923302, 19458000, 152662223, 153868000],
    ["教學成本", 120000000, 9000000, 10000000, 45000000, 50000000],
  ],
  [
    [
      "Account",
      "Annual budget",
      "Current month Actual",
      "Current month Budget",
      "Year to date Actual",
      "Year to date Budget",
    ],
    ["Operating revenue", 288617000, 20923302, 19458000, 152662223, 153868000],
    ["Cost of teaching", 120000000, 9000000, 10000000, 45000000, 50000000],
  ],
] as Row[][])(
  "a monthly statement: the month and the year to date, each actual against its own budget (%#)",
  (...rows) => {
    const indicators = read(grid(rows));
    expect(indicators.map((i) => [i.direction, i.periods.map((p) => p.slice(1))])).toEqual([
      [
        "higher",
        [
          [19458000, 20923302, expect.closeTo(1.075306, 5)],
          [153868000, 152662223, expect.closeTo(0.992164, 5)],
        ],
      ],
      [
        "higher",
        [
          [10000000, 9000000, 0.9],
          [50000000, 45000000, 0.9],
        ],
      ],
    ]);
  },
);

test.each([
  [
    ["PROGRAMMES", "BUDGET", "JULY", "AUG", "SEPT", "QUARTER 2", "% SPENT"],
    ["Administration", "1 329 982", "98 810", "176 592", "98 351", "373 753", { value: 0.281, format: "0.0%" }],
    ["Forestry", "895 350", "68 765", "49 186", "54 079", "172 030", { value: 0.192, format: "0.0%" }],
    ["Fisheries", "345 532", "57 757", "11 740", "15 033", "84 530", { value: 0.245, format: "0.0%" }],
  ],
  [
    ["計畫", "預算數", "1月", "2月", "3月", "第1季", "執行率"],
    ["一般行政", 1329982, 98810, 176592, 98351, 373753, { value: 0.281, format: "0.0%" }],
    ["林業發展", 895350, 68765, 49186, 54079, 172030, { value: 0.192, format: "0.0%" }],
    ["漁業管理", 345532, 57757, 11740, 15033, 84530, { value: 0.245, format: "0.0%" }],
  ],
])("the spending column no word names is the one the printed rate is computed from (%#)", (...rows) => {
  const g: Grid = {
    sheet: "S",
    originRow: 0,
    originCol: 0,
    cells: (rows as unknown[][]).map(
      (r) => r.map((v) => (v !== null && typeof v === "object" ? v : { value: v })) as Grid["cells"][number],
    ),
    merges: [],
  };
  const [first] = read(g);
  expect(first?.periods.map((p) => p.slice(1))).toEqual([[1329982, 373753, expect.closeTo(0.281021, 5)]]);
});

test.each([
  [
    ["LINKED ITEMS", "UNIT", "TARGET", "ACTUAL", "INDICATOR"],
    ["Satisfaction of residents able to contact their Councillor", "%", 90, 75, null],
    ["Number of joint committee meetings held per annum", "#", 4, 3, null],
  ],
  [
    ["項目", "單位", "目標值", "實際值", "燈號"],
    ["民眾對申辦服務滿意度", "%", 90, 75, null],
    ["聯合會議召開次數", "次", 4, 3, null],
  ],
] as Row[][])(
  "names at the left beside a blank status column; bare points under a % unit are a percentage (%#)",
  (...rows) => {
    const indicators = read(grid(rows));
    expect(indicators.map((i) => [i.name, i.periods[0]?.slice(1)])).toEqual([
      [rows[1]?.[0], [0.9, 0.75, expect.closeTo(0.833333, 5)]],
      [rows[2]?.[0], [4, 3, 0.75]],
    ]);
  },
);

test.each([
  ["Pledged target (Waiting time)", "Percentage of achieving the target in 2019 (%)"],
  ["Service standard", "Percentage meeting the target 2019"],
])("'%s' beside '%s': the share that met the pledge is the result", (standard, share) => {
  const [first] = read(
    grid([
      ["Service", standard, share, "Target in 2021 (%)"],
      ["Driving licence renewal over the counter", "70 minutes", 99, 98],
      ["Vehicle licence renewal over the counter", "70 minutes", 96, 98],
    ]),
  );
  expect(first?.direction).toBe("higher");
  expect(first?.periods.map((p) => [p[0], p[1], p[2]])).toEqual([
    ["2019", null, 0.99],
    ["2021", 0.98, null],
  ]);
});

test.each([
  [["Object Class", "Actual FY2019", "Estimated FY2020", "Revised FY2020", "Estimated FY2021", "Change Over FY2020"]],
  [["科目", "108年決算數", "109年預算數", "109年修正預算數", "110年預算數", "較109年增減"]],
])("a revised estimate is no result of its year, and a change over a year no figure of it (%#)", (header) => {
  const indicators = read(
    grid([
      header,
      ["Permanent Staff", 44990, 47296, 46850, 48520, 1670],
      ["Manpower Development", 1100, 1200, 900, 1000, 100],
    ]),
  );
  for (const i of indicators) for (const p of i.periods) expect(p[3]).toBeNull();
});

test.each([
  [
    ["Percentage", "1999–2000", null, "1998–99", null],
    [null, "Target", "Outcome", "Target", "Outcome"],
    ["Advance information", 83, 86.6, 80, 82.3],
    ["Complaints", 87, 88.3, 85, 87.7],
  ],
  [
    ["百分比", "112年", null, "111年", null],
    [null, "目標", "Outcome", "目標", "Outcome"],
    ["Advance information", 83, 86.6, 80, 82.3],
    ["Complaints", 87, 88.3, 85, 87.7],
  ],
] as Row[][])("an outcome under a year is its result; 'Percentage' over the names makes 87 a share (%#)", (...rows) => {
  const merges = [
    { top: 0, left: 1, bottom: 0, right: 2 },
    { top: 0, left: 3, bottom: 0, right: 4 },
  ];
  const indicators = read(grid(rows, merges));
  const complaints = indicators.find((i) => i.name === "Complaints");
  // A share of complaints answered in time, targeted at 85% and more: higher is better.
  expect(complaints?.direction).toBe("higher");
  expect(complaints?.periods.map((p) => p.slice(1))).toEqual([
    [0.85, 0.877, expect.closeTo(1.031765, 5)],
    [0.87, 0.883, expect.closeTo(1.014943, 5)],
  ]);
});

test.each([
  [
    ["No", "Objective", "Jan-Mar", "Apr- Jun", "Jul - Sep"],
    ["1", "To ensure that at least 85% of building plans are processed within 54 days", "89.3%", "48.2%", "95.42%"],
    ["2", "To ensure at least 95% of food licences are processed within 7 days", "100%", "100%", "100%"],
  ],
  [
    ["項次", "服務項目", "第1季", "第2季", "第3季"],
    ["1", "確保至少85%之建築執照案件於54日內審查完成", "89.3%", "48.2%", "95.42%"],
    ["2", "確保至少95%之食品業登記案件於7日內辦理完成", "100%", "100%", "100%"],
  ],
] as Row[][])(
  "names that set a share, over quarterly shares: each quarter against the name's target (%#)",
  (...rows) => {
    const [plans] = read(grid(rows));
    expect(plans?.periods.map((p) => p.slice(1))).toEqual([
      [0.85, 0.893, expect.closeTo(1.050588, 5)],
      [0.85, 0.482, expect.closeTo(0.567059, 5)],
      [0.85, 0.9542, expect.closeTo(1.122588, 5)],
    ]);
  },
);

test.each([
  [
    ["科目", "本年度預算數", "本年度決算數", "比較增減", "上年度決算數"],
    ["學雜費收入", 169774000, 159962017, -9811983, 151209258],
    ["建教合作收入", 90000000, 131787109, 41787109, 90971535],
  ],
  [
    ["Item", "Budget 2008", "Actual 2008", "Variance", "Actual 2007"],
    ["Tuition fees", 169774000, 159962017, -9811983, 151209258],
    ["Research contracts", 90000000, 131787109, 41787109, 90971535],
  ],
] as Row[][])(
  "an earlier period's outturn beside a year's budget and outturn is that period's amount, no execution of its own (%#)",
  (...rows) => {
    const [fees] = read(grid(rows));
    expect(fees?.periods).toEqual([
      [expect.stringMatching(/上年度|2007/), null, 151209258, null],
      [expect.stringMatching(/本年度|2008/), 169774000, 159962017, expect.closeTo(0.942206, 5)],
    ]);
  },
);

test("estimates of years with no result beside them are amounts; a year's estimate and its revision are two", () => {
  const [staff] = read(
    grid([
      ["Code", "Object Class", "Actual FY2019", "Estimated FY2020", "Revised FY2020", "Estimated FY2021"],
      ["", "Permanent Staff", 180266542, 201946800, 205010600, 223567800],
      ["", "Temporary, Daily-Rated & Other Staff", 1125501, 1161000, 3650000, 1683000],
    ]),
  );
  expect(staff?.periods).toEqual([
    ["Actual FY2019", null, 180266542, null],
    ["Estimated FY2020", null, 201946800, null],
    ["Revised FY2020", null, 205010600, null],
    ["Estimated FY2021", null, 223567800, null],
  ]);
  // A city's measures: the year's actual, the current year's estimate and the next year's projection.
  const [permits] = read(
    grid([
      ["Performance Measure", "FY2018 Actual", "FY2019 Estimate", "FY2020 Projected"],
      ["Building permits issued", 1203, 1250, 1300],
      ["Inspections performed", 8702, 9000, 9100],
    ]),
  );
  expect(permits?.periods.map((p) => p[3])).toEqual([null, null, null]);
});

test("beside a column of targets, an estimate stays a plan of its year", () => {
  const [calls] = read(
    grid([
      ["Measure", "FY2019 Target", "FY2019 Actual", "FY2020 Estimate", "FY2021 Estimate"],
      ["Calls answered within 20 seconds", "90%", "92%", "90%", "90%"],
      ["Permits issued within 10 days", "95%", "97%", "95%", "95%"],
    ]),
  );
  expect(calls?.periods[0]).toEqual(["2019", 0.9, 0.92, expect.closeTo(0.92 / 0.9, 6)]);
  expect(calls?.periods.slice(1).map((p) => [p[0], p[1], p[2]])).toEqual([
    ["2020", 0.9, null],
    ["2021", 0.9, null],
  ]);
});

test.each([
  [
    ["基金用途", "預算金額", "說明", "百分比(%)"],
    ["用人費用", 14488527, "人事費及退休撫卹費", "60.8%"],
    ["服務費用", 2238092, "業務費、維護費", "9.39%"],
    ["合計", 16726619, null, "70.19%"],
  ],
  [
    ["Use of funds", "Budget", "Notes", "Share (%)"],
    ["Staff costs", 14488527, "Salaries and pensions", "60.8%"],
    ["Services", 2238092, "Operations and maintenance", "9.39%"],
    ["Total", 16726619, null, "70.19%"],
  ],
] as Row[][])(
  "a list of budgeted amounts, nothing to achieve: each line's amount, the total read too (%#)",
  (...rows) => {
    const report = analyzeWorkbook([grid(rows)]);
    const sheet = report.sheets[0];
    expect(
      sheet?.indicators.map((i) => [i.periods[0]?.target, i.periods[0]?.actual, i.periods[0]?.achievement]),
    ).toEqual([
      [null, 14488527, null],
      [null, 2238092, null],
    ]);
    expect(sheet?.subtotals?.map((s) => [s.name, s.periods[0]?.actual])).toEqual([[expect.any(String), 16726619]]);
    expect(report.findings.map((f) => f.code)).not.toContain("AGGREGATE_MISMATCH");
  },
);
