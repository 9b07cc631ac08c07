/** Issue 10: layout families of published tables, one rule each, each able to fail without its rule. */
import { analyzeWorkbook, buildReportPlan, DEFAULT_REPORT_FIGURES, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";
import { reportWords } from "../../src/messages";
import { parseValue } from "../../src/core/values/parse-value";

const grid = (rows: Row[], merges: Grid["merges"] = []): Grid => rowGrid(rows, merges);

const figures = (g: Grid) =>
  analyzeWorkbook([g]).sheets[0]!.indicators.map((i) => [
    i.name,
    i.direction,
    i.periods.map((p) => [p.period, p.target, p.actual, p.achievement]),
  ]);

test('a column headed "Target (actual …)" holds the target with the actual in brackets below it', () => {
  const rows = [
    ["KPI", "2006/07 Target", "2007/08 Target"],
    [null, "(year-end performance)", "(mid-year performance)"],
    ["Flats provided", "7 200\n(7 200)", "16 400\n(0)[11]"],
    ["Training per staff ($)", "2,000\n(1,610)", "1,800\n(817[22]\nhalf-year figure)"],
  ];
  expect(figures(grid(rows))).toEqual([
    [
      "Flats provided",
      "higher",
      [
        ["2006/07", 7200, 7200, 1],
        ["2007/08", 16400, 0, 0],
      ],
    ],
    [
      "Training per staff ($)",
      "higher",
      [
        ["2006/07", 2000, 1610, 0.805],
        ["2007/08", 1800, 817, 817 / 1800],
      ],
    ],
  ]);
});

test("without a header that says so, a bracketed figure is not taken for the actual", () => {
  const report = analyzeWorkbook([
    grid([
      ["KPI", "2006/07 Target", "2007/08 Target"],
      ["Flats provided", "7 200\n(7 200)", "16 400"],
    ]),
  ]);
  const periods = report.sheets[0]!.indicators[0]!.periods;
  expect(periods.map((p) => [p.target, p.actual, p.achievement])).toEqual([
    [null, null, null],
    [16400, null, null],
  ]);
  expect(report.findings.map((f) => `${f.code}@${f.cell}`)).toContain("NOT_A_FIGURE@B2");
});

test.each([
  ["below 4.5", 4.5, "atMost"],
  ["Not exceeding 50 days", 50, "atMost"],
  ["not exceeding\n15[21]", 15, "atMost"],
  ["at least 95%", 0.95, "atLeast"],
  ["no more than 3", 3, "atMost"],
])("English bounds: %j is %d, %s", (text, value, qualifier) => {
  const parsed = parseValue({ value: text });
  expect(parsed.kind === "number" && [parsed.value, parsed.qualifier]).toEqual([value, qualifier]);
});

test("a numbered heading that names a measure with its unit gives its unnumbered sub-rows their direction", () => {
  const rows = [
    ["KPI", null, "Target", "Actual"],
    ["(2)", "Average Waiting Time for PRH (years)", null, null],
    [null, "Overall", 3, 1.8],
    [null, "Elderly", 2, 1.3],
    ["(3)", "Flats let", 100, 90],
  ];
  expect(figures(grid(rows, [{ top: 0, left: 0, bottom: 0, right: 1 }])).map((i) => [i[0], i[1]])).toEqual([
    ["Overall", "lower"],
    ["Elderly", "lower"],
    ["Flats let", "higher"],
  ]);
});

test("a heading without a unit, or a numbered row of its own, gives no direction to the rows after it", () => {
  const rows = [
    ["KPI", null, "Target", "Actual"],
    ["(6)", "Vacancy rate", null, null],
    [null, "PRH", 3, 1.8],
    ["(7)", "Waiting time (years)", null, null],
    ["(8)", "Flats let", 100, 90],
  ];
  expect(figures(grid(rows, [{ top: 0, left: 0, bottom: 0, right: 1 }])).map((i) => [i[0], i[1]])).toEqual([
    ["PRH", "higher"],
    ["Flats let", "higher"],
  ]);
});

test('"Performance Achievement Target 2016-17" is a target, and a bare "Achievement" beside it the actual', () => {
  const report = analyzeWorkbook([
    grid([
      ["Service", "Pledge", "Performance Achievement Target 2016-17", "Achievement"],
      ["Clearance", "Respond before noon of next day for complaints received after 1 pm", "99%", "99.75%"],
    ]),
  ]);
  const indicator = report.sheets[0]!.indicators[0]!;
  const p = indicator.periods[0]!;
  expect([indicator.direction, p.period, p.target, p.actual]).toEqual(["higher", "2016/17", 0.99, 0.9975]);
  expect(p.achievement).toBeCloseTo(0.9975 / 0.99, 12);
});

test("an achievement rate stays a rate: with an actual column, or named as a rate", () => {
  const withActual = analyzeWorkbook([
    grid([
      ["Measure", "Target", "Actual", "Achievement"],
      ["Cases closed", 100, 90, "90%"],
    ]),
  ]);
  expect(withActual.sheets[0]!.indicators[0]!.periods[0]!.actual).toBe(90);
  const named = analyzeWorkbook([
    grid([
      ["Measure", "Target", "Achievement rate"],
      ["Cases closed", 100, "90%"],
    ]),
  ]);
  expect(named.sheets[0]!.indicators[0]!.periods[0]!.actual).toBeNull();
});

test('"98% of lots" is 98%', () => {
  const parsed = parseValue({ value: "98% of lots" });
  expect(parsed.kind === "number" && [parsed.value, parsed.unit]).toEqual([0.98, "%"]);
});

test("a row repeating the header's years in the same columns starts the next table: no indicator, no total mismatch", () => {
  const report = analyzeWorkbook([
    grid([
      ["Markets (as at 31 December)", 2017, 2018, 2019],
      ["No. of Markets", 101, 99, 97],
      ["Market Stalls (as at 31 December)", 2017, 2018, 2019],
      ["No. of Stalls", "13 390", "13 069", "13 041"],
      ["No. of Cooked Food Stalls", "1 019", "1 019", 973],
      ["Total", "14 409", "14 088", "14 014"],
    ]),
  ]);
  expect(report.sheets[0]!.indicators.map((i) => i.name)).toEqual([
    "No. of Markets",
    "No. of Stalls",
    "No. of Cooked Food Stalls",
  ]);
  expect(report.findings).toEqual([]);
});

test("計畫類別 | 編列機關: each agency's share is a line item, told apart by its plan; a named 小計 sums its category", () => {
  const report = analyzeWorkbook([
    grid(
      [
        ["計畫類別", null, "編列機關", "112年度", "113年度"],
        ["數位建設", "推廣服務", "衛福部", 100, 110],
        [null, null, "健保署", 10, 11],
        [null, "小 計", null, 110, 121],
        ["城鄉建設", "據點整備", "衛福部", 200, 210],
        [null, null, "社家署", 20, 21],
        [null, "小計", null, 220, 231],
        [null, "地方創生", "衛福部", 30, 31],
        [null, "小計", null, 30, 31],
        ["城鄉建設小計", null, null, 250, 262],
      ],
      [
        { top: 0, left: 0, bottom: 0, right: 1 },
        { top: 1, left: 0, bottom: 3, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 4, left: 0, bottom: 8, right: 0 },
        { top: 4, left: 1, bottom: 5, right: 1 },
        { top: 3, left: 1, bottom: 3, right: 2 },
        { top: 6, left: 1, bottom: 6, right: 2 },
        { top: 8, left: 1, bottom: 8, right: 2 },
        { top: 9, left: 0, bottom: 9, right: 2 },
      ],
    ),
  ]);
  expect(report.sheets[0]!.indicators.map((i) => i.name)).toEqual([
    "數位建設／推廣服務／衛福部",
    "健保署",
    "城鄉建設／據點整備／衛福部",
    "社家署",
    "城鄉建設／地方創生／衛福部",
  ]);
  expect(report.findings).toEqual([]);
});

test("a 衡量指標 column keeps its name beside an agency column", () => {
  const report = analyzeWorkbook([
    grid([
      ["衡量指標", "主辦機關", "目標值", "實際值"],
      ["受理件數", "衛福部", 100, 90],
    ]),
  ]);
  expect(report.sheets[0]!.indicators.map((i) => i.name)).toEqual(["受理件數"]);
});

test("ten years as two stacked blocks of five: one indicator over all ten; a total of the plans under a base row agrees", () => {
  const report = analyzeWorkbook([
    grid([
      ["附表 近年度預算一覽表 單位:新台幣千元;%", null, null],
      ["項 目", "97年度", "98年度"],
      ["部主管預算", 1000, 1200],
      ["甲計畫", 100, 150],
      ["乙計畫", 200, 210],
      ["中長程計畫預算合計", 300, 360],
      ["中長程計畫預算占比", 30, 30],
      ["項 目", "99年度", "100年度"],
      ["部主管預算", 1300, 1400],
      ["甲計畫", 160, 170],
    ]),
  ]);
  const indicators = report.sheets[0]!.indicators;
  expect(indicators.map((i) => [i.name, i.periods.map((p) => `${p.period}:${p.actual}`).join(" ")])).toEqual([
    ["部主管預算", "97:1000 98:1200 99:1300 100:1400"],
    ["甲計畫", "97:100 98:150 99:160 100:170"],
    ["乙計畫", "97:200 98:210"],
    ["中長程計畫預算占比", "97:0.3 98:0.3"],
  ]);
  expect(report.findings.filter((f) => f.code !== "TARGET_LOWERED")).toEqual([]);
});

test("a total that no run of the rows above it makes is still a mismatch", () => {
  const report = analyzeWorkbook([
    grid([
      ["項 目", "97年度", "98年度"],
      ["部主管預算", 1000, 1200],
      ["甲計畫", 100, 150],
      ["乙計畫", 200, 210],
      ["合計", 301, 360],
    ]),
  ]);
  expect(report.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["AGGREGATE_MISMATCH@B5"]);
});

test("a cross-tab: strategies across, each over 預算 | 決算, agencies down; each pair with figures is one execution", () => {
  const report = analyzeWorkbook([
    grid(
      [
        ["表2 經費概況表", null, null, null, null, null],
        ["年度/\n機關別", null, "驗毒策略", null, "識毒策略", null],
        [null, null, "預算", "決算", "預算", "決算"],
        [110, "法務部", 1000, 900, 200, 100],
        [null, "教育部", "-", "-", 500, 450],
      ],
      [
        { top: 1, left: 0, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 1, right: 3 },
        { top: 1, left: 4, bottom: 1, right: 5 },
        { top: 3, left: 0, bottom: 4, right: 0 },
      ],
    ),
  ]);
  const indicators = report.sheets[0]!.indicators;
  expect(
    indicators.map((i) => [i.name, i.kind, i.periods.map((p) => [p.period, p.target, p.actual, p.achievement])]),
  ).toEqual([
    ["驗毒策略／法務部", "execution", [["110", 1000, 900, 0.9]]],
    ["識毒策略／法務部", "execution", [["110", 200, 100, 0.5]]],
    ["識毒策略／教育部", "execution", [["110", 500, 450, 0.9]]],
  ]);
});

test("years down, funding sources across over 預算 | 決算: one execution per source; a figure merged over two years is read once; a smaller budget lowers no target", () => {
  const report = analyzeWorkbook([
    grid(
      [
        ["年度", "公務預算", null, "前瞻特別預算", null],
        [null, "預算", "決算", "預算", "決算"],
        [106, 3000, 2900, 180, 170],
        [107, 2800, 2700, null, null],
      ],
      [
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 1, bottom: 0, right: 2 },
        { top: 0, left: 3, bottom: 0, right: 4 },
        { top: 2, left: 3, bottom: 3, right: 3 },
        { top: 2, left: 4, bottom: 3, right: 4 },
      ],
    ),
  ]);
  const indicators = report.sheets[0]!.indicators;
  expect(
    indicators.map((i) => [i.name, i.periods.map((p) => `${p.period}:${p.target}/${p.actual}`).join(" ")]),
  ).toEqual([
    ["公務預算", "106:3000/2900 107:2800/2700"],
    ["前瞻特別預算", "106:180/170"],
  ]);
  expect(report.findings.filter((f) => f.code === "TARGET_LOWERED")).toEqual([]);
});

