/**
 * Issue 21, round 2026-12-07b: a table of shares met (Program | Applications | Standard (Weeks) |
 * % Met, Canadian Heritage's service standards; 服務項目 | 服務標準 | 已達到服務標準百分比) under a
 * sentence that states the one goal every row is held to ("Our goal is that 80% of the applications
 * … will meet the published service standards", 本署目標為 90% 案件符合服務標準): each share met is
 * that goal's result; with no such sentence, no target is made up.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows, [])]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => [
    i.name,
    i.periods[0]?.target,
    i.periods[0]?.actual,
    i.periods[0]?.achievement,
  ]);
}

const english: Row[] = [
  ["2018-2019: Service standards results"],
  [
    "Our goal is that 80% of the applications received by the Department will meet the published service standards for each program.",
  ],
  ["Program (Component)", "Applications (Volume)", "Standard (Weeks)", "% Met"],
  ["Athlete Assistance Program", 1897, 2, "100%"],
  ["Canada Media Fund", 4, 2, "0%"],
  ["Celebration and Commemoration Program", 52, 2, "71%"],
];
const chinese: Row[] = [
  ["107年度服務標準達成情形"],
  ["本署目標為 80% 案件符合服務標準。"],
  ["服務項目", "申請件數", "服務標準(週)", "已達到服務標準百分比"],
  ["運動員補助", 1897, 2, "100%"],
  ["媒體基金", 4, 2, "0%"],
  ["紀念活動補助", 52, 2, "71%"],
];

test.each([[english], [chinese]])("each share met is held to the goal stated above (%#)", (rows) => {
  expect(read(rows).map((r) => r.slice(1))).toEqual([
    [0.8, 1, 1.25],
    [0.8, 0, 0],
    [0.8, 0.71, expect.closeTo(0.8875, 9)],
  ]);
});

test("no goal sentence, no target", () => {
  const rows = english.filter((_, i) => i !== 1);
  expect(read(rows).map((r) => r[1])).toEqual([null, null, null]);
});
