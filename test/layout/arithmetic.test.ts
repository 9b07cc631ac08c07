/**
 * Issue 21: the table's own arithmetic confirms, corrects or doubts the reading its header words
 * give. Each rule is a property of every table (a rate that is X ÷ Y, a period per column), tested
 * on layouts of more than one publisher; each test fails without its rule.
 */
import { findingWords } from "../../src/messages/findings";
import fc from "fast-check";
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";
import { formatExplanation } from "../../src/cli/explain";
import { findingMessage } from "../../src/messages";

const grid = (rows: Row[], merges: Grid["merges"] = []): Grid => rowGrid(rows, merges);

const span = (row: number, left: number, right: number) => ({ top: row, left, bottom: row, right });

function read(g: Grid) {
  const report = analyzeWorkbook([g]);
  const sheet = report.sheets[0];
  return {
    report,
    tables: sheet?.tables ?? [],
    figures: (sheet?.indicators ?? []).map((i) => ({
      name: i.name,
      direction: i.direction,
      periods: i.periods.map((p) => ({
        period: p.period,
        target: p.target,
        actual: p.actual,
        achievement: p.achievement,
      })),
    })),
    codes: report.findings.map((f) => `${f.code}@${f.cell}`),
  };
}

describe("budget comparison statements (本年度 | 上年度 | 前年度): figures of different periods give growth, never achievement", () => {
  const statement: Row[] = [
    ["科目", "本年度預算數", null, "上年度預算數", null, "前年度決算數", null, "本年度與上年度比較", null],
    [null, "金額", "百分比", "金額", "百分比", "金額", "百分比", "金額", "增加率%"],
    ["歲入合計", 1200, 100, 1000, 100, 900, 100, 200, 20],
    ["稅課收入", 700, 58.33, 600, 60, 500, 55.56, 100, 16.67],
    ["規費收入", 500, 41.67, 400, 40, 400, 44.44, 100, 25],
  ];
  const merges = [span(0, 1, 2), span(0, 3, 4), span(0, 5, 6), span(0, 7, 8)];

  test("no achievement and no light; the periods in time order; the shares are no figures", () => {
    const { figures, tables } = read(grid(statement, merges));
    expect(tables[0]?.kind).toBe("periodComparison");
    expect(figures.map((f) => f.name)).toEqual(["稅課收入", "規費收入"]);
    for (const f of figures) {
      expect(f.periods.map((p) => p.period)).toEqual(["前年度", "上年度", "本年度"]);
      expect(f.periods.every((p) => p.achievement === null && p.target === null)).toBe(true);
    }
    expect(figures[0]?.periods.map((p) => p.actual)).toEqual([500, 600, 700]);
  });

  test("the printed 增加率 is the change it states, checked row by row", () => {
    const wrong = statement.map((r) => [...r]);
    wrong[4]![8] = 30; // (500 − 400) ÷ 400 is 25%, not 30%
    const { codes, tables } = read(grid(wrong, merges));
    expect(tables[0]?.evidence?.map((e) => [e.rate, e.relation, e.of, e.over])).toEqual([["I1", "change", "B1", "D1"]]);
    expect(codes).toContain("REPORTED_MISMATCH@I5");
    expect(codes.filter((c) => c.startsWith("REPORTED_MISMATCH"))).toHaveLength(1);
  });

  test("a total printed first is checked against the rows below it", () => {
    const { codes } = read(grid(statement, merges));
    expect(codes.filter((c) => c.startsWith("AGGREGATE_MISMATCH"))).toEqual([]);
    const off = statement.map((r) => [...r]);
    off[2]![1] = 1300;
    const { report } = read(grid(off, merges));
    const total = report.findings.find((f) => f.code === "AGGREGATE_MISMATCH");
    expect(total?.cell).toBe("B3");
    expect(findingMessage(total!, "en")).toContain("rows below");
  });
});