test("years over 決算 columns are years of amounts, not a cross-tab", () => {
  const report = analyzeWorkbook([
    grid([
      ["科目", "110年度決算", "111年度決算", "112年度法定預算"],
      ["土地", 160, 350, 353],
    ]),
  ]);
  const periods = report.sheets[0]!.indicators[0]!.periods;
  expect(periods.map((p) => [p.period, p.actual, p.achievement])).toEqual([
    ["110", 160, null],
    ["111", 350, null],
    ["112", 353, null],
  ]);
});

test("績效內容 | 績效目標值 | 實際完成值 | 累計完成率: the goal's value is a target, the printed rate is checked", () => {
  const report = analyzeWorkbook([
    grid([
      ["評價內容", null, "績效內容", "績效目標值", "實際完成值", "累計完成率"],
      ["產出目標", "數量目標", "組織活動數量", ">=28次", "40次", "143%"],
      [null, "質量目標", "政策知曉率", ">=95%", "98%", "110%"],
    ]),
  ]);
  const indicators = report.sheets[0]!.indicators;
  expect(indicators.map((i) => [i.name, i.periods[0]!.target, i.periods[0]!.actual])).toEqual([
    ["組織活動數量", 28, 40],
    ["政策知曉率", 0.95, 0.98],
  ]);
  expect(report.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["REPORTED_MISMATCH@F3"]);
});

