/**
 * Issue 21, round 2026-12-08b (a state energy department's KPM report: "Report Year | 2014 | … | 2018"
 * once, then each programme's name on a row of its own over its Actual and Target rows): the row
 * between the header and the labelled rows names the block, and the blocks under it share its years.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const read = (rows: Row[]) =>
  analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators.map((i) => [
    i.name,
    i.periods.map((p) => [p.period, p.target, p.actual]),
  ]);

test("programmes stacked under one row of years, each named on its own row", () => {
  expect(
    read([
      ["KPM #1 ENERGY SAVINGS AND PRODUCTION", null, null],
      ["Data Collection Period: Jan 01 - Dec 31", null, null],
      [null, null, null],
      ["Report Year", "2017", "2018"],
      ["Total of Programs", null, null],
      ["Actual", "2,309", "1,430.50"],
      ["Target", "2,852", "2,852"],
      ["Energy Incentive Programs", null, null],
      ["Actual", "2,130", "1,247.90"],
      ["Target", "2,700", "2,700"],
    ]),
  ).toEqual([
    [
      "Total of Programs",
      [
        ["2017", 2852, 2309],
        ["2018", 2852, 1430.5],
      ],
    ],
    [
      "Energy Incentive Programs",
      [
        ["2017", 2700, 2130],
        ["2018", 2700, 1247.9],
      ],
    ],
  ]);
});

test("a second layout: 年度 over each measure's name, its 目標值 and 實際值 rows", () => {
  expect(
    read([
      ["年度", "111年", "112年"],
      ["志工服務人次", null, null],
      ["目標值", "1,200", "1,300"],
      ["實際值", "1,250", "1,280"],
      ["辦理講座場次", null, null],
      ["目標值", "20", "24"],
      ["實際值", "22", "25"],
    ])?.map(([name, periods]) => [name, (periods as unknown[]).length]),
  ).toEqual([
    ["志工服務人次", 2],
    ["辦理講座場次", 2],
  ]);
});
