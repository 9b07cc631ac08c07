/** src/core/settings: the settings grid → settings and findings; applied to what detection found. */
import { analyzeWithSettings, buildReportPlan, parseSettings, type Grid, type RawValue } from "../../src/core";
import { findingMessage, reportWords } from "../../src/messages";
import { gridOf } from "../taskpane/fake-session";

const DATA = gridOf("績效", [
  ["衡量指標", "目標值", "實際值"],
  ["民眾申訴案件數", 120, 150],
  ["活動場次", 100, 157],
]);

/** A settings sheet whose rows start at row 3 and column B: found by its headings, not its place. */
function settingsGrid(rows: RawValue[][], tables: RawValue[][] = []): Grid {
  const header = ["工作表", "指標", "方向", "類型", "單位", "權重", "黃燈門檻", "上限 100%", "排除", "備註"];
  const tableHeader = [
    "工作表",
    "範圍",
    "版面",
    "表頭列",
    "指標欄／格",
    "目標值",
    "實際值",
    "填報達成度",
    "期別",
    "權重",
  ];
  const body = [[null], header, ...rows, [null], tableHeader, ...tables];
  return {
    sheet: "指標設定",
    originRow: 2,
    originCol: 1,
    cells: body.map((r) => r.map((value) => ({ value }))),
    merges: [],
  };
}

const row = (
  name: string,
  more: Partial<Record<"direction" | "kind" | "weight" | "band" | "cap" | "exclude", RawValue>> = {},
  sheet: RawValue = "績效",
): RawValue[] => [
  sheet,
  name,
  more.direction ?? null,
  more.kind ?? null,
  null,
  more.weight ?? null,
  more.band ?? null,
  more.cap ?? null,
  more.exclude ?? null,
  null,
];

test("a grid without the settings headings is not settings", () => {
  expect(parseSettings(DATA)).toBeNull();
});

test("words in either language and short forms read; 85 in the band column is 85%", () => {
  const parsed = parseSettings(
    settingsGrid([
      row("民眾申訴案件數", { direction: "↓", kind: "milestone 里程碑", band: 85, cap: "yes", exclude: "否" }),
      row("活動場次", { direction: "higher is better", weight: "20%" }),
    ]),
  );
  expect(parsed?.findings).toEqual([]);
  expect(
    parsed?.settings.indicators.map((i) => [i.name, i.direction, i.kind, i.yellowFrom, i.cap, i.exclude, i.weight]),
  ).toEqual([
    ["民眾申訴案件數", "lower", "milestone", 0.85, true, false, null],
    ["活動場次", "higher", null, null, null, false, 0.2],
  ]);
  // Cells are where the sheet has them (origin B3): the name of the first row is C5.
  expect(parsed?.settings.indicators[0]?.cells.name).toBe("C5");
});

test("bad cells are findings on their cells, with what is allowed; the rest of the row applies", () => {
  const parsed = parseSettings(
    settingsGrid([
      row("民眾申訴案件數", { direction: "向下", weight: "很多", band: "150%", exclude: "也許" }),
      row("活動場次", { direction: "↓" }),
    ]),
  );
  const found = parsed?.findings.map((f) => [f.code, f.cell]);
  expect(found).toEqual(
    expect.arrayContaining([
      ["SETTINGS_UNKNOWN_WORD", "D5"],
      ["SETTINGS_BAD_VALUE", "G5"],
      ["SETTINGS_BAD_VALUE", "H5"],
      ["SETTINGS_UNKNOWN_WORD", "J5"],
    ]),
  );
  expect(found).toHaveLength(4);
  expect(
    findingMessage(
      parsed!.findings.find((f) => f.cell === "D5")!,
      "zh-TW",
    ),
  ).toContain("↑ 越高越好、↓ 越低越好、↔ 越接近越好");
  expect(parsed?.settings.indicators[1]?.direction).toBe("lower");
});

test("two rows for one indicator: the first applies, the second is a finding; a row naming nothing is a finding", () => {
  const parsed = parseSettings(
    settingsGrid([
      row("民眾申訴案件數", { direction: "↓" }),
      row("民眾申訴案件數", { direction: "↑" }),
      row("不存在的指標", { direction: "↓" }),
    ]),
  );
  const result = analyzeWithSettings([DATA], parsed);
  expect(result.report.findings.map((f) => [f.code, f.cell])).toEqual([
    ["SETTINGS_DUPLICATE", "C6"],
    ["SETTINGS_NOT_FOUND", "C7"],
  ]);
  expect(result.report.sheets[0]?.indicators[0]).toMatchObject({ name: "民眾申訴案件數", direction: "lower" });
});

test("a row without a sheet, or with another sheet's name, matches by name", () => {
  const parsed = parseSettings(
    settingsGrid([row("民眾申訴案件數", { direction: "↓" }, "別的"), row("活動場次", { exclude: "是" }, null)]),
  );
  const result = analyzeWithSettings([DATA], parsed);
  expect(result.report.findings).toEqual([]);
  expect(result.report.sheets[0]?.indicators.map((i) => [i.name, i.direction])).toEqual([["民眾申訴案件數", "lower"]]);
});