test("carried-over appropriations under 109年度: each 轉入年度 row executes in 109; a percent line under a merged label is no indicator", () => {
  const report = analyzeWorkbook([
    grid(
      [
        ["年度", null, "109年度", null],
        [null, null, "可支用預算", "實現數"],
        ["轉入年度", 107, 1000, 800],
        [null, 108, 2000, 500],
        [109, null, 3000, 2700],
        [null, null, 1, 0.9],
      ],
      [
        { top: 0, left: 0, bottom: 1, right: 1 },
        { top: 2, left: 0, bottom: 3, right: 0 },
        { top: 4, left: 0, bottom: 5, right: 1 },
      ],
    ),
  ]);
  expect(
    report.sheets[0]!.indicators.map((i) => [
      i.name,
      i.periods.map((p) => [p.period, p.target, p.actual, p.achievement]),
    ]),
  ).toEqual([
    ["107", [["109", 1000, 800, 0.8]]],
    ["108", [["109", 2000, 500, 0.25]]],
    ["109", [["109", 3000, 2700, 0.9]]],
  ]);
});

test("of several name columns the one the header names precisely is the name; a note merged across the table is none", () => {
  const report = analyzeWorkbook([
    grid(
      [
        ["教育政策關鍵指標", "辦理項目", "方案量化指標", "學校現況值", "學校年度目標值"],
        ["一、評鑑成績提升", "1.強化體質", "1.1未達80分的比率逐次降低", 0, 0],
        [null, null, "1.2達90分以上的比率逐次提高", 0.25, "35%以上"],
        ["具體作法", "1.1強化管考機制……", null, null, null],
      ],
      [
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 3, left: 1, bottom: 3, right: 4 },
      ],
    ),
  ]);
  expect(
    report.sheets[0]!.indicators.map((i) => [
      i.name,
      i.direction,
      i.periods.map((p) => [p.target, p.actual, p.achievement]),
    ]),
  ).toEqual([
    ["1.1未達80分的比率逐次降低", "lower", [[0, null, null]]],
    ["1.2達90分以上的比率逐次提高", "higher", [[0.35, null, null]]],
  ]);
  expect(report.findings).toEqual([]);
});

