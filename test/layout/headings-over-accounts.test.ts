/**
 * Issue 21, round 2026-12-07p (a Japanese city's plan against results, 章 merged down over its
 * accounts 一般 | 企業 | 計; a prefecture-style budget-against-settlement table, 小計 and 合計):
 * no header word names a figure, the printed rate does (B ÷ A). The merged column heads the rows,
 * the words beside it name them, and as those words repeat under every heading a row is named by
 * both. "計" alone is a total like 合計, and a total block labelled by account (合計 over 一般 | 特別)
 * sums the rows of that account.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const pct = (value: number) => ({ value, format: "0.0%" });
const down = (top: number, bottom: number) => ({ top, left: 0, bottom, right: 0 });

function read(rows: Row[], merges: ReturnType<typeof down>[]) {
  const report = analyzeWorkbook([rowGrid(rows, merges)]);
  const sheet = report.sheets[0];
  return {
    names: (sheet?.indicators ?? []).map((i) => [i.name, i.periods[0]?.achievement?.toFixed(3)]),
    findings: report.findings.filter((f) => f.code === "AGGREGATE_MISMATCH").map((f) => f.cell),
  };
}

test.each([
  [["章", "会計", "計画事業費 (A)", "実績額 (B)", "進捗率 (B)/(A)"], "計", "合計"],
  [["政策分野", "会計区分", "当初予算額 (A)", "決算見込額 (B)", "執行率 (B)/(A)"], "小計", "合計"],
] as Array<[Row, string, string]>)(
  "a heading merged over its accounts names each row with them (%#)",
  (header, sub, total) => {
    const rows: Row[] = [
      header,
      ["一 安全", "一般", 1000, 900, pct(0.9)],
      [null, sub, 1000, 900, pct(0.9)],
      ["二 福祉", "一般", 400, 500, pct(1.25)],
      [null, "企業", 200, 150, pct(0.75)],
      [null, sub, 600, 650, pct(1.083)],
      ["三 環境", "一般", 800, 400, pct(0.5)],
      [null, "土地改良", 100, 90, pct(0.9)],
      [null, sub, 900, 490, pct(0.544)],
      [total, "一般", 2200, 1800, pct(0.818)],
      [null, "企業", 200, 150, pct(0.75)],
      [null, "土地改良", 100, 90, pct(0.9)],
      [null, sub, 2500, 2040, pct(0.816)],
    ];
    const { names, findings } = read(rows, [down(1, 2), down(3, 5), down(6, 8), down(9, 12)]);
    expect(names).toEqual([
      ["一 安全 一般", "0.900"],
      ["二 福祉 一般", "1.250"],
      ["二 福祉 企業", "0.750"],
      ["三 環境 一般", "0.500"],
      ["三 環境 土地改良", "0.900"],
    ]);
    expect(findings).toEqual([]);
  },
);