test("declared tables: outside the sheet's data, on no such sheet, a role outside the range, each a finding", () => {
  const parsed = parseSettings(
    settingsGrid(
      [],
      [
        ["績效", "K20:M30", "long table", null, "K", "L", "M", null, null, null],
        ["沒有這張", "A1:C3", "long table", null, "A", "B", "C", null, null, null],
        ["績效", "A1:C3", "long table", null, "A", "B", "F", null, null, null],
        ["績效", "A1 到 C3", "long table", null, null, null, null, null, null, null],
      ],
    ),
  );
  const result = analyzeWithSettings([DATA], parsed);
  expect(result.report.findings.map((f) => f.code)).toEqual([
    "SETTINGS_BAD_RANGE",
    "SETTINGS_BAD_RANGE",
    "SETTINGS_BAD_RANGE",
    "SETTINGS_BAD_RANGE",
  ]);
  expect(result.report.findings.map((f) => findingMessage(f, "en")).join("\n")).toMatch(
    /outside the data of sheet "績效".*\n?/,
  );
  // Detection's reading still stands where no declaration applied.
  expect(result.report.sheets[0]?.indicators).toHaveLength(2);
});

test("a multi-year block declared by rows is read as declared", () => {
  const block = gridOf("多年", [
    ["宣導成效"],
    ["", "110 年", "111 年", "112 年"],
    ["預計", 10, 12, 14],
    ["做到", 9, 12, 15],
  ]);
  const parsed = parseSettings(
    settingsGrid([], [["多年", "A1:D4", "multi-year 多年度", 2, "A1", 3, 4, null, null, null]]),
  );
  const result = analyzeWithSettings([block], parsed);
  expect(result.report.findings).toEqual([]);
  const indicator = result.report.sheets[0]?.indicators[0];
  expect(indicator?.name).toBe("宣導成效");
  expect(indicator?.periods.map((p) => [p.period, p.target, p.actual, p.light])).toEqual([
    ["110", 10, 9, "yellow"],
    ["111", 12, 12, "green"],
    ["112", 14, 15, "green"],
  ]);
});

test("the report's light and achievement follow each indicator's settings cells; the icon set takes each band", () => {
  const parsed = parseSettings(settingsGrid([row("民眾申訴案件數", { band: 0.75, cap: "是" }), row("活動場次")]));
  const { report, links } = analyzeWithSettings([DATA], parsed);
  const plan = buildReportPlan([DATA], report, {
    words: reportWords("zh-TW"),
    bands: { yellowFrom: 0.9 },
    capAtOne: false,
    perIndicator: links,
  });
  const sheet = plan.sheets[0]!;
  const light = sheet.columnFormulas.filter((f) => f.col === 8);
  expect(light).toHaveLength(2);
  const band = `INDIRECT("'指標設定'!$H$5")`;
  expect(light[0]?.r1c1).toContain(`IF(ISNUMBER(${band}),${band},0.9)`);
  expect(sheet.columnFormulas.find((f) => f.col === 6)?.r1c1).toContain(`OR(INDIRECT("'指標設定'!$I$5")="是"`);
  // The A1 form the .xlsx writer stores keeps the reference as written.
  const cell = sheet.ranges
    .flatMap((r) => r.cells.flat())
    .find((c) => c.kind === "formula" && c.formula.includes("$H$5"));
  expect(cell?.kind === "formula" && cell.formula).toContain(band);
  expect(
    plan.conditionalFormats
      .filter((f) => f.kind === "trafficLights")
      .map((f) => f.kind === "trafficLights" && [f.range, f.yellow]),
  ).toEqual([
    ["G6:G6", 0.75],
    ["G7:G7", 0.9],
  ]);
});

test("the choice columns speak the sheet's language alone, and still read an earlier version's bilingual words", async () => {
  const { KIND_CHOICES, LAYOUT_CHOICES, choiceOf, choiceList } = await import("../../src/core/settings/settings-words");
  for (const word of [...choiceList(KIND_CHOICES, "zh-TW"), ...choiceList(LAYOUT_CHOICES, "zh-TW")])
    expect([word, /[A-Za-z]/.test(word)]).toEqual([word, false]);
  for (const word of [...choiceList(KIND_CHOICES, "en"), ...choiceList(LAYOUT_CHOICES, "en")])
    expect([word, /[\u3400-\u9fff]/.test(word)]).toEqual([word, false]);
  expect(choiceOf(KIND_CHOICES, "count 數量")).toBe("count");
  expect(choiceOf(KIND_CHOICES, "數量")).toBe("count");
  expect(choiceOf(LAYOUT_CHOICES, "long table 一列一指標")).toBe("longTable");
  expect(choiceOf(LAYOUT_CHOICES, "一列一指標")).toBe("longTable");
});