test('"Target: 100%" under an indicator is the target of the period its status stands under', () => {
  const report = analyzeWorkbook([
    grid([
      ["Measure", "2023/24", "Change", "2022/23"],
      ["Briefings submitted by the deadline", "97%", "-2%", "99%"],
      ["Target: 100%", "Not achieved", null, null],
    ]),
  ]);
  const indicators = report.sheets[0]!.indicators;
  expect(indicators.map((i) => [i.name, i.periods.map((p) => [p.period, p.target, p.actual, p.achievement])])).toEqual([
    [
      "Briefings submitted by the deadline",
      // In time order, whatever the columns' order: each period is compared with the one before it.
      [
        ["2022/23", null, 0.99, null],
        ["2023/24", 1, 0.97, 0.97],
      ],
    ],
  ]);
  expect(report.findings.filter((f) => f.code === "TARGET_LOWERED")).toEqual([]);
});

test("Year | Result with years down, under an 'Indicator:' title and a target sentence: one indicator; 'No data available' is no figure", () => {
  const report = analyzeWorkbook([
    grid([
      ["Indicator: Quality of public services", null],
      ["Target: Improving trend (or at least maintained)", null],
      [null, null],
      ["Year", "Result"],
      ["2022/23", "No data available"],
      ["2019/20", 77],
    ]),
  ]);
  const indicators = report.sheets[0]!.indicators;
  expect(indicators.map((i) => [i.name, i.periods.map((p) => [p.period, p.target, p.actual])])).toEqual([
    [
      "Quality of public services",
      [
        ["2022/23", null, null],
        ["2019/20", null, 77],
      ],
    ],
  ]);
  expect(report.findings).toEqual([]);
});