describe("long tables, one row per unit and period (年月別 | 機關別 | … | 占分配數%)", () => {
  const monthly: Row[] = [
    ["年月別", "機關別", "全年度預算數", "累計分配數", "累計執行數", "占分配數%", "占全年度預算數%"],
    ["113年1月", "甲局", 1200, 100, 90, 90, 7.5],
    ["113年1月", "乙局", 2400, 200, 150, 75, 6.25],
    ["113年2月", "甲局", 1200, 200, 190, 95, 15.83],
    ["113年2月", "乙局", 2400, 400, 380, 95, 15.83],
  ];

  test("the period column splits a unit's rows by period: no unit is a duplicate", () => {
    const { figures, codes } = read(grid(monthly));
    expect(figures.map((f) => [f.name, f.periods.map((p) => p.period)])).toEqual([
      ["甲局", ["113年1月", "113年2月"]],
      ["乙局", ["113年1月", "113年2月"]],
    ]);
    expect(codes.filter((c) => c.startsWith("DUPLICATE"))).toEqual([]);
  });

  test("execution is measured against the allotment to date, as the table's own rate states", () => {
    const { figures } = read(grid(monthly));
    expect(figures[0]?.periods.map((p) => [p.target, p.actual, p.achievement])).toEqual([
      [100, 90, 0.9],
      [200, 190, 0.95],
    ]);
  });

  test("the printed rates are checked", () => {
    const wrong = monthly.map((r) => [...r]);
    wrong[3]![5] = 85;
    expect(read(grid(wrong)).codes).toContain("REPORTED_MISMATCH@F4");
  });
});

describe("a printed rate that follows from no reading: nothing is computed, and it says which column to check", () => {
  test("READING_UNCERTAIN at the rate's header, no achievement, a message naming the column", () => {
    const { figures, report, tables } = read(
      grid([
        ["衡量指標", "目標值", "實際值", "達成度"],
        ["甲", 100, 90, "50%"],
        ["乙", 200, 150, "40%"],
        ["丙", 300, 100, "10%"],
      ]),
    );
    expect(tables[0]?.certainty).toBe("doubtful");
    expect(figures.every((f) => f.periods.every((p) => p.achievement === null))).toBe(true);
    const doubt = report.findings.filter((f) => f.code === "READING_UNCERTAIN");
    expect(doubt.map((f) => f.cell)).toEqual(["D1"]);
    expect(findingMessage(doubt[0]!, "zh-TW")).toContain("D1");
    expect(findingMessage(doubt[0]!, "en")).toContain("declare the target and actual columns");
  });

  test("one row that disagrees is a finding on that row, not a different reading", () => {
    const { figures, codes, tables } = read(
      grid([
        ["衡量指標", "目標值", "實際值", "達成度"],
        ["甲", 100, 90, "90%"],
        ["乙", 200, 150, "75%"],
        ["丙", 300, 100, "10%"],
      ]),
    );
    expect(tables[0]?.certainty).toBe("certain");
    expect(figures[0]?.periods[0]?.achievement).toBe(0.9);
    expect(codes).toEqual(["REPORTED_MISMATCH@D4"]);
  });
});

describe("direction", () => {
  test("a printed achievement that is actual ÷ target says higher is better, whatever the name's words", () => {
    const { figures } = read(
      grid([
        ["衡量指標", "目標值", "實際值", "達成度"],
        ["毒品犯罪再犯人數追蹤", 1000, 1200, "120%"],
      ]),
    );
    expect(figures[0]?.direction).toBe("higher");
  });

  test("what the agency itself does about a harm (查獲, 起訴, arrests) is counted higher-is-better", () => {
    const { figures } = read(
      grid([
        ["衡量指標", "目標值", "實際值"],
        ["查獲毒品犯罪案件數", 1000, 1200],
        ["起訴詐欺犯罪人數", 500, 450],
        ["Arrests for burglary", 50, 60],
        ["刑案發生數", 900, 800],
      ]),
    );
    expect(figures.map((f) => f.direction)).toEqual(["higher", "higher", "higher", "lower"]);
  });
});

test('pledges: "Service | Target | Actual" beside a column of words is a table; "92 (See Note 2)" is 92', () => {
  const { figures } = read(
    grid([
      ["Service", "Target", "Actual"],
      ["Answer calls within 30 seconds", "92 (See Note 2)", 93],
      ["Issue licences within 9 working days", "95%", "97%"],
    ]),
  );
  expect(figures.map((f) => [f.name, f.periods[0]?.target, f.periods[0]?.actual])).toEqual([
    ["Answer calls within 30 seconds", 92, 93],
    ["Issue licences within 9 working days", 0.95, 0.97],
  ]);
});

