/**
 * Issue 21 (service pledges): Hong Kong's pledges in Chinese, "服务 | 承诺标准 | 成绩": the pledges
 * (承诺标准) are the names, 成绩 their results, the services merged down beside them their headings,
 * in either script.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

test.each([
  [
    [
      ["二零二三年的服务成绩", null, null],
      ["服务", "承诺标准", "成绩"],
      ["为求职者提供的就业服务", "1. 为新登记的求职者提供书面指引。", "100%"],
      [null, "2. 在约定时间三十分钟内提供就业谘询服务。", "99.5%"],
    ],
  ],
  [
    [
      ["二零二三年的服務成績", null, null],
      ["服務", "承諾標準", "成績"],
      ["勞資關係服務", "1. 於接獲申索後五個工作天內安排會面。", "100%"],
      [null, "2. 於接獲查詢後即時提供諮詢服務。", "99.5%"],
    ],
  ],
] as Row[][][])("the pledges are the names, 成绩 their results (%#)", (rows) => {
  const grid = rowGrid(rows, [{ top: 2, left: 0, bottom: 3, right: 0 }]);
  const indicators = analyzeWorkbook([grid]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.name.slice(0, 2), i.periods[0]?.actual])).toEqual([
    ["1.", 1],
    ["2.", 0.995],
  ]);
});