test('"48.5% overall" is 48.5%; two figures in one cell stay no figure', () => {
  const one = parseValue({ value: "48.5% overall" });
  expect(one.kind === "number" && one.value).toBeCloseTo(0.485, 12);
  expect(parseValue({ value: "380,000 overall\n38,000 Indigenous" }).kind).toBe("text");
});

test("years down, categories across over 金額 | 百分比: each category's amounts; the share and the total column are no figures", () => {
  const report = analyzeWorkbook([
    grid(
      [
        ["年度", "人員維持", null, "作業維持", null, "國防部主管預算金額"],
        [null, "金額", "百分比", "金 額", "百分比", null],
        [105, 600, 60, 400, 40, 1000],
        [106, 700, 63.64, 400, 36.36, 1100],
      ],
      [
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 1, bottom: 0, right: 2 },
        { top: 0, left: 3, bottom: 0, right: 4 },
        { top: 0, left: 5, bottom: 1, right: 5 },
      ],
    ),
  ]);
  const indicators = report.sheets[0]!.indicators;
  expect(
    indicators.map((i) => [i.name, i.periods.map((p) => `${p.period}:${p.target}/${p.actual}`).join(" ")]),
  ).toEqual([
    ["人員維持", "105:null/600 106:null/700"],
    ["作業維持", "105:null/400 106:null/400"],
  ]);
});

