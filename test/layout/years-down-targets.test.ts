/**
 * Issue 21: measures across, years down, one Target row under the names (Australian Electoral
 * Commission; the same layout as 消防署 statistics tables, with a target row added). The target row
 * holds every year's target; a year a measure was not taken in holds words, no period; headings over
 * the names group them and do not rename them.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const grid = (rows: Row[]): Grid => rowGrid(rows);

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([grid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map(
    (i) => `${i.name} [${i.direction}] ${i.periods.map((p) => `${p.period}:${p.target}/${p.actual}`).join(" ")}`,
  );
}

test("a Target row over the years applies to each; a caption row is skipped; words are no period", () => {
  expect(
    read([
      ["Measurement", "Quality", "Timeliness"],
      [null, "Accuracy of Essential fields", "Enrolment applications processed in 3 days"],
      ["Target", "99.5%", "99.0%"],
      ["Performance", null, null],
      ["2011\u201112", "99.5%", "88.5%"],
      ["2012\u201113", "99.6%", "82.7%"],
      ["2013\u2011142", "99.6%", "This measure ceased in 2012-13"],
    ]),
  ).toEqual([
    "Accuracy of Essential fields [higher] 2011/12:0.995/0.995 2012/13:0.995/0.996 2013/14:0.995/0.996",
    "Enrolment applications processed in 3 days [higher] 2011/12:0.99/0.885 2012/13:0.99/0.827",
  ]);
});

test("年度 down the rows with a 目標值 row under the measures: the same reading", () => {
  expect(
    read([
      ["年度", "結案率", "平均處理天數"],
      ["目標值", "95%", "7"],
      ["110年", "96%", "6.5"],
      ["111年", "94%", "7.2"],
      ["112年", "97%", "6.8"],
    ]),
  ).toEqual([
    "結案率 [higher] 110:0.95/0.96 111:0.95/0.94 112:0.95/0.97",
    "平均處理天數 [lower] 110:7/6.5 111:7/7.2 112:7/6.8",
  ]);
});

test.each([
  [
    ["年 月 別\nYear and Month", "收寄函件\nCorrespondence", "國民通信率\nCorrespondence Posted per Capita"],
    [null, "百萬件\nMillion Pieces", "件/人\nPiece/Person"],
    ["106年 2017", "2 352", 99.8],
    ["107年 2018", "2 152", 91.3],
    ["108年 2019", "2 023", 85.7],
  ],
  [
    ["Year", "Correspondence", "Correspondence posted per capita"],
    [null, "Million pieces", "Pieces per person"],
    ["2017 (106年)", "2 352", 99.8],
    ["2018 (107年)", "2 152", 91.3],
    ["2019 (108年)", "2 023", 85.7],
  ],
] as Row[][])(
  "years in both calendars down the rows, a row of units under the measures: each measure over the years (%#)",
  (...rows) => {
    const merges = [{ top: 0, left: 0, bottom: 1, right: 0 }];
    const sheet = analyzeWorkbook([rowGrid(rows, merges)]).sheets[0];
    expect(sheet?.indicators.map((i) => i.periods.map((p) => p.actual))).toEqual([
      [2352, 2152, 2023],
      [99.8, 91.3, 85.7],
    ]);
  },
);

test.each([
  [
    ["年度", "總件數", "績效良好", null, "績效尚可", null],
    [null, null, "案件數", "百分比", "案件數", "百分比"],
    ["97", 7, 3, 42.86, 2, 28.57],
    ["98", 17, 9, 52.94, 6, 35.29],
    ["99", 17, 4, 23.53, 11, 64.71],
  ],
  [
    ["Year", "Cases assessed", "Good", null, "Fair", null],
    [null, null, "Number", "Per cent", "Number", "Per cent"],
    ["2008", 7, 3, 42.86, 2, 28.57],
    ["2009", 17, 9, 52.94, 6, 35.29],
    ["2010", 17, 4, 23.53, 11, 64.71],
  ],
] as Row[][])(
  "grades over a count and a share, years down: each named by its grade, shares in percent (%#)",
  (...rows) => {
    const merges = [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 0, right: 3 },
      { top: 0, left: 4, bottom: 0, right: 5 },
    ];
    const sheet = analyzeWorkbook([rowGrid(rows, merges)]).sheets[0];
    const good = rows[0]?.[2] as string;
    expect(sheet?.indicators.map((i) => [i.name.startsWith(good), i.periods[0]?.actual])).toEqual([
      [false, 7],
      [true, 3],
      [true, 0.4286],
      [false, 2],
      [false, 0.2857],
    ]);
  },
);
