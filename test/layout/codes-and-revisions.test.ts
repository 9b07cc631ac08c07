/**
 * Issue 21: codes beside names and a plan revised within its year. "A.1. | SALARIES…" under one
 * header (Ireland's appropriation account; a 預算 statement's 一、 | 人事費): the names are the words
 * beside the codes. "Main Estimates | Supplementary Estimates" (New Zealand; 原預算數 | 修正預算數):
 * the year's result is held to the plan as last revised.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map(
    (i) =>
      `${i.name}: ` + i.periods.map((p) => `${p.target}/${p.actual}/${p.achievement?.toFixed(4) ?? "-"}`).join(", "),
  );
}

test.each([
  [
    ["Service", "", "Estimate Provision 2007", "Outturn 2007"],
    ["A.1.", "A.2.", "A.3."],
    ["SALARIES", "TRAVEL", "POSTAL SERVICES"],
  ],
  [
    ["科目", "", "113年度預算數", "113年度決算數"],
    ["一、", "二、", "三、"],
    ["人事費", "業務費", "設備費"],
  ],
])("codes under the header, names beside them under none: the names are the words: %j", (header, codes, names) => {
  const rows: Row[] = [header];
  codes.forEach((code, k) => rows.push([code, names[k] ?? "", 1000 * (k + 1), 900 * (k + 1)]));
  expect(read(rows).map((line) => line.split(":")[0])).toEqual(names);
});

test.each([
  [["Line", "Actual 2013/14", "Main Estimates 2013/14", "Supplementary Estimates 2013/14"]],
  [["項目", "113年度實際數", "113年度原預算數", "113年度修正預算數"]],
])("a plan revised within its year is the one its result is held to: %j", (header) => {
  expect(read([header, ["Revenue Crown", 31855, 31143, 31858]])).toEqual(["Revenue Crown: 31858/31855/0.9999"]);
});