test('"Percent of Annual Target" is a printed achievement; one beyond any plausible range is READING_UNCERTAIN too', () => {
  const report = analyzeWorkbook([
    grid([
      ["Measure", "2015\nTarget", "2015\nYTD", "Percent of\nAnnual Target"],
      ["% PSF ACREAGE LEASED", "88.00%", "87.47%", "99.40%"],
      ["% OF SHORELINES MAINTAINED", "15.00%", "9,378.13%", "62,520.87%"],
    ]),
  ]);
  const [first, second] = report.sheets[0]!.indicators;
  expect(first!.periods[0]!.reported).toBeCloseTo(0.994, 12);
  expect(second!.periods[0]!.achievement).toBeNull();
  expect(report.findings.map((f) => `${f.code}@${f.cell}`).sort()).toEqual([
    "READING_UNCERTAIN@C3",
    "READING_UNCERTAIN@D3",
  ]);
});

test("under 年度, plan phases (81-86) and two-digit years (98) are periods; 預算數 / 決算數 rows are one execution over them", () => {
  const report = analyzeWorkbook([
    grid([
      ["附表:「污水下水道建設計畫」各年度預、決算情形表", null, null, null, null],
      ["年度", "81-86", "98", "99", "合計"],
      ["名稱", "第一期", "第四期", "第四期", "-"],
      ["預算數", 171.33, 129.16, 100, 400.49],
      ["決算數", 171.33, 124.17, 90, 385.5],
    ]),
  ]);
  const indicator = report.sheets[0]!.indicators[0]!;
  expect([indicator.kind, indicator.periods.map((p) => `${p.period}:${p.target}/${p.actual}`).join(" ")]).toEqual([
    "execution",
    "81-86:171.33/171.33 98:129.16/124.17 99:100/90",
  ]);
});

test("outside a 年度 row, 81-86 and 98 are no years", () => {
  const report = analyzeWorkbook([
    grid([
      ["項目", "81-86", "98"],
      ["甲", 1, 2],
    ]),
  ]);
  expect(report.sheets.flatMap((s) => s.indicators.flatMap((i) => i.periods.map((p) => p.period)))).not.toContain("98");
});

test("the report writes a figure no formula can follow as the engine read it; a plain figure stays a live formula", () => {
  const g = grid([
    ["KPI", "2006/07 Target", "2007/08 Target"],
    [null, "(year-end performance)", "(mid-year performance)"],
    ["Flats provided", "7 200\n(7 100)", null],
    ["Stalls let", 90, null],
  ]);
  const plan = buildReportPlan([g], analyzeWorkbook([g]), { ...DEFAULT_REPORT_FIGURES, words: reportWords("zh-TW") });
  const rows = plan.sheets[0]!.ranges[1]!.cells.slice(1);
  expect(rows.map((row) => [row[3]?.kind, row[3]?.kind === "number" ? row[3].value : null, row[4]?.kind])).toEqual([
    ["number", 7200, "number"],
    ["blank", null, "blank"],
    ["formula", null, "blank"],
    ["blank", null, "blank"],
  ]);
});

test("an item's number left of its name is numbering, not a goal; a sibling number ends the heading's group", () => {
  const rows = [
    ["KPI", null, "2007/08 Target", "2007/08 Actual"],
    ["(1)", "No. of new PRH flats", 16400, 16000],
    ["(2)", "Average Waiting Time for PRH (years)", null, null],
    [null, "Overall", 3, 1.8],
    [null, "Elderly", 2, 1.3],
    ["(3)", "Vacancy rate (%)", 1.5, 1.3],
    ["一、", "提升服務品質", null, null],
    ["1.", "滿意度", 90, 92],
  ];
  // "KPI" heads the number and the name columns both, merged across them as the source prints it.
  const report = analyzeWorkbook([grid(rows, [{ top: 0, left: 0, bottom: 0, right: 1 }])]);
  const categories = report.sheets[0]!.indicators.map((i) => [i.name, i.category ?? null]);
  expect(categories).toEqual([
    ["No. of new PRH flats", null],
    ["Overall", "Average Waiting Time for PRH (years)"],
    ["Elderly", "Average Waiting Time for PRH (years)"],
    ["Vacancy rate (%)", null],
    // A number of another style ("1." under "一、") is the heading's own item.
    ["滿意度", "提升服務品質"],
  ]);
});