describe("property: a rate column that is X ÷ Y on every row names X and Y, whatever the headers say", () => {
  const word = fc.constantFrom("甲欄", "乙欄", "丙欄", "Column", "Value", "數字", "金額", "Figure");
  const row = fc.record({
    over: fc.integer({ min: 50, max: 5000 }),
    share: fc.integer({ min: 30, max: 140 }),
    other: fc.integer({ min: 1, max: 9000 }),
  });

  test("X is the actual and Y the target; permuting the columns does not change the figures", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 3, maxLength: 8 }),
        fc.uniqueArray(word, { minLength: 3, maxLength: 3 }),
        fc.constantFrom([0, 1, 2], [2, 0, 1], [1, 2, 0]),
        (rows, words, order) => {
          // Columns: name, then X, Y and an unrelated figure in the given order, then the rate.
          const figuresOf = (r: { over: number; share: number; other: number }) => {
            const of = Math.round((r.over * r.share) / 100);
            return { of, over: r.over, other: r.other, rate: `${((100 * of) / r.over).toFixed(2)}%` };
          };
          const keys = ["of", "over", "other"] as const;
          const header: Row = ["項目", ...order.map((k) => words[k] ?? ""), "比率"];
          const body: Row[] = rows.map((r, i) => {
            const f = figuresOf(r);
            return [`指標${i + 1}`, ...order.map((k) => f[keys[k]]), f.rate];
          });
          const { figures } = read(grid([header, ...body]));
          expect(figures).toHaveLength(rows.length);
          figures.forEach((f, i) => {
            const want = figuresOf(rows[i]!);
            expect(f.periods[0]?.target).toBe(want.over);
            expect(f.periods[0]?.actual).toBe(want.of);
            expect(f.periods[0]?.achievement).toBeCloseTo(want.of / want.over, 12);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

test("--explain shows the arithmetic each reading rests on, in one language", () => {
  const report = analyzeWorkbook([
    grid([
      ["機關別", "全年度預算數", "累計分配數", "累計執行數", "占分配數%"],
      ["甲局", 1200, 100, 90, 90],
      ["乙局", 2400, 200, 150, 75],
      ["丙局", 2400, 400, 380, 95],
    ]),
  ]);
  expect(formatExplanation(report, "zh-TW")).toContain("算式印證：E = D ÷ C，3 列中 3 列相符");
  expect(formatExplanation(report, "en")).toContain("E = D ÷ C on 3 of 3 rows at 0 decimals");
});

test('"ACHIEVEMENT" over JAN | FEB | MAR holds each month\'s actual (client charters): no target, no achievement', () => {
  const { figures } = read(
    grid(
      [
        ["CLIENT CHARTER ELEMENT", "ACHIEVEMENT", null, null],
        [null, "JAN", "FEB", "MAR"],
        ["Acknowledge complaints within 24 hours", "98%", "100%", "97%"],
        ["Reply to letters within 7 days", "95%", "96%", "99%"],
      ],
      [span(0, 1, 3), { top: 0, left: 0, bottom: 1, right: 0 }],
    ),
  );
  expect(figures.map((f) => [f.name, f.periods.map((p) => [p.period, p.actual, p.achievement])])).toEqual([
    [
      "Acknowledge complaints within 24 hours",
      [
        ["JAN", 0.98, null],
        ["FEB", 1, null],
        ["MAR", 0.97, null],
      ],
    ],
    [
      "Reply to letters within 7 days",
      [
        ["JAN", 0.95, null],
        ["FEB", 0.96, null],
        ["MAR", 0.99, null],
      ],
    ],
  ]);
});

test("names in a column with no header of its own, left of a header over n/a, are the names", () => {
  const { figures } = read(
    grid([
      [null, "Bench", "2018", "2020"],
      [null, "Mark", "Actual", "Target"],
      ["1. Full Time Equivalents", "n/a", 4, 4.5],
      ["2. Department Payroll Expenditures", "n/a", 287895, 361224],
    ]),
  );
  expect(figures.map((f) => f.name)).toEqual(["1. Full Time Equivalents", "2. Department Payroll Expenditures"]);
});

test("years down the rows and a measure in each column: one indicator per column, no target, growth by year", () => {
  const { figures, tables } = read(
    grid([
      ["年別", "出勤次數(次)", "救護人數(人)"],
      ["101年", 1000, 800],
      ["102年", 1100, 820],
      ["103年", 1210, 861],
    ]),
  );
  expect(tables[0]?.kind).toBe("periodComparison");
  expect(figures.map((f) => [f.name, f.periods.map((p) => [p.period, p.actual, p.achievement])])).toEqual([
    [
      "出勤次數(次)",
      [
        ["101", 1000, null],
        ["102", 1100, null],
        ["103", 1210, null],
      ],
    ],
    [
      "救護人數(人)",
      [
        ["101", 800, null],
        ["102", 820, null],
        ["103", 861, null],
      ],
    ],
  ]);
});

test.each([
  [
    [
      "Classification",
      "Budgeted Expenses",
      "YTD Expenses",
      "YTD % Spent",
      "Budgeted Revenue",
      "YTD Revenue",
      "YTD % Received",
    ],
    ["Capital Outlay", "$60,666,442", "$29,685,473", "49%", null, null, null],
    ["Charges for Service", null, null, null, "$31,121,792", "$27,403,709", "88%"],
    ["Debt Service", "$7,906,373", "$3,636,748", "46%", null, null, null],
    ["Federal Grants", null, null, null, "$21,879,237", "$6,789,897", "31%"],
  ],
  [
    ["項目", "歲出預算數", "歲出累計數", "歲出比率", "歲入預算數", "歲入累計數", "歲入比率"],
    ["資本支出", 60666442, 29685473, "49%", null, null, null],
    ["規費收入", null, null, null, 31121792, 27403709, "88%"],
    ["債務支出", 7906373, 3636748, "46%", null, null, null],
    ["補助收入", null, null, null, 21879237, 6789897, "31%"],
  ],
] as Row[][])("two measures side by side, each row filling one: each row is read against its own (%#)", (...rows) => {
  const { figures } = read(grid(rows));
  expect(figures.map((i) => [i.name, i.periods.map((p) => [p.target, p.actual])])).toEqual([
    [expect.any(String), [[60666442, 29685473]]],
    [expect.any(String), [[31121792, 27403709]]],
    [expect.any(String), [[7906373, 3636748]]],
    [expect.any(String), [[21879237, 6789897]]],
  ]);
});

test.each([
  [
    ["Category", "2016/2017 Target $000", "2016/2017 Actual $000", "Variance $000"],
    ["Total cost of services (expense limit)", 28839, 26285, 2554],
    ["Net cost of services", 28446, 25817, 2629],
    ["Total equity", 8837, 14579, 5742],
    ["Approved salary expense level", 17982, 17708, 1078],
  ],
  [
    ["項目", "預算數", "決算數", "比較增減"],
    ["業務收入", 28839, 26285, -2554],
    ["教學收入", 28446, 25817, -2629],
    ["其他業務收入", 8837, 14579, 5742],
    ["雜項業務收入", 17982, 17708, -1078],
  ],
] as Row[][])(
  "a printed difference that breaks the relation its other rows state is a finding at its cell (%#)",
  (...rows) => {
    const { codes } = read(grid(rows));
    expect(codes.filter((c) => c.startsWith("REPORTED_MISMATCH"))).toEqual(["REPORTED_MISMATCH@D5"]);
  },
);

test("a difference column that follows no relation is no finding on any row", () => {
  const { codes } = read(
    grid([
      ["Category", "Target", "Actual", "Variance"],
      ["A", 100, 90, 3],
      ["B", 200, 150, 7],
      ["C", 300, 310, 1],
    ]),
  );
  expect(codes.filter((c) => c.startsWith("REPORTED_MISMATCH"))).toEqual([]);
});

test("the difference finding says what was printed and what the figures give, in each language", () => {
  const { report } = read(
    grid([
      ["Category", "Target", "Actual", "Variance"],
      ["A", 28839, 26285, 2554],
      ["B", 28446, 25817, 2629],
      ["C", 8837, 14579, 5742],
      ["D", 17982, 17708, 1078],
    ]),
  );
  const finding = report.findings.find((f) => f.code === "REPORTED_MISMATCH");
  expect(finding && findingWords(finding, "en")).toMatch(
    /prints a difference of 1,078, but the target and actual differ by 274/,
  );
  expect(finding && findingWords(finding, "zh-TW")).toMatch(/差異為 1,078.*相差 274/);
});

describe("a change the table states, no target anywhere: each line's result (勞保基金 mandates; a fund return table)", () => {
  const read = (rows: Row[]) =>
    (analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? []).map(
      (i) => `${i.name}: ${i.periods.map((p) => `${p.target}/${p.actual}/${p.achievement ?? "-"}`).join(", ")}`,
    );
  test.each([
    [["投信名稱", "委託投資金額", "目前資產淨值", "投資報酬率"]],
    [["Manager", "Amount invested", "Net asset value", "Return (%)"]],
  ])("%j", (header) => {
    expect(
      read([
        header,
        ["富邦投信", 3000000000, 4368623889, "45.62%"],
        ["國泰投信", 2500000000, 3519810686, "40.79%"],
        ["景順投信", 2000000000, 2802076301, "40.10%"],
      ]),
    ).toEqual(["富邦投信: null/0.4562/-", "國泰投信: null/0.4079/-", "景順投信: null/0.401/-"]);
  });
});
