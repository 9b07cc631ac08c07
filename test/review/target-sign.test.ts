import { buildReportPlan, DEFAULT_REPORT_FIGURES, analyzeWorkbook } from "../../src/core";
import { findingMessage, reportWords } from "../../src/messages";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { analyzeSpec } from "../support/analyze-spec";
import { xlsxBufferOf, type WorkbookSpec } from "../support/workbook-spec";

const SPEC: WorkbookSpec = [
  {
    name: "113年度",
    cells: {
      A1: "衡量指標",
      B1: "目標值",
      C1: "實際值",
      A2: "辦理講習場次",
      B2: 0,
      C2: 12,
      A3: "淨收入",
      B3: -5,
      C3: 3,
      A4: "重大事故死亡人數",
      B4: 0,
      C4: 2,
      A5: "到課人數",
      B5: 300,
      C5: null,
    },
  },
];

test("a zero or negative target is a finding at its cell; a lower-is-better zero is a real goal", async () => {
  const report = await analyzeSpec(SPEC);
  const signs = report.findings.filter((f) => f.code === "TARGET_NOT_POSITIVE");
  expect(signs.map((f) => f.cell)).toEqual(["B2", "B3"]);
  expect(findingMessage(signs[0]!, "zh-TW")).toMatch(/目標值為 0，達成度以目標值為分母，無法計算/);
  expect(findingMessage(signs[1]!, "en")).toMatch(/is -5; a negative target makes the ratio meaningless/);
});

test("□ says why in 備註, in the report's language", async () => {
  const grids = await (await XlsxWorkbook.fromBuffer(await xlsxBufferOf(SPEC))).readAll();
  const remarks = (language: "zh-TW" | "en") => {
    const plan = buildReportPlan(grids, analyzeWorkbook(grids), {
      ...DEFAULT_REPORT_FIGURES,
      words: reportWords(language),
    });
    const table = plan.sheets[0]!.ranges[1]!.cells;
    return table.slice(1).map((row) => (row[9]?.kind === "text" ? row[9].text : ""));
  };
  expect(remarks("zh-TW")).toEqual([
    "無法計算：目標值為 0，無法計算比率",
    "無法計算：基期或目標為負值，比率無意義",
    "",
    "無法計算：缺少實際值",
  ]);
  expect(remarks("en")[3]).toBe("Not computable: the actual is missing");
});
