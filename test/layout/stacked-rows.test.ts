/**
 * Issue 21: a row holding its items' lines stacked in each cell (Hong Kong's Companies Registry:
 * "本地公司 / 以印本形式交付的文件 / 以電子形式交付的文件" beside "95\n90"; the Legal Aid Department's
 * bilingual "Criminal Legal Aid Appeals / - Appeal against sentence / - Appeal against conviction"):
 * each line is an item, its figures the same line of each cell, under the heading the extra line names.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([rowGrid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map(
    (i) =>
      `${i.category ?? ""}／${i.name}: ` +
      i.periods.map((p) => `${p.target}/${p.actual}/${p.achievement?.toFixed(4) ?? "-"}`).join(", "),
  );
}

test.each([
  [
    ["服務", "目標(達到服務水平的百分比)", "實際表現(達到服務水平的百分比)"],
    ["本地公司\n以印本形式交付的文件\n以電子形式交付的文件", "95\n90", "99\n99"],
    ["非香港公司", 95, 100],
  ],
  [
    ["Types of Applications", "Performance Targets", "Actual Performance in 2010"],
    ["Criminal Legal Aid Appeals\n- Appeal against sentence\n- Appeal against conviction", "95%\n90%", "99%\n99%"],
    ["Civil Legal Aid", "95%", "100%"],
  ],
])("each stacked line is an item under the row's heading: %j", (header, stacked, single) => {
  const got = read([header, stacked, single]);
  const [heading, first, second] = String(stacked[0]).split("\n");
  expect(got).toEqual([
    `${heading}／${first}: 0.95/0.99/1.0421`,
    `${heading}／${second}: 0.9/0.99/1.1000`,
    `／${single[0]}: 0.95/1/1.0526`,
  ]);
});
