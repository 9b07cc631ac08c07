/**
 * Issue 21, round q: shares of one whole. A client charter's Total | Met | % | Not met | % (Total =
 * Met + Not met, each part's share printed) states the share that met: that share is the result, the
 * total no target, and no achievement follows (Majlis Daerah Hulu Selangor's charter; 受理件數 |
 * 如期辦結 | 逾期 in zh-TW). A budget with its balance beside it stays a budget and its spending.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows, [])]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => i.periods.map((p) => [p.target, p.actual, p.achievement]));
}

const pct = (value: number) => ({ value, format: "0%" });

test.each([
  [
    ["No", "Client charter", "Total received", "Met (no.)", "Met (%)", "Not met (no.)", "Not met (%)"],
    ["1.", "Complaints acknowledged within one working day", 40, 36, pct(0.9), 4, pct(0.1)],
    ["2.", "Minor repairs done within one month", 8, 5, pct(0.63), 3, pct(0.38)],
    ["3.", "Owner's address updated within three working days", 12, 12, pct(1), 0, pct(0)],
  ],
  [
    ["序號", "服務項目", "受理件數", "如期辦結件數", "如期辦結比例", "逾期件數", "逾期比例"],
    ["1", "陳情案件一日內回復", 40, 36, pct(0.9), 4, pct(0.1)],
    ["2", "路面小修一個月內完成", 8, 5, pct(0.63), 3, pct(0.38)],
    ["3", "地址異動三日內辦結", 12, 12, pct(1), 0, pct(0)],
  ],
] as Row[][])("the share that met is the result; the total is no target (%#)", (...rows) => {
  expect(read(rows)).toEqual([[[null, 0.9, null]], [[null, 0.63, null]], [[null, 1, null]]]);
});

test("Program = Releases + Balance, one share printed: the releases are held to the program", () => {
  const lines = read([
    ["PARTICULARS", "PROGRAM", "RELEASES", "% of Releases Over Program", "BALANCE"],
    ["Departments", 760101504, 662329181, pct(0.871), 97772323],
    ["Special Purpose Funds", 173377768, 86302317, pct(0.498), 87075451],
    ["RLIP", 22418891, 24643526, pct(1.099), -2224635],
  ]);
  expect(lines.map((l) => l[0]?.slice(0, 2))).toEqual([
    [760101504, 662329181],
    [173377768, 86302317],
    [22418891, 24643526],
  ]);
});
