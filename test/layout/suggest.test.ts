/** Issue 21, "no dead ends": where no table is read, the likeliest one and the line that declares it. */
import { analyzeWithSettings, analyzeWorkbook, parseSettings, type Grid } from "../../src/core";
import { findingMessage } from "../../src/messages";

function grid(rows: Array<Array<string | number | null>>): Grid {
  return {
    sheet: "績效",
    originRow: 0,
    originCol: 0,
    cells: rows.map((r) => r.map((value) => ({ value }))),
    merges: [],
  };
}

const unknownWords = grid([
  ["機關績效一覽", null, null, null],
  [null, null, null, null],
  ["工作重點", "甲數", "乙數", "備考"],
  ["辦理講習場次", 12, 14, null],
  ["輔導家戶數", 300, 280, null],
  ["查核件數", 40, 44, null],
]);

test("the finding names the likeliest table, what it could not tell, and a 表格宣告 line ready to paste", () => {
  const [finding] = analyzeWorkbook([unknownWords]).findings;
  expect(finding?.code).toBe("NO_INDICATOR_TABLE");
  expect(finding?.cell).toBe("A3");
  expect(finding?.params).toMatchObject({ range: "A3:D6", headerRow: 3, name: "A", figures: "B, C", missing: "both" });
  const zh = findingMessage(finding!, "zh-TW");
  expect(zh).toContain("最可能的表格在 A3:D6");
  expect(zh).toContain("看不出哪一欄是目標值、哪一欄是實際值");
  expect(zh).toContain("績效\tA3:D6\t一列一指標\t3\tA\t?\t?");
  const en = findingMessage(finding!, "en");
  expect(en).toContain("The likeliest table is A3:D6");
  expect(en).toContain("績效\tA3:D6\tlong table\t3\tA\t?\t?");
  expect(en).not.toMatch(/最可能|看不出/);
});

test("a sheet with nothing like a table says only what was looked for", () => {
  const [finding] = analyzeWorkbook([grid([["備忘"], ["明天開會"]])]).findings;
  expect(finding?.params.suggested).toBe("no");
  expect(findingMessage(finding!, "en")).not.toContain("likeliest");
});

test("the line, pasted into 指標設定's table declarations with the ? filled in, reads the table", () => {
  const [finding] = analyzeWorkbook([unknownWords]).findings;
  const line = findingMessage(finding!, "zh-TW").split("：").pop()!.replace("?", "B").replace("?", "C").split("\t");
  const header = ["工作表", "範圍", "版面", "表頭列", "指標欄／格", "目標值", "實際值", "填報達成度", "期別", "權重"];
  const settings: Grid = {
    sheet: "指標設定",
    originRow: 0,
    originCol: 0,
    cells: [
      ["工作表", "指標", "方向", "類型", "單位", "權重", "黃燈門檻", "上限 100%", "排除", "備註"],
      [null],
      header,
      line,
    ].map((r) => r.map((value) => ({ value }))),
    merges: [],
  };
  const parsed = parseSettings(settings);
  expect(parsed?.settings.tables).toHaveLength(1);
  expect(parsed?.findings).toEqual([]);
  const result = analyzeWithSettings([unknownWords], parsed);
  const indicators = result.report.sheets.flatMap((s) => s.indicators);
  expect(indicators.map((i) => [i.name, i.periods[0]?.target, i.periods[0]?.actual])).toEqual([
    ["辦理講習場次", 12, 14],
    ["輔導家戶數", 300, 280],
    ["查核件數", 40, 44],
  ]);
});
