/**
 * Issue 21 (family 3): service pledges whose result is the share of cases that met a standard written
 * in words (香港公務員事務局 "Time Required / Service Target | Targets Achieved (%)"; the same layout as
 * Hong Kong's and Canada's service standards). The standard is the criteria, not a target; the share
 * met is the result, more is better, whatever the name says ("ranks"); the names stay in their column.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const grid = (rows: Row[]): Grid => rowGrid(rows);

test("names, a standard in words and the share met", () => {
  const report = analyzeWorkbook([
    grid([
      ["Services", "Time Required / Service Target", "Targets Achieved (%)"],
      ["Recruitment", null, null],
      ["Notify candidates of examination details", "12 calendar days before the examinations", "98.8%"],
      ["Grant approval for a promotion exercise to ranks", "2 weeks", "95.4%"],
    ]),
  ]);
  const indicators = report.sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.name, i.direction, i.periods[0]?.target, i.periods[0]?.actual])).toEqual([
    ["Notify candidates of examination details", "higher", null, 0.988],
    ["Grant approval for a promotion exercise to ranks", "higher", null, 0.954],
  ]);
  expect(report.findings.filter((f) => f.code === "NOT_A_FIGURE" || f.code === "UNIT_MISMATCH")).toEqual([]);
});

test("a target in words that sets no figure beside an actual named so stays a target column (no share met)", () => {
  const report = analyzeWorkbook([
    grid([
      ["Service", "Target", "Actual"],
      ["Answer calls", "80%", "82%"],
      ["Reply to letters", "90%", "93%"],
    ]),
  ]);
  expect(report.sheets[0]?.indicators.map((i) => i.periods[0]?.target)).toEqual([0.8, 0.9]);
});

test.each([
  [
    ["Num", "MDGM CLIENT CHARTER", "PERFORMANCE/ ACHIEVEMENT"],
    ["1.", "To provide friendly service and speedy assistance to all customers.", "100%"],
    ["2.", "Provide approval for the construction of private residential homes within 2 months.", "90 %"],
  ],
  [
    ["No.", "Client Charter", "Achievement"],
    ["1", "Complaints are acknowledged within 3 working days.", "98%"],
    ["2", "Business licences are issued within 14 days.", "90%"],
  ],
  [
    ["No.", "MRRD Client Charter", "Feedback Achievement", "Achievement Percentage"],
    ["1", "Implement link road projects within 12 months.", "All 289 projects are completed.", "100%"],
    ["2", "Implement street lighting within 12 months.", "37,752 of 70,000 pairs were completed.", "90%"],
  ],
  [
    ["Bil.", "Piagam Pelanggan / Client Charter", "Pencapaian Maklum Balas", "Achievement Percentage"],
    ["1", "Complaints answered within 7 days.", "Answered on time but for one.", "99.5%"],
    ["2", "Permits issued within 14 days.", "Most permits issued on time.", "90%"],
  ],
] as Row[][])(
  "a charter's pledges beside their results alone: each pledge's result, nothing computed (%#)",
  (...rows) => {
    const indicators = analyzeWorkbook([grid(rows)]).sheets[0]?.indicators ?? [];
    expect(indicators.map((i) => [i.periods[0]?.target, i.periods[0]?.actual, i.periods[0]?.achievement])).toEqual([
      [null, expect.any(Number), null],
      [null, 0.9, null],
    ]);
  },
);

test.each([
  [
    ["Services", null, "2017/18"],
    ["Fresh water quality (at connection points)", "100% compliance with WHO Guidelines", "Target achieved"],
    ["Notice for planned suspension of water supply", "4 working days' advance notice", "99.95%"],
    ["Duration of suspension for planned work", "98% within 8 hours", "97.5%"],
    ["Accuracy of water meters", "Inaccuracy not exceeding ±3%", "97.3%"],
  ],
  [
    ["服務", null, "2017-18年度"],
    ["食水水質（接駁點）", "100%符合世界衞生組織準則", "已達標"],
    ["計劃暫停供水的預先通知", "4個工作天前通知", "99.95%"],
    ["計劃工程暫停供水的時間", "98%於8小時內", "97.5%"],
    ["水錶的準確度", "誤差不超過±3%", "97.3%"],
  ],
] as Row[][])(
  "standards unheaded between the services and the year: a share stated is the target, a time or tolerance none (%#)",
  (...rows) => {
    const indicators = analyzeWorkbook([grid(rows)]).sheets[0]?.indicators ?? [];
    expect(indicators.map((i) => [i.periods[0]?.target, i.periods[0]?.actual, i.periods[0]?.achievement])).toEqual([
      [1, null, null],
      [null, 0.9995, null],
      [0.98, 0.975, expect.closeTo(0.994898, 5)],
      [null, 0.973, null],
    ]);
  },
);

test.each([
  [["服務項目", "完成個案", "承諾時間", "執行情況百分比", "承諾達標率"]],
  [
    [
      "服務項目\nItem da Carta de Qualidade",
      "完成個案",
      "承諾時間\n(日)",
      "執行情況\n百分比\n% da situação da execução",
      "承諾達\n標率\nMeta para atingir",
    ],
  ],
] as Row[][])("a pledge's 執行情況百分比 is the share met, its 承諾達標率 the target (%#)", (header) => {
  const rows: Row[] = [
    header,
    ["批核首次設立場所的申請計劃", 25, "25 個工作天", "100%", "85%"],
    ["批核牌照續期申請,並印發新牌照", 459, "15 個工作天", "98%", "100%"],
  ];
  const indicators = analyzeWorkbook([grid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.periods[0]?.target, i.periods[0]?.actual, i.periods[0]?.achievement])).toEqual([
    [0.85, 1, expect.closeTo(1.176471, 5)],
    [1, 0.98, 0.98],
  ]);
});

test.each([[["服務範圍", "已達到的平均\n服務標準"]], [["服务范围", "已达到的平均\n服务标准"]]] as Row[][])(
  "已達到的平均服務標準 over shares: each service's share of the standard reached (%#)",
  (header) => {
    const rows: Row[] = [header, ["簽發新牌照", "90%"], ["牌照續期", "99%"]];
    const indicators = analyzeWorkbook([grid(rows)]).sheets[0]?.indicators ?? [];
    expect(indicators.map((i) => [i.periods[0]?.target, i.periods[0]?.actual, i.periods[0]?.achievement])).toEqual([
      [null, 0.9, null],
      [null, 0.99, null],
    ]);
  },
);

test.each([["% Achievement of client charter"], ["Achievement of pledges (%)"]])(
  "%s over the months: each month's share met, nothing computed",
  (heading) => {
    const merges = [{ top: 0, left: 2, bottom: 0, right: 4 }];
    const rows: Row[] = [
      ["No.", "Promise", heading, null, null],
      [null, null, "Jan", "Feb", "Mar"],
      [1, "Processing library membership application within twenty (20) minutes.", 100, 100, 98],
      [2, "Giving feedback within fourteen (14) working days.", 100, 95, 100],
    ];
    const indicators = analyzeWorkbook([rowGrid(rows, merges)]).sheets[0]?.indicators ?? [];
    expect(indicators.map((i) => i.periods.map((p) => [p.period, p.actual, p.achievement]))).toEqual([
      [
        ["Jan", 1, null],
        ["Feb", 1, null],
        ["Mar", 0.98, null],
      ],
      [
        ["Jan", 1, null],
        ["Feb", 0.95, null],
        ["Mar", 1, null],
      ],
    ]);
  },
);
